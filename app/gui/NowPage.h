#pragma once

#include "DutyResolver.h"

#include <QWidget>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace DutyDesk {

class SearchField;
class Session;

/// "Trực ngay": one big search box, and for the chosen unit the answer to
/// "who do I call?": the shift, who is on duty with every number (a button
/// copies it), the escalation chain as numbered steps, the hotlines. A
/// date-time picker asks the same for another moment. Works with the
/// keyboard alone: type, Enter, then Tab through the copy buttons.
class NowPage : public QWidget
{
    Q_OBJECT
public:
    explicit NowPage(Session &session, QWidget *parent = nullptr);

    SearchField *searchField() const { return m_search; }
    QDateTimeEdit *momentEdit() const { return m_moment; }
    QWidget *answerCard() const { return m_card; }

    void showUnit(Id unitId);
    Id unitId() const { return m_unitId; }
    /// Asks for a fixed moment instead of following the clock.
    void setMoment(const QDateTime &moment);
    /// Follows the clock again.
    void followClock();
    const std::optional<DutyAnswer> &answer() const { return m_answer; }

signals:
    void statusMessage(const QString &message);
    void unitChosen(DutyDesk::Id unitId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void rebuildCard();
    QWidget *phoneRow(const QString &e164, QWidget *parent);

    Session &m_session;
    Id m_unitId = NoId;
    bool m_followClock = true;
    std::optional<DutyAnswer> m_answer;
    QString m_error;

    SearchField *m_search;
    QDateTimeEdit *m_moment;
    QPushButton *m_nowButton;
    QScrollArea *m_scroll;
    QWidget *m_card = nullptr;
    QTimer *m_clock;
};

} // namespace DutyDesk
