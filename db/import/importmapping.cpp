#include "importmapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace TrendScope {

namespace {

// Names a file may give a field besides its column name and label: the reports' own table
// headings and common English ones. Keys are targets; a header is compared folded().
struct Alias
{
    const char *target;
    const char *names; // '|' separated
};

const Alias aliases[] = {
    {"model_id", "模型|模型名称|大模型|model|modelname"},
    {"organization_id", "机构|公司|企业|公司名称|企业名称|organization|company|org"},
    {"technology_id", "技术|技术名称|technology|tech"},
    {"leaderboard_id.benchmark", "评测|榜单|评测名称|benchmark|board"},
    {"leaderboard_id.snapshot", "榜单时间|评测时间|快照|snapshot|month"},
    {"leaderboard_id.metric", "指标|评分指标|metric"},
    {"score", "总分|得分|分数|评分|score|totalscore"},
    {"amount_yuan", "金额|融资金额|融资额|amount|amountyuan"},
    {"amount_text", "金额原文|amounttext"},
    {"round", "轮次|融资轮次|round"},
    {"list_rank", "排名|序号|名次|rank|listrank"},
    {"founded", "成立时间|成立日期|founded"},
    {"hq", "总部|总部所在地|headquarters|hq"},
    {"direction", "方向|领域|赛道|direction"},
    {"period", "时期|年份|period|year"},
    {"date", "日期|时间|发布时间|date"},
    {"title", "标题|名称|政策名称|事件|title"},
    {"issuer", "发布机构|发布部门|issuer"},
    {"announced", "宣布日期|公布日期|announced"},
    {"effective", "生效日期|effective"},
    {"products", "产品|products"},
    {"max_percent", "最大降幅|maxpercent"},
    {"min_percent", "最小降幅|minpercent"},
    {"curve_year", "曲线年份|curveyear"},
    {"stage", "阶段|成熟度|stage"},
    {"section", "出处|章节|section"},
    {"quote", "原文|引文|quote"},
    {"note", "备注|说明|note"},
};

// Headers compared without case, spaces, underscores, hyphens or full-width forms.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC).toCaseFolded())
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            out.append(c);
    return out;
}

bool isProvenanceSetByImport(const QString &column)
{
    return column == QLatin1String("source_id") || column == QLatin1String("edition_id")
        || column == QLatin1String("status");
}

// The fields of a referenced table a file may give to name (or create) the row: its label
// columns and the other values it requires, when the label has more than one part.
QStringList referenceFields(const EditSchema &schema, const ColumnInfo &column)
{
    const TableInfo *target = schema.table(column.refTable);
    if (!target || target->labelColumns.size() < 2)
        return {};
    QStringList fields;
    for (const ColumnInfo &c : target->columns) {
        if (c.key || isProvenanceSetByImport(c.name) || c.name == QLatin1String("section"))
            continue;
        if (target->labelColumns.contains(c.name) || c.required)
            fields.append(c.name);
    }
    return fields;
}

} // namespace

QStringList ImportMapping::targetsFor(const EditSchema &schema, const TableInfo &table)
{
    QStringList targets;
    for (const ColumnInfo &c : table.columns) {
        if ((c.key && c.kind == ColumnKind::Integer) || isProvenanceSetByImport(c.name))
            continue;
        targets.append(c.name);
        if (c.kind == ColumnKind::Reference)
            for (const QString &field : referenceFields(schema, c))
                targets.append(c.name + QLatin1Char('.') + field);
    }
    return targets;
}

namespace {

// A target's label, each label passed through `word` (as stored, or translated).
QString labelOf(const EditSchema &schema, const TableInfo &table, const QString &target,
    QString (*word)(const QString &))
{
    const QString column = target.section(QLatin1Char('.'), 0, 0);
    const QString field = target.section(QLatin1Char('.'), 1);
    const ColumnInfo *c = table.column(column);
    if (!c)
        return target;
    if (field.isEmpty())
        return word(c->label);
    const TableInfo *ref = schema.table(c->refTable);
    const ColumnInfo *f = ref ? ref->column(field) : nullptr;
    return QStringLiteral("%1 › %2").arg(word(c->label), f ? word(f->label) : field);
}

QString asStored(const QString &label)
{
    return label;
}

} // namespace

QString ImportMapping::targetLabel(
    const EditSchema &schema, const TableInfo &table, const QString &target)
{
    return labelOf(schema, table, target, asStored);
}

QString ImportMapping::targetText(
    const EditSchema &schema, const TableInfo &table, const QString &target)
{
    return labelOf(schema, table, target, EditSchema::translated);
}

ImportMapping ImportMapping::guess(
    const EditSchema &schema, const TableInfo &table, const QStringList &headers)
{
    ImportMapping mapping;
    mapping.table = table.name;
    mapping.targets = QStringList(headers.size(), QString());
    const QStringList targets = targetsFor(schema, table);
    QSet<QString> taken;
    auto namesOf = [&](const QString &target) {
        QStringList names {target, targetLabel(schema, table, target)};
        if (target.contains(QLatin1Char('.')))
            names.append(target.section(QLatin1Char('.'), 1));
        for (const Alias &a : aliases)
            if (target == QLatin1String(a.target))
                names += QString::fromUtf8(a.names).split(QLatin1Char('|'));
        for (QString &n : names)
            n = folded(n);
        return names;
    };
    // Exact names first, so that "score" is not taken by a looser alias of another field.
    for (const QString &target : targets) {
        const QStringList names = namesOf(target);
        for (int i = 0; i < headers.size(); ++i) {
            if (!mapping.targets.at(i).isEmpty() || taken.contains(target))
                continue;
            if (names.contains(folded(headers.at(i)))) {
                mapping.targets[i] = target;
                taken.insert(target);
            }
        }
    }
    return mapping;
}

QString ImportMapping::layoutKey(const QStringList &headers)
{
    QStringList parts;
    for (const QString &h : headers)
        parts.append(folded(h));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

bool ImportMapping::set(const EditSchema &schema, const TableInfo &table,
    const QStringList &headers, const QString &header, const QString &target, QString *error)
{
    int index = int(headers.indexOf(header));
    for (int i = 0; index < 0 && i < headers.size(); ++i)
        if (folded(headers.at(i)) == folded(header))
            index = i;
    if (index < 0) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "The file has no column “%1”; its columns are: %2.")
                     .arg(header, headers.join(QStringLiteral(", ")));
        return false;
    }
    const QStringList targets = targetsFor(schema, table);
    if (!target.isEmpty() && !targets.contains(target)) {
        *error = QCoreApplication::translate(
            "TrendScope::ImportPlan", "%1 has no field “%2” to import into; it has: %3.")
                     .arg(EditSchema::translated(table.label), target,
                         targets.join(QStringLiteral(", ")));
        return false;
    }
    this->table = table.name;
    if (this->targets.size() != headers.size())
        this->targets = QStringList(headers.size(), QString());
    this->targets[index] = target;
    return true;
}

std::optional<QString> ImportMapping::problem(
    const EditSchema &schema, const TableInfo &table, const QStringList &headers) const
{
    QHash<QString, int> seen;
    bool any = false;
    for (int i = 0; i < targets.size(); ++i) {
        const QString &t = targets.at(i);
        if (t.isEmpty())
            continue;
        any = true;
        if (seen.contains(t))
            return QCoreApplication::translate(
                "TrendScope::ImportPlan", "Columns “%1” and “%2” both fill %3; choose one.")
                .arg(headers.value(seen.value(t)), headers.value(i), targetText(schema, table, t));
        seen.insert(t, i);
    }
    if (!any)
        return QCoreApplication::translate("TrendScope::ImportPlan",
            "No column of the file is matched to a field; choose at least "
            "one.");
    return std::nullopt;
}

QString ImportMapping::toString() const
{
    return (QStringList {table} + targets).join(QLatin1Char('\t'));
}

std::optional<ImportMapping> ImportMapping::fromString(const QString &text, int headerCount)
{
    QStringList parts = text.split(QLatin1Char('\t'));
    if (parts.size() != headerCount + 1 || parts.constFirst().isEmpty())
        return std::nullopt;
    ImportMapping mapping;
    mapping.table = parts.takeFirst();
    mapping.targets = parts;
    return mapping;
}

} // namespace TrendScope
