#pragma once

#include "Domain.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace DutyDesk {

/// Edits a person: name, position, leader and IT/security flags, e-mail,
/// notes and any number of phone numbers, each checked as it is typed with
/// the reason shown when it is not a valid Vietnamese number.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PersonDialog(const Person &person, QWidget *parent = nullptr);
    Person person() const;
    /// Adds an empty phone row and returns its line edit.
    QLineEdit *addPhoneRow(const PhoneEntry &entry = {});

private:
    struct PhoneRow
    {
        QWidget *widget;
        QComboBox *kind;
        QLineEdit *number;
        QLabel *reason;
    };
    void checkPhone(PhoneRow &row);
    void updateOk();

    Person m_person;
    QLineEdit *m_name;
    QLineEdit *m_position;
    QCheckBox *m_leader;
    QCheckBox *m_itSecurity;
    QLineEdit *m_email;
    QPlainTextEdit *m_notes;
    QCheckBox *m_active;
    QVBoxLayout *m_phoneLayout;
    QList<PhoneRow> m_phones;
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
