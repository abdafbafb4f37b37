#include "exportencoding.h"

#include "dataexport.h"

#include <QLocale>
#include <QString>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace TrendScope::ExportEncoding {

namespace {

// UTF-8 as SQLite and Qt both read it without replacing anything: no overlong forms,
// surrogates, code points past U+10FFFF, nor U+FFFE and U+FFFF (which SQLite's UTF-16
// conversion replaces).
bool isStrictUtf8(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (!(word & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        char32_t cp = 0;
        char32_t least = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, cp = c & 0x1F, least = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, cp = c & 0x0F, least = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, cp = c & 0x07, least = 0x10000;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (size_t k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE
            || cp == 0xFFFF)
            return false;
        i += length;
    }
    return true;
}

// The code point at `p` in valid UTF-8, and its length.
char32_t decodeUtf8(const unsigned char *p, size_t *length)
{
    if (p[0] < 0x80) {
        *length = 1;
        return p[0];
    }
    if ((p[0] & 0xE0) == 0xC0) {
        *length = 2;
        return char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if ((p[0] & 0xF0) == 0xE0) {
        *length = 3;
        return char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    *length = 4;
    return char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6
        | (p[3] & 0x3F);
}

void appendHex4(std::string &out, char16_t u)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(u >> shift) & 0xF];
}

// One ASCII character as QJsonDocument escapes it, or false when it needs none.
bool appendJsonEscape(std::string &out, unsigned char c)
{
    if (c >= 0x20 && c != '"' && c != '\\')
        return false;
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    default:
        appendHex4(out, c);
    }
    return true;
}

// A JSON string from valid UTF-8: only ASCII needs escaping.
void appendJsonString(std::string &out, const char *p, size_t n)
{
    out += '"';
    size_t run = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        appendJsonEscape(out, c);
        run = i + 1;
    }
    out.append(p + run, n - run);
    out += '"';
}

} // namespace

// A JSON string from any QString, as QJsonDocument writes it: a lone surrogate as \uXXXX.
void appendJsonString(std::string &out, const QString &text)
{
    out += '"';
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s[i];
        if (u < 0x80) {
            if (!appendJsonEscape(out, static_cast<unsigned char>(u)))
                out += char(u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            out += QStringView(s + i, 2).toUtf8().toStdString();
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendHex4(out, u);
        } else {
            out += QStringView(s + i, 1).toUtf8().toStdString();
        }
    }
    out += '"';
}

namespace {

template <typename Number> void appendInteger(std::string &out, Number value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, size_t(end - digits));
}

// As QVariant(double).toString() writes a double.
void appendDouble(std::string &out, double value)
{
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    out.append(text.constData(), size_t(text.size()));
}

// As QJsonDocument writes a double: a whole number up to 2^53 as an integer (-0 as 0).
void appendJsonDouble(std::string &out, double value)
{
    if (std::abs(value) <= 9007199254740992.0 && std::trunc(value) == value)
        appendInteger(out, qint64(value));
    else
        appendDouble(out, value);
}

// The text of a TEXT or BLOB value as valid UTF-8 bytes, or, when it is not, the QString
// QSQLITE would have made of it.
struct TextValue
{
    const char *data = nullptr;
    size_t size = 0;
    bool utf8 = true;
    QString text;
};

TextValue textValue(sqlite3_stmt *stmt, int column, int type)
{
    TextValue v;
    const void *raw = type == SQLITE_BLOB ? sqlite3_column_blob(stmt, column)
                                          : sqlite3_column_text(stmt, column);
    v.size = size_t(sqlite3_column_bytes(stmt, column));
    v.data = static_cast<const char *>(raw);
    if (!v.data || isStrictUtf8(reinterpret_cast<const unsigned char *>(v.data), v.size))
        return v;
    v.utf8 = false;
    if (type == SQLITE_BLOB) {
        v.text = QString::fromUtf8(v.data, qsizetype(v.size));
    } else {
        const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(stmt, column));
        v.text = QString(utf16, sqlite3_column_bytes16(stmt, column) / qsizetype(sizeof(QChar)));
    }
    return v;
}

} // namespace

void appendJsonValue(std::string &out, sqlite3_stmt *stmt, int column)
{
    const int type = sqlite3_column_type(stmt, column);
    switch (type) {
    case SQLITE_NULL:
        out += "null";
        return;
    case SQLITE_INTEGER:
        appendInteger(out, sqlite3_column_int64(stmt, column));
        return;
    case SQLITE_FLOAT: {
        const double d = sqlite3_column_double(stmt, column);
        if (std::isfinite(d))
            appendJsonDouble(out, d);
        else
            out += "null";
        return;
    }
    default: {
        // QSQLITE reads an empty blob as a null QByteArray, which toJson writes as null.
        if (type == SQLITE_BLOB && sqlite3_column_bytes(stmt, column) == 0) {
            out += "null";
            return;
        }
        const TextValue v = textValue(stmt, column, type);
        if (v.utf8)
            appendJsonString(out, v.data, v.size);
        else
            appendJsonString(out, v.text);
    }
    }
}

namespace {

// A spreadsheet's formula start after optional leading white space, or a leading tab or CR:
// csvCell's rule, read from valid UTF-8.
bool startsFormula(const unsigned char *p, size_t n)
{
    if (n > 0 && (p[0] == '\t' || p[0] == '\r'))
        return true;
    size_t i = 0;
    while (i < n) {
        size_t length = 1;
        const char32_t cp = decodeUtf8(p + i, &length);
        // csvCell looks at UTF-16 units: a character past U+FFFF is never a space.
        if (cp > 0xFFFF || !QChar::isSpace(cp))
            break;
        i += length;
    }
    return i < n && (p[i] == '=' || p[i] == '+' || p[i] == '-' || p[i] == '@');
}

void appendCsvText(std::string &out, const char *p, size_t n)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(p);
    const bool formula = startsFormula(bytes, n);
    bool quote = n > 0 && ((p[0] == ' ' && !formula) || p[n - 1] == ' ');
    for (size_t i = 0; i < n && !quote; ++i) {
        const char c = p[i];
        quote = c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote)
        out += '"';
    if (formula)
        out += '\'';
    if (!quote) {
        out.append(p, n);
        return;
    }
    size_t run = 0;
    for (size_t i = 0; i < n; ++i) {
        if (p[i] == '"') {
            out.append(p + run, i + 1 - run);
            out += '"';
            run = i + 1;
        }
    }
    out.append(p + run, n - run);
    out += '"';
}

} // namespace

void appendCsvValue(std::string &out, sqlite3_stmt *stmt, int column)
{
    const int type = sqlite3_column_type(stmt, column);
    switch (type) {
    case SQLITE_NULL:
        return;
    case SQLITE_INTEGER:
        appendInteger(out, sqlite3_column_int64(stmt, column));
        return;
    case SQLITE_FLOAT:
        appendDouble(out, sqlite3_column_double(stmt, column));
        return;
    default: {
        const TextValue v = textValue(stmt, column, type);
        if (v.utf8)
            appendCsvText(out, v.data, v.size);
        else
            out += csvCell(v.text).toUtf8().toStdString();
    }
    }
}

} // namespace TrendScope::ExportEncoding
