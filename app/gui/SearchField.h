#pragma once

#include "SearchIndex.h"

#include <QLineEdit>

class QListView;

namespace DutyDesk {

class Session;
class SearchResultsModel;

/// A search box over units, people and numbers that lists hits in a popup as
/// the user types (without diacritics, partial digits too). Up and Down move
/// through the hits, Enter or a click opens one, Escape closes the popup.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(Session &session, QWidget *parent = nullptr);
    ~SearchField() override;

    QListView *popup() const { return m_popup; }
    SearchResultsModel *results() const { return m_results; }
    /// The row highlighted in the popup, -1 when none.
    int currentRow() const;
    void setResultLimit(int limit) { m_limit = limit; }

signals:
    void hitActivated(const DutyDesk::SearchHit &hit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateResults();
    void activate(int row);
    void moveCurrent(int delta);
    void placePopup();
    void hidePopup();

    Session &m_session;
    SearchResultsModel *m_results;
    QListView *m_popup;
    int m_limit = 30;
};

} // namespace DutyDesk
