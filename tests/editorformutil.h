#pragma once

// Driving the data editor as a person does (header-only): typing into the form's fields and
// answering the Changed Elsewhere dialog by clicking one of its buttons.

#include "conflictdialog.h"
#include "dataeditor.h"
#include "fieldeditor.h"
#include "recordform.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace EditorFormUtil {

// Types like a person: ASCII through key clicks, other characters as the text an input
// method would commit with a key event.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline QLineEdit *formLine(const TrendScope::DataEditor &editor, const QString &column)
{
    const TrendScope::FieldEditor *field = editor.form()->editor(column);
    return field ? field->findChild<QLineEdit *>() : nullptr;
}

// Replaces the text of the form's field `column` with `text` (not applied); false if the
// form has no such field.
inline bool typeIntoForm(
    const TrendScope::DataEditor &editor, const QString &column, const QString &text)
{
    QLineEdit *line = formLine(editor, column);
    if (!line)
        return false;
    line->setFocus();
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(line, Qt::Key_Delete);
    typeText(line, text);
    return true;
}

inline QString formText(const TrendScope::DataEditor &editor, const QString &column)
{
    const QLineEdit *line = formLine(editor, column);
    return line ? line->text() : QStringLiteral("<no field>");
}

// Clicks the form's Apply; when the Changed Elsewhere dialog comes up, reads what it says of
// the score (who, original, theirs, mine) and clicks the button named `answer` (rejects the
// dialog if there is none). Returns what the dialog said; empty if none came up.
inline QStringList applyFormAnswering(const TrendScope::DataEditor &editor, const char *answer)
{
    QStringList seen;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        auto *dialog
            = qobject_cast<TrendScope::ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watch.stop();
        for (const char *name : {"conflict-who", "conflict-original-score", "conflict-theirs-score",
                 "conflict-mine-score"})
            if (auto *label = dialog->findChild<QLabel *>(name))
                seen.append(label->text());
        if (auto *press = dialog->findChild<QPushButton *>(answer))
            QTest::mouseClick(press, Qt::LeftButton);
        else
            dialog->reject();
    });
    watch.start(20);
    if (auto *apply = editor.form()->findChild<QPushButton *>("form-apply"))
        QTest::mouseClick(apply, Qt::LeftButton);
    return seen;
}

} // namespace EditorFormUtil
