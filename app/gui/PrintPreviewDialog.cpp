#include "PrintPreviewDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace DutyDesk {

PrintPreviewDialog::PrintPreviewDialog(QPrinter *printer, int shownUnits, int totalUnits,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    m_preview = new QPrintPreviewWidget(printer, this);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &PrintPreviewDialog::paintRequested);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            &PrintPreviewDialog::updatePageLabel);

    auto *tools = new QToolBar(this);
    // The icon theme's, else the images Qt's own print preview carries.
    auto icon = [](const char *name) {
        const QString theme = QString::fromLatin1(name);
        QIcon fallback;
        for (int size : {24, 32}) {
            fallback.addFile(QStringLiteral(":/qt-project.org/dialogs/qprintpreviewdialog/images/"
                                            "%1-%2.png")
                                 .arg(theme)
                                 .arg(size));
        }
        return QIcon::fromTheme(theme, fallback);
    };
    auto add = [&](const QString &name, const QString &text, const char *iconName,
                   const QKeySequence &key, auto slot) {
        QAction *action = tools->addAction(icon(iconName), text);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(QStringLiteral("actionPreviousPage"), tr("Previous Page"), "go-previous",
        QKeySequence(Qt::Key_PageUp),
        [this] { m_preview->setCurrentPage(m_preview->currentPage() - 1); });
    add(QStringLiteral("actionNextPage"), tr("Next Page"), "go-next",
        QKeySequence(Qt::Key_PageDown),
        [this] { m_preview->setCurrentPage(m_preview->currentPage() + 1); });
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setContentsMargins(8, 0, 8, 0);
    tools->addWidget(m_pageLabel);
    tools->addSeparator();
    add(QStringLiteral("actionZoomIn"), tr("Zoom In"), "zoom-in",
        QKeySequence(QKeySequence::ZoomIn), [this] { m_preview->zoomIn(); });
    add(QStringLiteral("actionZoomOut"), tr("Zoom Out"), "zoom-out",
        QKeySequence(QKeySequence::ZoomOut), [this] { m_preview->zoomOut(); });
    add(QStringLiteral("actionFitWidth"), tr("Fit Width"), "zoom-fit-width",
        QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_preview->fitToWidth(); });
    add(QStringLiteral("actionFitPage"), tr("Whole Page"), "zoom-fit-page",
        QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_preview->fitInView(); });

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("previewNote"));
    note->setWordWrap(true);
    if (shownUnits < totalUnits) {
        note->setText(tr("The preview shows the first %1 of the %2 units; Print prints all %2.")
                          .arg(shownUnits)
                          .arg(totalUnits));
    } else {
        note->hide();
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    print->setDefault(true);
    print->setShortcut(QKeySequence::Print);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(1000, 800);
}

int PrintPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void PrintPreviewDialog::updatePageLabel()
{
    m_pageLabel->setText(
        tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
}

} // namespace DutyDesk
