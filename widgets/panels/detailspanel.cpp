#include "detailspanel.h"

#include "explorerstate.h"
#include "format.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace TrendScope {

namespace {

QString notStated()
{
    return QStringLiteral("<i style='color:#8c959f'>%1</i>").arg(Format::notStated());
}

// The title and, for a row headed by when it is, the date as the interface language writes it.
// The name comes first as the Names setting says; an English name the dataset gave says so.
QString heading(const EntityDetails &details, NameOrder order)
{
    QString title = firstName(details.title, details.titleEn, order);
    if (title == details.titleEn && title != details.title && details.titleEnIsDatasets)
        title = DetailsPanel::tr("%1 (the dataset's English name)").arg(title);
    if (details.titleDate.isEmpty())
        return title;
    return title + QStringLiteral(" · ") + Format::date(details.titleDate);
}

} // namespace

DetailsPanel::DetailsPanel(ExplorerState *state, Provider provider, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_provider(std::move(provider))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("details-panel"));
    m_browser->setObjectName(QStringLiteral("details-text"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const auto entity = entityFromLink(url.toString()))
            m_state->setFocus(*entity);
    });
    connect(m_state, &ExplorerState::focusChanged, this, &DetailsPanel::refresh);
    connect(m_state, &ExplorerState::nameOrderChanged, this, &DetailsPanel::refresh);
    refresh();
}

void DetailsPanel::refresh()
{
    const EntityRef focus = m_state->focus();
    if (!focus.isValid()) {
        m_browser->setHtml(tr("<p style='color:#656d76'>Click a bar, slice, point or row to see "
                              "its facts and where each comes from.</p>"));
        return;
    }
    const auto details = m_provider(focus);
    if (!details) {
        m_browser->setHtml(tr("<p>The focused entry is no longer in the dataset.</p>"));
        return;
    }
    m_browser->setHtml(toHtml(*details, m_state->nameOrder()));
}

QString DetailsPanel::plainText() const
{
    return m_browser->toPlainText();
}

QString DetailsPanel::linkFor(EntityRef entity)
{
    return QStringLiteral("entity:%1/%2").arg(int(entity.kind)).arg(entity.id);
}

std::optional<EntityRef> DetailsPanel::entityFromLink(const QString &link)
{
    if (!link.startsWith(QLatin1String("entity:")))
        return std::nullopt;
    const QStringList parts = link.mid(7).split(QLatin1Char('/'));
    bool kindOk = false, idOk = false;
    if (parts.size() != 2)
        return std::nullopt;
    const int kind = parts.at(0).toInt(&kindOk);
    const qint64 id = parts.at(1).toLongLong(&idOk);
    if (!kindOk || !idOk || kind <= int(EntityKind::None) || kind > int(EntityKind::Trend))
        return std::nullopt;
    return EntityRef {EntityKind(kind), id};
}

QString DetailsPanel::toHtml(const EntityDetails &details, NameOrder order)
{
    QString html = QStringLiteral(
        "<p style='color:#656d76;margin-bottom:0'>%1</p><h3 style='margin-top:2px'>%2</h3>")
                       .arg(details.kind.toHtmlEscaped(), heading(details, order).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const Fact &fact : details.facts) {
        const QString shown = firstName(fact.value, fact.valueEn, order);
        QString value = shown.isEmpty() ? notStated()
            : fact.isDate               ? Format::date(shown).toHtmlEscaped()
                          : shown.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        if (!fact.provenance.isEmpty())
            value += QStringLiteral("<br><span style='color:#656d76;font-size:small'>%1</span>")
                         .arg(fact.provenance.toHtmlEscaped());
        html += QStringLiteral("<tr><td valign='top' style='color:#656d76'>%1</td><td>%2</td></tr>")
                    .arg(fact.label.toHtmlEscaped(), value);
    }
    html += QStringLiteral("</table>");
    if (const auto &p = details.provenance) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing='0' cellpadding='3'>")
                    .arg(tr("Provenance"));
        auto row = [&html](const QString &label, const QString &value) {
            html += QStringLiteral(
                "<tr><td valign='top' style='color:#656d76'>%1</td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(),
                            value.isEmpty() ? notStated() : value.toHtmlEscaped());
        };
        row(tr("Report"), p->source);
        row(tr("Edition"), p->edition);
        row(tr("Section"), p->section);
        row(tr("Status"), Format::status(p->status));
        if (p->status == QLatin1String("derived"))
            row(tr("Formula"), p->formula);
        if (!p->quote.isEmpty())
            html += QStringLiteral(
                "<tr><td valign='top' style='color:#656d76'>%1</td><td>“%2”</td></tr>")
                        .arg(tr("Report says"), p->quote.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    if (!details.related.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>").arg(tr("Related"));
        for (const RelatedEntity &r : details.related)
            html += QStringLiteral("<li><a href='%1'>%2</a></li>")
                        .arg(linkFor(r.entity),
                            firstName(r.label, r.labelEn, order).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace TrendScope
