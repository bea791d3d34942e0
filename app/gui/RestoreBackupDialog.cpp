#include "RestoreBackupDialog.h"

#include "BackupListModel.h"
#include "Format.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace DutyDesk {

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_model(new BackupListModel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from a Backup"));

    auto *intro = new QLabel(
        tr("Backups of “%1”, newest first. Restoring replaces the database by the chosen backup: "
           "what was changed since it was made is replaced too. The database as it is now is "
           "kept as a backup first, so a restore can itself be undone the same way.")
            .arg(QDir::toNativeSeparators(databasePath)),
        this);
    intro->setObjectName(QStringLiteral("restoreIntroLabel"));
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("backupsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    // The contents take what the other columns (in either language) leave.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BackupListModel::ContentsColumn, QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("backupDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    Format::translateButtons(buttons);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);

    // Every backup is checked before it is offered: a moment for a large file.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->load(databasePath);
    QApplication::restoreOverrideCursor();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RestoreBackupDialog::updateChoice);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model->isRestorable(index.row()))
            accept();
    });
    // The newest sound backup is offered first.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isRestorable(row)) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateChoice();
    m_view->setFocus();
    resize(1000, 480);
}

bool RestoreBackupDialog::choose(const QString &backupPath)
{
    const int row = m_model->rowOf(backupPath);
    if (!m_model->isRestorable(row))
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

std::optional<Backups::Entry> RestoreBackupDialog::chosen() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->isRestorable(current.row()))
        return std::nullopt;
    return m_model->item(current.row())->entry;
}

void RestoreBackupDialog::updateChoice()
{
    const QModelIndex current = m_view->currentIndex();
    const BackupListModel::Item *item = m_model->item(current.isValid() ? current.row() : -1);
    m_restore->setEnabled(item && item->problem.isEmpty());
    if (m_model->rowCount() == 0) {
        m_details->setText(tr("There is no backup of this database yet."));
    } else if (!item) {
        m_details->setText(tr("Choose a backup."));
    } else {
        m_details->setText(tr("%1 · %2 · %3\n%4")
                               .arg(Format::dateWithWeekday(item->entry.created.date())
                                        + QLatin1Char(' ')
                                        + Format::time(item->entry.created.time()),
                                    BackupListModel::reasonText(item->entry.reason),
                                    QFileInfo(item->entry.path).fileName(),
                                    item->summary ? BackupListModel::contentsText(*item->summary)
                                                  : item->problem));
    }
}

} // namespace DutyDesk
