#pragma once

#include "editqueries.h"
#include "editschema.h"

#include <QWidget>

#include <optional>

namespace TrendScope {

// A typed editor for one column, the same in the table (compact) and in the form: dates
// with their precision, percentages, money with its unit, pickers for fixed lists and for
// rows of other tables. value() parses and checks what was entered; its message says what
// is wrong and what is allowed.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Style
    {
        Form,
        Cell
    };

    // `choices` fills a Reference picker (ignored for other kinds).
    static FieldEditor *create(const ColumnInfo &column, const QList<PickerChoice> &choices,
        Style style, QWidget *parent = nullptr);

    const ColumnInfo &column() const { return m_column; }
    virtual void setValue(const QVariant &value) = 0;
    // The value to store, or nullopt with `error`.
    virtual std::optional<QVariant> value(QString *error) const = 0;
    virtual void setReadOnly(bool readOnly) = 0;

signals:
    void edited();

protected:
    FieldEditor(const ColumnInfo &column, QWidget *parent);
    void changeEvent(QEvent *event) override;
    // Sets the editor's own texts (hints, placeholders, fixed items) in the interface
    // language: called by each editor's constructor and on every language change.
    virtual void retranslate() = 0;

    ColumnInfo m_column;
};

// The units an amount is typed in (元, 万元, 亿元, named by their size in English), and an
// amount as the table shows it: in the largest unit that keeps it readable in Chinese
// ("25 亿元"), as the views write it in English ("2.5 bn yuan", "350,000 yuan").
struct MoneyUnit
{
    QString name;
    double factor;
};
QList<MoneyUnit> moneyUnits();
QString formatMoney(double yuan);

} // namespace TrendScope
