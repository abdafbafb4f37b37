#include "dataexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace TrendScope {

QString csvCell(const QVariant &value)
{
    if (value.isNull())
        return {};
    QString text = value.toString();
    // = + - @ start formulas, also after leading spaces or line breaks, which spreadsheets
    // skip; a leading tab or CR can smuggle one past the check in some programs.
    // A plain number such as -8.71 stays a number.
    static const QString formulaStarts = QStringLiteral("=+-@");
    const bool isNumber = value.typeId() == QMetaType::Double
        || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
    qsizetype first = 0;
    while (first < text.size() && text.at(first).isSpace())
        ++first;
    const bool formula = (first < text.size() && formulaStarts.contains(text.at(first)))
        || text.startsWith(QLatin1Char('\t')) || text.startsWith(QLatin1Char('\r'));
    if (!isNumber && formula)
        text.prepend(QLatin1Char('\''));
    // A semicolon is quoted too: spreadsheets in many locales read CSV with ';' as separator.
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';'))
        || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' '))
        || text.endsWith(QLatin1Char(' '))) {
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

namespace {

bool isUnsafeInFileName(char32_t c)
{
    // Reserved by Windows (and '/' everywhere); control and invisible format characters.
    static const QString reserved = QStringLiteral("/\\:*?\"<>|");
    if (c < 0x80 && reserved.contains(QChar(char16_t(c))))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isWindowsDeviceName(const QString &stem)
{
    // CON, NUL, COM1, ... are devices in any folder on Windows, even with an extension.
    static const QRegularExpression device(QRegularExpression::anchoredPattern(QStringLiteral(
                                               "(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])( *)(\\..*)?")),
        QRegularExpression::CaseInsensitiveOption);
    return device.match(stem).hasMatch();
}

QString safeStem(const QString &name, int maxBytes)
{
    QString stem;
    // One form of each name (macOS stores names decomposed; Windows compares them composed).
    for (const char32_t c : name.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (isUnsafeInFileName(c))
            stem += QLatin1Char('_');
        else
            stem += QString::fromUcs4(&c, 1);
    }
    // Leading dots make "..", "." or a hidden file; Windows drops trailing dots and spaces.
    auto trim = [](QString &text) {
        while (!text.isEmpty() && (text.front() == u'.' || text.front().isSpace()))
            text.remove(0, 1);
        while (!text.isEmpty() && (text.back() == u'.' || text.back().isSpace()))
            text.chop(1);
    };
    trim(stem);
    while (stem.toUtf8().size() > maxBytes) {
        stem.chop(stem.back().isLowSurrogate() ? 2 : 1);
        trim(stem);
    }
    if (stem.isEmpty())
        stem = QStringLiteral("_");
    if (isWindowsDeviceName(stem))
        stem.prepend(QLatin1Char('_'));
    return stem;
}

} // namespace

QStringList exportFileNames(const QStringList &names, const QString &suffix)
{
    // Room for the suffix and a "-NNN" to tell clashing names apart.
    const int maxStemBytes = MaxFileNameBytes - int(suffix.toUtf8().size()) - 8;
    QSet<QString> taken;
    QStringList files;
    files.reserve(names.size());
    for (const QString &name : names) {
        const QString stem = safeStem(name, maxStemBytes);
        QString file = stem + suffix;
        for (int n = 2; taken.contains(file.toCaseFolded()); ++n)
            file = stem + QLatin1Char('-') + QString::number(n) + suffix;
        taken.insert(file.toCaseFolded());
        files.append(file);
    }
    return files;
}

} // namespace TrendScope
