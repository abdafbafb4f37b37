#include "changenotice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TrendScope {

namespace {

constexpr int MaxWords = 300;
constexpr int MaxRows = 50;

} // namespace

ChangeNotice ChangeNotice::of(const QString &by, const Edit &applied)
{
    ChangeNotice notice;
    notice.by = by.left(MaxWords);
    notice.what = applied.text.left(MaxWords);
    for (const EditOp &op : applied.ops) {
        if (notice.rows.size() == MaxRows)
            ++notice.more;
        else
            notice.rows.append({op.table, op.rowId});
    }
    return notice;
}

QString ChangeNotice::toPayload() const
{
    QJsonArray list;
    for (const auto &[table, id] : rows)
        list.append(QJsonArray {table, id});
    const QJsonObject object {
        {QStringLiteral("by"), by},
        {QStringLiteral("what"), what},
        {QStringLiteral("rows"), list},
        {QStringLiteral("more"), more},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<ChangeNotice> ChangeNotice::fromPayload(const QString &payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8());
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("by")).isString()
        || !object.value(QStringLiteral("rows")).isArray())
        return std::nullopt;
    ChangeNotice notice;
    notice.by = object.value(QStringLiteral("by")).toString();
    notice.what = object.value(QStringLiteral("what")).toString();
    notice.more = object.value(QStringLiteral("more")).toInt();
    const QJsonArray list = object.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &row : list) {
        const QJsonArray pair = row.toArray();
        if (pair.size() == 2 && pair.at(0).isString() && pair.at(1).isDouble())
            notice.rows.append({pair.at(0).toString(), qint64(pair.at(1).toDouble())});
    }
    return notice;
}

} // namespace TrendScope
