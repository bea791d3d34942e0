#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMimeData;
class QWidget;

namespace DutyDesk {

/// Lets a spreadsheet or CSV file dropped on a window start File ▸ Import:
/// the window accepts the drag while the import action is enabled, and
/// fileDropped() follows once the drop is over (not inside it, so that a
/// modal dialog may open).
class ImportDropTarget : public QObject
{
    Q_OBJECT
public:
    ImportDropTarget(QAction *importAction, QWidget *window);

    /// The first local file in `mime` that the import reads, else empty.
    static QString importableFile(const QMimeData *mime);

signals:
    void fileDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QAction> m_action;
};

} // namespace DutyDesk
