#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace DutyDesk {

namespace {
std::optional<QString> s_nextFileName;
} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

bool FileDialog::takeNext(QString &fileName)
{
    if (!s_nextFileName)
        return false;
    fileName = *s_nextFileName;
    s_nextFileName.reset();
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace DutyDesk
