#pragma once

#include "Domain.h"
#include "Result.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace DutyDesk {

class AsyncLoader;
class DutyLogModel;
class Session;

/// The duty log (sổ trực): a duty officer notes calls, incidents and
/// handovers for the running period and a unit. Entries are never changed:
/// their author corrects them with a new entry, and both are kept.
class DutyLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit DutyLogPage(Session &session, QWidget *parent = nullptr);

    DutyLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// The unit new entries are written for (the one chosen elsewhere).
    void setCurrentUnit(Id unitId);
    /// Writes a new entry from the form's values.
    Status addEntry();
    /// Corrects the entry at `row` of the list with `text`.
    Status correctEntry(int row, const QString &text);

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reloadChoices();
    void showUnitChoices(const QList<QPair<Id, QString>> &choices);
    void applyFilter();
    void updatePeriodLabel();
    void updateButtons();
    Id periodAt(const QDateTime &at) const;
    void correctSelected();

    Session &m_session;
    DutyLogModel *m_model;
    AsyncLoader *m_unitLoader; ///< the unit lists of a large file
    /// The lists of periods and units are read when the page shows (a large
    /// file); the unit chosen meanwhile is chosen once they are read.
    bool m_choicesOutOfDate = false;
    Id m_pendingUnit = NoId;

    QComboBox *m_filterPeriod;
    QComboBox *m_filterUnit;
    QComboBox *m_filterCategory;
    QLineEdit *m_filterText;
    QTableView *m_view;
    QPushButton *m_correct;

    QDateTimeEdit *m_at;
    QComboBox *m_category;
    QComboBox *m_unit;
    QLineEdit *m_text;
    QLabel *m_period;
    QPushButton *m_add;
};

} // namespace DutyDesk
