#pragma once

#include "Domain.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace DutyDesk {

class Session;

/// The days a person cannot be on duty (leave, business trip), entered per
/// person. Each addition or removal is saved at once and can be undone.
class UnavailabilityDialog : public QDialog
{
    Q_OBJECT
public:
    UnavailabilityDialog(Session &session, const Person &person, QWidget *parent = nullptr);

    void addEntry();
    void removeSelected();

private:
    void reload();

    Session &m_session;
    Person m_person;
    QListWidget *m_list;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_reason;
    QPushButton *m_remove;
    QList<Unavailability> m_entries;
};

} // namespace DutyDesk
