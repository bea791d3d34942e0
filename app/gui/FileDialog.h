#pragma once

#include <QString>

class QWidget;

namespace DutyDesk {

/// File choosers behind a seam a test can pre-answer (setNextFileName), like
/// the message boxes.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);

    /// Tests: the next dialog returns `fileName` (an empty string: cancelled).
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString &fileName);
};

} // namespace DutyDesk
