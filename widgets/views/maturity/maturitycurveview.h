#pragma once

#include "chartview.h"

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QTableView;

namespace TrendScope {

class ExplorerFilterProxy;
class MaturityCurveChart;
class MaturityModel;

// The technology maturity curve of one year, or two years compared, beside a table of the
// technologies shown: a curve-year selector, a compare checkbox with the year to compare
// with, and a search field.
class MaturityCurveView : public ChartView
{
    Q_OBJECT
public:
    MaturityCurveView(MaturityModel *source, ExplorerState *state, QWidget *parent = nullptr);
    ~MaturityCurveView() override;

    QString title() const override;
    QCustomPlot *plot() const override;
    void setTheme(const ChartTheme &theme) override;
    int visibleRowCount() const override;
    int totalRowCount() const override;
    QAbstractItemModel *tableModel() const override;

    QTableView *table() const { return m_table; }
    MaturityCurveChart *chart() const { return m_chart; }
    QComboBox *yearBox() const { return m_year; }
    QCheckBox *compareBox() const { return m_compare; }
    QComboBox *compareYearBox() const { return m_compareYear; }

private:
    void refreshYears();
    void applyYears();

    MaturityModel *m_source;
    ExplorerFilterProxy *m_proxy;
    QComboBox *m_year;
    QCheckBox *m_compare;
    QComboBox *m_compareYear;
    QTableView *m_table;
    MaturityCurveChart *m_chart;
};

} // namespace TrendScope
