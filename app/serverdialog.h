#pragma once

#include "serverlocation.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace TrendScope {

// File → Open Server Dataset…: where the shared dataset is (a PostgreSQL connection URI) and,
// when ~/.pgpass does not hold it, the password. The password is used for this connection
// only and never written to the settings.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(const QString &uri, QWidget *parent = nullptr);

    // The location entered, with the password if one was typed; nothing while the URI is not
    // one (the dialog says why and stays open).
    std::optional<ServerLocation> location() const;

    void accept() override;

private:
    QLineEdit *m_uri;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace TrendScope
