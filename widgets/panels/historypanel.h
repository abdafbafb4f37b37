#pragma once

#include "changehistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace TrendScope {

// The change_log entries of one row, newest first: when, who, what (old → new), why. Any
// single entry can be reverted (revertRequested); reverting is an edit like any other.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setEntries(
        const QString &title, const QList<ChangeEntry> &entries, const EditSchema &schema);
    void setRevertEnabled(bool enabled);
    QTreeWidget *list() const { return m_list; }
    int entryCount() const;
    qint64 entryId(int row) const;

signals:
    void revertRequested(qint64 changeLogId);

private:
    void updateButton();

    QLabel *m_title;
    QTreeWidget *m_list;
    QPushButton *m_revert;
    bool m_revertEnabled = true;
};

} // namespace TrendScope
