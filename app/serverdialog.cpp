#include "serverdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace TrendScope {

ServerDialog::ServerDialog(const QString &uri, QWidget *parent)
    : QDialog(parent)
    , m_uri(new QLineEdit(uri, this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open Server Dataset"));
    m_uri->setObjectName(QStringLiteral("server-uri"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://editor@host:5432/trends"));
    m_uri->setMinimumWidth(m_uri->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    m_password->setObjectName(QStringLiteral("server-password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    m_problem->setObjectName(QStringLiteral("server-problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Connection &URI:"), m_uri);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("The password is used for this connection only and is never "
                               "saved. What your database role may do decides whether you can "
                               "edit."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

std::optional<ServerLocation> ServerDialog::location() const
{
    auto location = ServerLocation::parse(m_uri->text().trimmed(), nullptr);
    if (location && !m_password->text().isEmpty())
        location->password = m_password->text();
    return location;
}

void ServerDialog::accept()
{
    QString error;
    const QString uri = m_uri->text().trimmed();
    if (!ServerLocation::isUri(uri))
        error = tr("Give a connection URI that starts with postgresql://");
    else if (!ServerLocation::parse(uri, &error))
        error = error.isEmpty() ? tr("This is not a connection URI.") : error;
    if (!error.isEmpty()) {
        m_problem->setText(error);
        m_problem->show();
        m_uri->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace TrendScope
