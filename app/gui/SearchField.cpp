#include "SearchField.h"

#include "SearchResultsModel.h"
#include "Session.h"

#include <QKeyEvent>
#include <QListView>
#include <QScreen>

namespace DutyDesk {

SearchField::SearchField(Session &session, QWidget *parent)
    : QLineEdit(parent)
    , m_session(session)
    , m_results(new SearchResultsModel(this))
    , m_popup(new QListView)
{
    setClearButtonEnabled(true);
    // A tool-tip window: it shows above everything and never takes the focus
    // from the field, which keeps receiving the keys.
    m_popup->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setObjectName(QStringLiteral("searchPopup"));
    m_popup->setModel(m_results);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setUniformItemSizes(true);
    connect(m_popup, &QListView::clicked, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(this, &QLineEdit::textEdited, this, &SearchField::updateResults);
    // A large file's index is built on a worker thread: show its answer.
    connect(&m_session, &Session::searchIndexReady, this, [this] {
        if (hasFocus() && !text().trimmed().isEmpty())
            updateResults();
    });
    connect(&m_session, &Session::aboutToClose, this, [this] {
        m_results->setHits({});
        hidePopup();
    });
}

SearchField::~SearchField()
{
    delete m_popup;
}

int SearchField::currentRow() const
{
    return m_popup->currentIndex().isValid() ? m_popup->currentIndex().row() : -1;
}

void SearchField::updateResults()
{
    if (!m_session.isOpen() || text().trimmed().isEmpty()) {
        m_results->setHits({});
        hidePopup();
        return;
    }
    m_results->setHits(m_session.searchIndex().search(text(), m_limit));
    if (m_results->rowCount() == 0) {
        hidePopup();
        return;
    }
    m_popup->setCurrentIndex(m_results->index(0));
    placePopup();
    m_popup->show();
}

void SearchField::placePopup()
{
    const int rows = qMin(m_results->rowCount(), 12);
    const int rowHeight = qMax(m_popup->sizeHintForRow(0), fontMetrics().height() + 4);
    const int width = qMax(this->width(), 480);
    QPoint origin = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        if (origin.x() + width > area.right())
            origin.setX(qMax(area.left(), area.right() - width));
    }
    m_popup->setGeometry(QRect(origin, QSize(width, rows * rowHeight + 2 * m_popup->frameWidth())));
}

void SearchField::hidePopup()
{
    m_popup->hide();
}

void SearchField::moveCurrent(int delta)
{
    const int count = m_results->rowCount();
    if (count == 0)
        return;
    if (!m_popup->isVisible()) {
        placePopup();
        m_popup->show();
    }
    int row = currentRow() + delta;
    row = qBound(0, row, count - 1);
    m_popup->setCurrentIndex(m_results->index(row));
}

void SearchField::activate(int row)
{
    if (row < 0 || row >= m_results->rowCount())
        return;
    const SearchHit hit = m_results->hits().at(row);
    hidePopup();
    emit hitActivated(hit);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return;
    case Qt::Key_Up:
        moveCurrent(-1);
        return;
    case Qt::Key_PageDown:
        moveCurrent(10);
        return;
    case Qt::Key_PageUp:
        moveCurrent(-10);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_results->rowCount() == 0)
            updateResults();
        activate(currentRow() >= 0 ? currentRow() : 0);
        return;
    case Qt::Key_Escape:
        if (m_popup->isVisible()) {
            hidePopup();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::focusOutEvent(QFocusEvent *event)
{
    // A click in the popup does not take the focus, so leaving means closing.
    if (event->reason() != Qt::PopupFocusReason)
        hidePopup();
    QLineEdit::focusOutEvent(event);
}

void SearchField::moveEvent(QMoveEvent *event)
{
    QLineEdit::moveEvent(event);
    if (m_popup->isVisible())
        placePopup();
}

void SearchField::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    if (m_popup->isVisible())
        placePopup();
}

} // namespace DutyDesk
