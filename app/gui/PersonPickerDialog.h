#pragma once

#include "Domain.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace DutyDesk {

class PersonPickerModel;
class Session;

/// Chooses who takes a roster slot: a search field over the unit's people and
/// a list showing each one's load so far and whether they are free at that
/// time. When a holder is being replaced it also asks for the reason, which
/// the slot's history keeps.
class PersonPickerDialog : public QDialog
{
    Q_OBJECT
public:
    /// `slot`: the cell (and, when replacing, the current holder);
    /// `replacing`: the name of the holder to replace, empty to fill a place.
    PersonPickerDialog(Session &session, const Assignment &slot, bool leaderRole,
                       const QString &cellDescription, const QString &replacing,
                       QWidget *parent = nullptr);

    Id selectedPersonId() const;
    QString selectedName() const;
    QString reason() const;
    /// Selects `personId` in the list (tests, and the current holder).
    bool selectPerson(Id personId);

    PersonPickerModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    PersonPickerModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
