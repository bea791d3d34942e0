#pragma once

#include "Domain.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace DutyDesk {

class AuditModel;
class Session;

/// The history of changes (the audit log): who changed what and when, with
/// before → after in words, filtered by unit, person, dates and words. It
/// stays open beside the window and follows every change.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(Session &session, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Shows the history of a unit (NoId: every unit); clears the person.
    void setUnit(Id unitId);
    /// Shows the history of a person (NoId: everyone), choosing their unit.
    void setPerson(Id personId);
    /// Limits to the days from `from` to `to`, both included (invalid: open).
    void setDays(const QDate &from, const QDate &to);
    void setText(const QString &text);
    /// Reads the unit and person lists again (another file was opened).
    void reloadChoices();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void unitChosen();
    void applyFilter();
    void showDetails();

    Session &m_session;
    AuditModel *m_model;
    QComboBox *m_unit;
    QComboBox *m_person;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QLabel *m_count;
    QTimer m_typing;
};

} // namespace DutyDesk
