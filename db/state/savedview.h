#pragma once

#include "explorerstate.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace TrendScope {

class Database;

// A view the user named (schema 7): which view, its filters, the focused entity, the editions
// compared and the export settings. The export settings are the widgets layer's
// (ChartExportOptions), kept here as the JSON object it writes.
struct SavedView
{
    static constexpr int MaxNameLength = 100;

    QString name;
    QString view; // the view's registry name, e.g. "leaderboard"
    Filter filter;
    EntityRef focus;
    qint64 editionA = 0; // the editions compared; 0: compare off
    qint64 editionB = 0;
    QJsonObject exportSettings;
    // View → Names when saved; none in a view saved before it was kept: opening such a
    // view keeps the current order.
    std::optional<NameOrder> nameOrder;
    QString saved; // when, ISO 8601 (UTC), set on saving
    QString savedBy; // who, as the audit trail names editors

    // The `settings` column: everything but the name, the view and the stamp.
    QByteArray settingsJson() const;
    // Reads a `settings` column into this view; false (and the view unchanged) when it is
    // not a JSON object. Unknown keys are ignored; a missing key keeps its default.
    bool readSettings(const QByteArray &json);
    // Empty when the name can be saved, else why not.
    static QString validateName(const QString &name);
};

// The saved views of one dataset file.
namespace SavedViews {

// The schema version that added saved_view: an older file opened read-only has none.
constexpr int SchemaVersion = 7;

// Every saved view, by name (case as written, sorted case-insensitively). Empty on error.
QList<SavedView> list(const Database &db, QString *error);
std::optional<SavedView> find(const Database &db, const QString &name, QString *error);
// Saves `view` under its name, replacing a saved view of that name; stamps `saved`. Refuses
// a read-only dataset and a bad name with one line in `error`.
bool save(const Database &db, SavedView view, QString *error);
// False when there is no such view or it could not be removed.
bool remove(const Database &db, const QString &name, QString *error);

} // namespace SavedViews

} // namespace TrendScope
