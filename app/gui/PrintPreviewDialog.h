#pragma once

#include <QDialog>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;

namespace DutyDesk {

/// The print preview: the pages of a document's first units, painted on the
/// window's thread when asked (paintRequested), with page and zoom controls.
/// "Print…" accepts the dialog; the caller then prints the whole document on
/// a worker thread, so a province of a thousand pages never freezes the window.
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// `shownUnits` of the document's `totalUnits` are in the preview.
    PrintPreviewDialog(QPrinter *printer, int shownUnits, int totalUnits,
                       QWidget *parent = nullptr);

    QPrintPreviewWidget *preview() const { return m_preview; }
    /// How many pages the preview shows.
    int pageCount() const;

signals:
    /// Paint the preview's pages on `printer`.
    void paintRequested(QPrinter *printer);

private:
    void updatePageLabel();

    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_pageLabel = nullptr;
};

} // namespace DutyDesk
