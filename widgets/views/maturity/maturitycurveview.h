#pragma once

#include "chartpage.h"

class QCheckBox;
class QComboBox;

namespace TrendScope {

class MaturityCurveChart;
class MaturityModel;

// The technology maturity curve of one year, or two years compared, beside a table of the
// technologies shown: a curve-year selector, a compare checkbox with the year to compare
// with, and a search field.
class MaturityCurveView : public ChartPage
{
    Q_OBJECT
public:
    MaturityCurveView(MaturityModel *source, ExplorerState *state, QWidget *parent = nullptr);
    ~MaturityCurveView() override;

    MaturityCurveChart *chart() const { return m_chart; }
    QComboBox *yearBox() const { return m_year; }
    QCheckBox *compareBox() const { return m_compare; }
    QComboBox *compareYearBox() const { return m_compareYear; }

private:
    void refreshYears();
    void applyYears();

    MaturityModel *m_source; // source(), as the model that knows the stages and years
    QComboBox *m_year;
    QCheckBox *m_compare;
    QComboBox *m_compareYear;
    MaturityCurveChart *m_chart;
};

} // namespace TrendScope
