#include "ImportDropTarget.h"

#include <QAction>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace DutyDesk {

ImportDropTarget::ImportDropTarget(QAction *importAction, QWidget *window)
    : QObject(window)
    , m_action(importAction)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QString ImportDropTarget::importableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo file(url.toLocalFile());
        const QString suffix = file.suffix().toLower();
        if (file.isFile()
            && (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")
                || suffix == QLatin1String("csv") || suffix == QLatin1String("txt")))
            return file.absoluteFilePath();
    }
    return {};
}

bool ImportDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!m_action || !m_action->isEnabled() || importableFile(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = importableFile(drop->mimeData());
        if (!m_action || !m_action->isEnabled() || path.isEmpty())
            return false;
        drop->acceptProposedAction();
        QMetaObject::invokeMethod(
            this, [this, path] { emit fileDropped(path); }, Qt::QueuedConnection);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace DutyDesk
