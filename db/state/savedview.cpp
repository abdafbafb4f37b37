#include "savedview.h"

#include "database.h"
#include "entitykind.h"
#include "lockholder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace TrendScope {

namespace {

// The keys of the `settings` column; a file written by a later build may have more.
const QLatin1String FilterKey("filter"), FocusKey("focus"), CompareKey("compare"),
    ExportKey("export"), NamesKey("names");

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

SavedView fromRow(const QSqlQuery &q)
{
    SavedView view;
    view.name = q.value(0).toString();
    view.view = q.value(1).toString();
    view.readSettings(q.value(2).toByteArray());
    view.saved = q.value(3).toString();
    view.savedBy = q.value(4).toString();
    return view;
}

constexpr char SelectColumns[] = "SELECT name, view, settings, saved, saved_by FROM saved_view";

} // namespace

QByteArray SavedView::settingsJson() const
{
    QJsonObject filterObject;
    if (!filter.search.isEmpty())
        filterObject.insert(QLatin1String("search"), filter.search);
    if (!filter.organization.isEmpty())
        filterObject.insert(QLatin1String("organization"), filter.organization);
    if (!filter.organizationEn.isEmpty())
        filterObject.insert(QLatin1String("organizationEn"), filter.organizationEn);
    if (!filter.sourceCode.isEmpty())
        filterObject.insert(QLatin1String("source"), filter.sourceCode);
    if (filter.yearFrom)
        filterObject.insert(QLatin1String("yearFrom"), filter.yearFrom);
    if (filter.yearTo)
        filterObject.insert(QLatin1String("yearTo"), filter.yearTo);
    QJsonObject settings {{FilterKey, filterObject}, {ExportKey, exportSettings}};
    if (const char *table = entityTable(focus.kind))
        settings.insert(FocusKey,
            QJsonObject {
                {QLatin1String("kind"), QLatin1String(table)}, {QLatin1String("id"), focus.id}});
    if (editionA > 0 && editionB > 0)
        settings.insert(CompareKey,
            QJsonObject {{QLatin1String("a"), editionA}, {QLatin1String("b"), editionB}});
    if (nameOrder)
        settings.insert(NamesKey, nameOrderKey(*nameOrder));
    return QJsonDocument(settings).toJson(QJsonDocument::Compact);
}

bool SavedView::readSettings(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    const QJsonObject settings = document.object();
    const QJsonObject f = settings.value(FilterKey).toObject();
    filter = {};
    filter.search = f.value(QLatin1String("search")).toString();
    filter.organization = f.value(QLatin1String("organization")).toString();
    filter.organizationEn = f.value(QLatin1String("organizationEn")).toString();
    filter.sourceCode = f.value(QLatin1String("source")).toString();
    filter.yearFrom = f.value(QLatin1String("yearFrom")).toInt();
    filter.yearTo = f.value(QLatin1String("yearTo")).toInt();
    const QJsonObject focusObject = settings.value(FocusKey).toObject();
    focus = {};
    const EntityKind kind = entityKindOfTable(focusObject.value(QLatin1String("kind")).toString());
    const qint64 id = focusObject.value(QLatin1String("id")).toInteger();
    if (kind != EntityKind::None && id > 0)
        focus = {kind, id};
    const QJsonObject compare = settings.value(CompareKey).toObject();
    editionA = std::max<qint64>(0, compare.value(QLatin1String("a")).toInteger());
    editionB = std::max<qint64>(0, compare.value(QLatin1String("b")).toInteger());
    exportSettings = settings.value(ExportKey).toObject();
    nameOrder = nameOrderFromKey(settings.value(NamesKey).toString());
    return true;
}

QString SavedView::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("TrendScope::SavedView", "A saved view needs a name.");
    if (name.size() > MaxNameLength)
        return QCoreApplication::translate("TrendScope::SavedView",
            "A saved view's name has at most %n characters.", nullptr, MaxNameLength);
    if (name.contains(QLatin1Char(',')))
        return QCoreApplication::translate("TrendScope::SavedView",
            "A saved view's name cannot hold a comma: export-report --saved lists names with "
            "commas.");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate(
                "TrendScope::SavedView", "A saved view's name cannot hold control characters.");
    return {};
}

namespace SavedViews {

QList<SavedView> list(const Database &db, QString *error)
{
    QList<SavedView> views;
    if (db.schemaVersion() < SchemaVersion)
        return views; // a file of an older build, opened read-only: it has none
    QSqlQuery q(db.connection());
    if (!q.exec(QLatin1String(SelectColumns) + QLatin1String(" ORDER BY lower(name), name"))) {
        *error = sqlError(q);
        return {};
    }
    while (q.next())
        views.append(fromRow(q));
    return views;
}

std::optional<SavedView> find(const Database &db, const QString &name, QString *error)
{
    if (db.schemaVersion() < SchemaVersion) {
        *error = QCoreApplication::translate("TrendScope::SavedView", "no saved view named “%1”")
                     .arg(name);
        return std::nullopt;
    }
    QSqlQuery q(db.connection());
    q.prepare(QLatin1String(SelectColumns) + QLatin1String(" WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = sqlError(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = QCoreApplication::translate("TrendScope::SavedView", "no saved view named “%1”")
                     .arg(name);
        return std::nullopt;
    }
    return fromRow(q);
}

bool save(const Database &db, SavedView view, QString *error)
{
    view.name = view.name.trimmed();
    *error = SavedView::validateName(view.name);
    if (!error->isEmpty())
        return false;
    if (db.isReadOnly()) {
        *error = QCoreApplication::translate("TrendScope::SavedView",
            "The dataset is open read-only: a view cannot be saved into it.");
        return false;
    }
    view.saved = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO saved_view (name, view, settings, saved, saved_by) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET view = excluded.view, settings = excluded.settings,"
        " saved = excluded.saved, saved_by = excluded.saved_by"));
    q.addBindValue(view.name);
    q.addBindValue(view.view);
    q.addBindValue(QString::fromUtf8(view.settingsJson()));
    q.addBindValue(view.saved);
    q.addBindValue(view.savedBy.isEmpty() ? QVariant() : QVariant(view.savedBy));
    if (!q.exec()) {
        // SQLITE_BUSY (5): another program is writing the file.
        if (q.lastError().nativeErrorCode() == QLatin1String("5")) {
            const QString holder = LockHolder::describe(db.path());
            *error = QCoreApplication::translate("TrendScope::SavedView",
                "The dataset is locked by %1; save the view again when it is done.")
                         .arg(holder.isEmpty() ? QCoreApplication::translate(
                                  "TrendScope::SavedView", "another program")
                                               : holder);
        } else {
            *error = sqlError(q);
        }
        return false;
    }
    return true;
}

bool remove(const Database &db, const QString &name, QString *error)
{
    if (db.isReadOnly()) {
        *error = QCoreApplication::translate("TrendScope::SavedView",
            "The dataset is open read-only: its saved views cannot be changed.");
        return false;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_view WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = QCoreApplication::translate("TrendScope::SavedView", "no saved view named “%1”")
                     .arg(name);
        return false;
    }
    return true;
}

} // namespace SavedViews

} // namespace TrendScope
