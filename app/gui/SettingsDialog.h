#pragma once

#include "Domain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace DutyDesk {

/// The settings: the organisation's texts (kept in the database, shared by
/// every desk) and the interface language (kept on this computer).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const OrganisationSettings &organisation, const QString &language,
                   QWidget *parent = nullptr);
    OrganisationSettings organisation() const;
    QString language() const;

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
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
