#pragma once

#include "Exporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace DutyDesk {

class Session;

/// File ▸ Export: what (roster, call sheets, contacts, a unit's roster
/// template), which period and unit (or all; a template is for one unit), the
/// format and where. The export itself runs elsewhere (off the UI thread, see
/// MainWindow::exportDocument).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Session &session, Id periodId, Id unitId, QWidget *parent = nullptr);

    ExportRequest request() const;
    /// The translated name of a format, for the combo box and file filters.
    static QString formatName(ExportFormat format);

private:
    void kindChanged();
    void formatChanged();
    void browse();
    void updateButtons();
    QString proposedFileName() const;

    Session &m_session;
    QComboBox *m_kind;
    QComboBox *m_period;
    QComboBox *m_unit;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace DutyDesk
