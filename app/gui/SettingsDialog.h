#pragma once

#include "Domain.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace DutyDesk {

/// The settings: the organisation's texts (kept in the database, shared by
/// every desk), the interface language and whether this computer is a
/// read-only duty desk (both kept on this computer).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const OrganisationSettings &organisation, const QString &language,
                   QWidget *parent = nullptr);
    OrganisationSettings organisation() const;
    QString language() const;

    /// The duty desk choice as it is now; with a `fixedReason` (the command
    /// line decided it) the box only shows it.
    void setDutyDeskReadOnly(bool readOnly, const QString &fixedReason = {});
    bool dutyDeskReadOnly() const;
    /// Shows the organisation's texts without letting them be changed.
    void setOrganisationReadOnly(const QString &reason);

private:
    OrganisationSettings m_organisation;
    QLineEdit *m_parentAgency;
    QLineEdit *m_issuingAgency;
    QLineEdit *m_symbol;
    QLineEdit *m_place;
    QLineEdit *m_signerAuthority;
    QLineEdit *m_signerTitle;
    QLineEdit *m_signerName;
    QPlainTextEdit *m_recipients;
    QComboBox *m_language;
    QCheckBox *m_dutyDesk;
    QLabel *m_dutyDeskNote;
    QGroupBox *m_organisationBox;
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
