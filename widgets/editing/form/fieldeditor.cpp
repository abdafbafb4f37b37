#include "fieldeditor.h"

#include "editwording.h"
#include "fieldvalidator.h"
#include "format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

#include <cmath>

namespace TrendScope {

QList<MoneyUnit> moneyUnits()
{
    // The reports' units: an editor types 25 with 亿元 as the report writes 25亿元. English
    // names each by its size and keeps the report's word beside it.
    return {{FieldEditor::tr("yuan"), 1.0},
        //: The unit 万元 of an amount typed in the data editor; the report's word in brackets
        {FieldEditor::tr("× 10,000 yuan (万元)"), 1e4},
        //: The unit 亿元 of an amount typed in the data editor; the report's word in brackets
        {FieldEditor::tr("× 100 million yuan (亿元)"), 1e8}};
}

QString formatMoney(double yuan)
{
    // English reads an amount as the views write it: "2.5 bn yuan", "350,000 yuan".
    if (QLocale().language() != QLocale::Chinese) {
        if (std::fabs(yuan) >= 1e8)
            return Format::yi(yuan);
        return FieldEditor::tr("%1 yuan").arg(Format::number(yuan));
    }
    const QList<MoneyUnit> units = moneyUnits();
    for (int i = int(units.size()) - 1; i >= 0; --i) {
        const MoneyUnit &unit = units.at(i);
        if (std::fabs(yuan) >= unit.factor || i == 0)
            return FieldValidator::toText(yuan / unit.factor) + QLatin1Char(' ') + unit.name;
    }
    return {};
}

FieldEditor::FieldEditor(const ColumnInfo &column, QWidget *parent)
    : QWidget(parent)
    , m_column(column)
{
    setAutoFillBackground(true);
}

void FieldEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

namespace {

QHBoxLayout *tightLayout(QWidget *w)
{
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return layout;
}

// Text, numbers, percentages and dates: typed as text, read with FieldValidator::fromText.
class LineFieldEditor : public FieldEditor
{
public:
    LineFieldEditor(const ColumnInfo &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_line(new QLineEdit(this))
    {
        m_line->setObjectName(QStringLiteral("field-") + column.name);
        QHBoxLayout *layout = tightLayout(this);
        layout->addWidget(m_line, 1);
        if (column.kind == ColumnKind::Percent)
            layout->addWidget(new QLabel(QStringLiteral("%"), this));
        if (column.kind == ColumnKind::Date) {
            // The precision is part of the value: picking a coarser one drops the finer parts.
            m_precision = new QComboBox(this);
            m_precision->setObjectName(QStringLiteral("precision-") + column.name);
            for (int precision = 1; precision <= 3; ++precision)
                m_precision->addItem(QString(), precision);
            layout->addWidget(m_precision);
            connect(m_precision, &QComboBox::activated, this, [this] {
                const int wanted = m_precision->currentData().toInt();
                const QString text = m_line->text().trimmed();
                const int lengths[] = {0, 4, 7, 10};
                if (FieldValidator::datePrecision(text) > wanted)
                    m_line->setText(text.left(lengths[wanted]));
                m_line->setPlaceholderText(wanted == 1 ? QStringLiteral("YYYY")
                        : wanted == 2                  ? QStringLiteral("YYYY-MM")
                                                       : QStringLiteral("YYYY-MM-DD"));
                emit edited();
            });
            connect(m_line, &QLineEdit::textEdited, this, [this](const QString &text) {
                if (const int p = FieldValidator::datePrecision(text.trimmed()))
                    m_precision->setCurrentIndex(p - 1);
            });
        }
        setFocusProxy(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
        LineFieldEditor::retranslate();
    }

    void retranslate() override
    {
        // A date's placeholder shows the precision picked (YYYY-MM), the same in any language.
        if (!m_line->placeholderText().startsWith(QLatin1String("YYYY")))
            m_line->setPlaceholderText(
                m_column.required ? QString() : FieldEditor::tr("not stated"));
        m_line->setToolTip(FieldValidator::allowed(m_column));
        if (m_precision) {
            m_precision->setItemText(0, FieldEditor::tr("Year"));
            m_precision->setItemText(1, FieldEditor::tr("Month"));
            m_precision->setItemText(2, FieldEditor::tr("Day"));
            m_precision->setToolTip(FieldEditor::tr("How precisely the report gives this date"));
        }
    }

    void setValue(const QVariant &value) override
    {
        m_line->setText(FieldValidator::toText(value));
        if (m_precision)
            m_precision->setCurrentIndex(
                std::max(0, FieldValidator::datePrecision(m_line->text()) - 1));
    }

    std::optional<QVariant> value(QString *error) const override
    {
        const QString text = m_line->text().trimmed();
        if (m_precision && !text.isEmpty()) {
            const int wanted = m_precision->currentData().toInt();
            const int got = FieldValidator::datePrecision(text);
            if (got != 0 && got != wanted) {
                if (error)
                    *error
                        = FieldEditor::tr(
                            "%1: “%2” does not have the chosen precision (%3). Allowed: %4.")
                              .arg(EditWording::columnLabel(m_column), text,
                                  m_precision->currentText().toLower(), m_line->placeholderText());
                return std::nullopt;
            }
        }
        return FieldValidator::fromText(m_column, text, error);
    }

    void setReadOnly(bool readOnly) override
    {
        m_line->setReadOnly(readOnly);
        if (m_precision)
            m_precision->setEnabled(!readOnly);
    }

private:
    QLineEdit *m_line;
    QComboBox *m_precision = nullptr;
};

class MoneyFieldEditor : public FieldEditor
{
public:
    MoneyFieldEditor(const ColumnInfo &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_line(new QLineEdit(this))
        , m_unit(new QComboBox(this))
    {
        m_line->setObjectName(QStringLiteral("field-") + column.name);
        m_unit->setObjectName(QStringLiteral("unit-") + column.name);
        for (const MoneyUnit &unit : moneyUnits())
            m_unit->addItem(unit.name, unit.factor);
        m_unit->setCurrentIndex(2);
        QHBoxLayout *layout = tightLayout(this);
        layout->addWidget(m_line, 1);
        layout->addWidget(m_unit);
        setFocusProxy(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(m_unit, &QComboBox::activated, this, &FieldEditor::edited);
        MoneyFieldEditor::retranslate();
    }

    void retranslate() override
    {
        m_line->setPlaceholderText(m_column.required ? QString() : FieldEditor::tr("not stated"));
        m_line->setToolTip(FieldValidator::allowed(m_column));
        const QList<MoneyUnit> units = moneyUnits();
        for (int i = 0; i < units.size() && i < m_unit->count(); ++i)
            m_unit->setItemText(i, units.at(i).name);
    }

    void setValue(const QVariant &value) override
    {
        if (value.isNull()) {
            m_line->clear();
            return;
        }
        const double yuan = value.toDouble();
        const QList<MoneyUnit> units = moneyUnits();
        int index = 0;
        for (int i = 0; i < units.size(); ++i)
            if (std::fabs(yuan) >= units.at(i).factor)
                index = i;
        m_unit->setCurrentIndex(index);
        m_line->setText(FieldValidator::toText(yuan / units.at(index).factor));
    }

    std::optional<QVariant> value(QString *error) const override
    {
        const QString text = m_line->text().trimmed();
        ColumnInfo number = m_column;
        number.kind = ColumnKind::Number;
        const auto amount = FieldValidator::fromText(number, text, error);
        if (!amount) {
            if (error)
                error->replace(FieldValidator::allowed(number), FieldValidator::allowed(m_column));
            return std::nullopt;
        }
        if (amount->isNull())
            return amount;
        if (amount->toDouble() < 0) {
            if (error)
                *error = FieldEditor::tr("%1: %2 %3 is negative. Allowed: %4.")
                             .arg(EditWording::columnLabel(m_column), text, m_unit->currentText(),
                                 FieldValidator::allowed(m_column));
            return std::nullopt;
        }
        return FieldValidator::normalize(
            m_column, amount->toDouble() * m_unit->currentData().toDouble(), error);
    }

    void setReadOnly(bool readOnly) override
    {
        m_line->setReadOnly(readOnly);
        m_unit->setEnabled(!readOnly);
    }

private:
    QLineEdit *m_line;
    QComboBox *m_unit;
};

// Fixed lists and rows of other tables. A reference picker is searchable: typing filters it,
// and a name that matches no row is refused with a message.
class ChoiceFieldEditor : public FieldEditor
{
public:
    ChoiceFieldEditor(const ColumnInfo &column, const QList<PickerChoice> &choices, QWidget *parent)
        : FieldEditor(column, parent)
        , m_box(new QComboBox(this))
    {
        m_box->setObjectName(QStringLiteral("field-") + column.name);
        if (!column.required)
            m_box->addItem(QString(), QVariant());
        if (column.kind == ColumnKind::Choice) {
            for (const QString &choice : column.choices)
                m_box->addItem(choice, choice);
        } else {
            for (const PickerChoice &choice : choices)
                m_box->addItem(choice.label, choice.key);
            m_box->setEditable(true);
            m_box->setInsertPolicy(QComboBox::NoInsert);
            m_box->completer()->setCompletionMode(QCompleter::PopupCompletion);
            m_box->completer()->setFilterMode(Qt::MatchContains);
            m_box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        }
        tightLayout(this)->addWidget(m_box, 1);
        setFocusProxy(m_box);
        connect(m_box, &QComboBox::activated, this, &FieldEditor::edited);
        if (m_box->isEditable())
            connect(m_box, &QComboBox::editTextChanged, this, &FieldEditor::edited);
        ChoiceFieldEditor::retranslate();
    }

    void retranslate() override
    {
        if (!m_column.required)
            m_box->setItemText(0, FieldEditor::tr("not stated"));
        if (m_column.kind == ColumnKind::Choice)
            for (int i = m_column.required ? 0 : 1; i < m_box->count(); ++i)
                m_box->setItemText(i, EditWording::valueText(m_column, m_box->itemData(i)));
    }

    void setValue(const QVariant &value) override
    {
        int index = -1;
        for (int i = 0; i < m_box->count(); ++i)
            if (FieldValidator::sameValue(m_box->itemData(i), value))
                index = i;
        if (index < 0 && !value.isNull()) {
            // A value outside the list (an old file): show it rather than hide it.
            m_box->addItem(FieldValidator::toText(value), value);
            index = m_box->count() - 1;
        }
        m_box->setCurrentIndex(std::max(index, 0));
    }

    std::optional<QVariant> value(QString *error) const override
    {
        QVariant data = m_box->currentData();
        if (m_box->isEditable()) {
            const QString text = m_box->currentText().trimmed();
            const int index = m_box->findText(text, Qt::MatchFixedString);
            if (text.isEmpty() || text == FieldEditor::tr("not stated")) {
                data = QVariant();
            } else if (index < 0) {
                if (error)
                    *error = FieldEditor::tr("%1: there is no entry named “%2”. Allowed: %3.")
                                 .arg(EditWording::columnLabel(m_column), text,
                                     FieldValidator::allowed(m_column));
                return std::nullopt;
            } else {
                data = m_box->itemData(index);
            }
        }
        return FieldValidator::normalize(m_column, data, error);
    }

    void setReadOnly(bool readOnly) override { m_box->setEnabled(!readOnly); }

private:
    QComboBox *m_box;
};

class FlagFieldEditor : public FieldEditor
{
public:
    FlagFieldEditor(const ColumnInfo &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_box(new QCheckBox(this))
    {
        m_box->setObjectName(QStringLiteral("field-") + column.name);
        tightLayout(this)->addWidget(m_box, 1);
        setFocusProxy(m_box);
        connect(m_box, &QCheckBox::toggled, this, &FieldEditor::edited);
        FlagFieldEditor::retranslate();
    }
    void retranslate() override { m_box->setText(EditWording::columnLabel(m_column)); }
    void setValue(const QVariant &value) override { m_box->setChecked(value.toLongLong() != 0); }
    std::optional<QVariant> value(QString *error) const override
    {
        return FieldValidator::normalize(m_column, qint64(m_box->isChecked() ? 1 : 0), error);
    }
    void setReadOnly(bool readOnly) override { m_box->setEnabled(!readOnly); }

private:
    QCheckBox *m_box;
};

class LongTextFieldEditor : public FieldEditor
{
public:
    LongTextFieldEditor(const ColumnInfo &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_text(new QPlainTextEdit(this))
    {
        m_text->setObjectName(QStringLiteral("field-") + column.name);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
        tightLayout(this)->addWidget(m_text, 1);
        setFocusProxy(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        LongTextFieldEditor::retranslate();
    }
    void retranslate() override
    {
        m_text->setPlaceholderText(m_column.required ? QString() : FieldEditor::tr("not stated"));
    }
    void setValue(const QVariant &value) override
    {
        const QSignalBlocker block(m_text);
        m_text->setPlainText(FieldValidator::toText(value));
    }
    std::optional<QVariant> value(QString *error) const override
    {
        return FieldValidator::fromText(m_column, m_text->toPlainText(), error);
    }
    void setReadOnly(bool readOnly) override { m_text->setReadOnly(readOnly); }

private:
    QPlainTextEdit *m_text;
};

} // namespace

FieldEditor *FieldEditor::create(
    const ColumnInfo &column, const QList<PickerChoice> &choices, Style style, QWidget *parent)
{
    switch (column.kind) {
    case ColumnKind::Money:
        return new MoneyFieldEditor(column, parent);
    case ColumnKind::Choice:
    case ColumnKind::Reference:
        return new ChoiceFieldEditor(column, choices, parent);
    case ColumnKind::Flag:
        return new FlagFieldEditor(column, parent);
    case ColumnKind::LongText:
        if (style == Style::Form)
            return new LongTextFieldEditor(column, parent);
        return new LineFieldEditor(column, parent);
    default:
        return new LineFieldEditor(column, parent);
    }
}

} // namespace TrendScope
