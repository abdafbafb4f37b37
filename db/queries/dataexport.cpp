#include "dataexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace TrendScope {

QString csvCell(const QVariant &value)
{
    if (value.isNull())
        return {};
    QString text = value.toString();
    // = + - @ start formulas; tab and CR can smuggle one past the check in some programs.
    // A plain number such as -8.71 stays a number.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool isNumber = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong
        || value.typeId() == QMetaType::Int;
    if (!isNumber && !text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray toCsv(const Table &table, const CsvOptions &options)
{
    QString out;
    QStringList header;
    for (const QString &column : table.columns)
        header.append(csvCell(column));
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant &v : row)
            cells.append(csvCell(v));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes = out.toUtf8();
    if (options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QByteArray toJson(const QList<Table> &tables)
{
    QJsonObject root;
    for (const Table &table : tables) {
        QJsonArray rows;
        for (const QVariantList &row : table.rows) {
            QJsonObject object;
            for (int i = 0; i < table.columns.size() && i < row.size(); ++i) {
                const QVariant &v = row.at(i);
                if (v.isNull())
                    object.insert(table.columns.at(i), QJsonValue::Null);
                else if (v.typeId() == QMetaType::Double && !std::isfinite(v.toDouble()))
                    object.insert(table.columns.at(i), QJsonValue::Null);
                else
                    object.insert(table.columns.at(i), QJsonValue::fromVariant(v));
            }
            rows.append(object);
        }
        root.insert(table.name, rows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace TrendScope
