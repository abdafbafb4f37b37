#include "trainingrunmodel.h"

#include "annotation.h"
#include "format.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace TrendScope {

namespace {

// "3.1×10²³": one decimal, the power written as a power (both languages read it; "3.1e23"
// is a programmer's notation).
QString scientific(double value)
{
    int exponent = int(std::floor(std::log10(value)));
    double mantissa = std::round(value / std::pow(10.0, exponent) * 10) / 10;
    if (mantissa >= 10) {
        mantissa /= 10;
        ++exponent;
    }
    static const char16_t superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString power;
    for (const QChar digit : QString::number(exponent))
        power += digit == QLatin1Char('-') ? QChar(u'⁻') : QChar(superscripts[digit.digitValue()]);
    return QLocale().toString(mantissa, 'f', 1) + QStringLiteral("×10") + power;
}

} // namespace

TrainingRunModel::TrainingRunModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QString TrainingRunModel::flopsText(double flops)
{
    //: training compute: a count of floating-point operations
    return tr("%1 FLOPs").arg(flops <= 0 ? QStringLiteral("0") : scientific(flops));
}

QVariant TrainingRunModel::cell(const TrainingRunRow &row, int column, int role) const
{
    const auto compute = row.computeFlops();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ModelColumn:
            return shownName(row.model, row.modelEn);
        case OrganizationColumn:
            return Format::text(shownName(row.organization, row.organizationEn));
        case ParametersColumn:
            return row.parameters ? Format::count(*row.parameters) : Format::notStated();
        case TokensColumn:
            return row.tokens ? Format::count(*row.tokens) : Format::notStated();
        case DaysColumn:
            return row.days ? QLocale().toString(*row.days, 'g', 4) : Format::notStated();
        case GpusColumn:
            return row.gpus ? QLocale().toString(*row.gpus) : Format::notStated();
        case GpuTypeColumn:
            return Format::text(row.gpuType);
        case ComputeColumn:
            return compute ? flopsText(*compute) : Format::notStated();
        case SourceColumn:
            return row.provenance.source;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= ParametersColumn && column <= GpusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == ComputeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        // Derived, not stated: set apart from the report's own figures.
        if (column == ComputeColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case SortRole:
        switch (column) {
        case ParametersColumn:
            return row.parameters.value_or(-1.0);
        case TokensColumn:
            return row.tokens.value_or(-1.0);
        case DaysColumn:
            return row.days.value_or(-1.0);
        case GpusColumn:
            return row.gpus ? double(*row.gpus) : -1.0;
        case ComputeColumn:
            return compute.value_or(-1.0);
        }
        break;
    case EntityRole:
    case OrganizationEntityRole:
        return entityData(role, {EntityKind::Model, row.modelId}, row.organizationId);
    case OrganizationNameRole:
        return row.organization;
    case DateRole:
        return QString(); // the reports give training runs no date
    case SearchTextRole:
        return QStringList {
            row.model, row.modelEn, row.organization, row.organizationEn, row.gpuType}
            .join(QLatin1Char('\n'));
    case ValueRole:
        return compute ? QVariant(*compute) : QVariant();
    case LabelRole:
        return shownName(row.model, row.modelEn);
    }
    return {};
}

QString TrainingRunModel::headerToolTip(int column) const
{
    if (column == ComputeColumn)
        return tr("Derived by TrendScope, not stated in the report: 6 × parameters × tokens");
    return {};
}

QString TrainingRunModel::headerText(int column) const
{
    static constexpr const char *headers[ColumnCount]
        = {QT_TR_NOOP("Model"), QT_TR_NOOP("Organization"), QT_TR_NOOP("Parameters"),
            QT_TR_NOOP("Tokens"), QT_TR_NOOP("Days"), QT_TR_NOOP("GPUs"), QT_TR_NOOP("GPU type"),
            QT_TR_NOOP("Compute (derived)"), QT_TR_NOOP("Source")};
    return tr(headers[column]);
}

QString TrainingRunModel::toolTip(const TrainingRunRow &row, int column) const
{
    QStringList lines;
    if (column == ComputeColumn) {
        if (const auto compute = row.computeFlops()) {
            lines << tr("Derived, not stated in the report: 6 × parameters × tokens");
            lines << QStringLiteral("6 × %1 × %2 = %3")
                         .arg(scientific(*row.parameters), scientific(*row.tokens),
                             flopsText(*compute));
            lines << tr("(the usual estimate of training compute for dense transformers)");
        } else {
            lines << tr("Not computed: needs both parameters and tokens, and the report does not "
                        "state both.");
        }
        lines << tr("Inputs from: %1").arg(row.provenance.summary());
        return lines.join(QLatin1Char('\n'));
    }
    lines << bothNames(row.model, row.modelEn, row.modelEnIsDatasets)
            + (row.organization.isEmpty() ? QString()
                                          : QStringLiteral(" — ")
                        + bothNames(
                            row.organization, row.organizationEn, row.organizationEnIsDatasets));
    if (!row.note.isEmpty())
        lines << Annotation::shown(row.note);
    lines << Format::sourceLines(row.provenance);
    return lines.join(QLatin1Char('\n'));
}

} // namespace TrendScope
