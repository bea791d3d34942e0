#include "EscalationStepDialog.h"

#include "DomainNames.h"
#include "Format.h"
#include "Session.h"
#include "VietnameseText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

#include <algorithm>

namespace DutyDesk {

EscalationStepDialog::EscalationStepDialog(Session &session, Id unitId, const EscalationStep &step,
                                           QWidget *parent)
    : QDialog(parent)
    , m_step(step)
    , m_target(new QComboBox(this))
    , m_targetPages(new QStackedWidget(this))
    , m_role(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_hotline(new QComboBox(this))
    , m_wait(new QSpinBox(this))
    , m_instruction(new QLineEdit(step.instruction, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("escalationStepDialog"));
    setWindowTitle(step.id == NoId && step.position == 0 ? tr("New Escalation Step")
                                                         : tr("Edit Escalation Step"));
    m_target->setObjectName(QStringLiteral("stepTargetCombo"));
    m_role->setObjectName(QStringLiteral("stepRoleCombo"));
    m_person->setObjectName(QStringLiteral("stepPersonCombo"));
    m_hotline->setObjectName(QStringLiteral("stepHotlineCombo"));
    m_wait->setObjectName(QStringLiteral("stepWaitSpin"));
    m_instruction->setObjectName(QStringLiteral("stepInstructionEdit"));
    m_instruction->setPlaceholderText(tr("e.g. báo cáo ngay sự cố ATTT"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    // The unit and its ancestors: whose people and hotlines a step may name.
    QList<Id> units {unitId};
    bool hasParent = false;
    if (const Result<QList<Unit>> above = session.directory().ancestors(unitId); above) {
        hasParent = !above->isEmpty();
        for (const Unit &u : above.value())
            units << u.id;
    }

    for (EscalationTarget target : {EscalationTarget::Role, EscalationTarget::Person,
                                    EscalationTarget::Hotline, EscalationTarget::Parent}) {
        if (target == EscalationTarget::Parent && !hasParent)
            continue;
        m_target->addItem(DomainNames::displayName(target), int(target));
    }

    // Role names: those of the duty periods, or any typed.
    m_role->setEditable(true);
    QStringList roleNames;
    if (const Result<QList<DutyPeriod>> periods = session.periods().periods(); periods) {
        for (const DutyPeriod &period : periods.value()) {
            if (const Result<QList<DutyRole>> roles = session.periods().roles(period.id); roles) {
                for (const DutyRole &role : roles.value()) {
                    if (!roleNames.contains(role.name))
                        roleNames << role.name;
                }
            }
        }
    }
    m_role->addItems(roleNames);
    m_role->setCurrentText(step.roleName);

    for (Id id : std::as_const(units)) {
        const Result<Unit> unit = session.directory().unit(id);
        if (const Result<QList<Person>> people = session.directory().people(id); people) {
            QList<Person> sorted = people.value();
            std::sort(sorted.begin(), sorted.end(), [](const Person &a, const Person &b) {
                return VietnameseText::compareByGivenName(a.fullName, b.fullName) < 0;
            });
            for (const Person &p : std::as_const(sorted)) {
                m_person->addItem(tr("%1 — %2 (%3)", "person — position (unit)")
                                      .arg(p.fullName, p.position, unit ? unit->name : QString()),
                                  qint64(p.id));
            }
        }
        if (const Result<QList<Hotline>> hotlines = session.directory().hotlinesOf(id); hotlines) {
            for (const Hotline &h : hotlines.value())
                m_hotline->addItem(
                    tr("%1 (%2)", "hotline label (number)").arg(h.label, Format::phone(h.number)),
                    qint64(h.id));
        }
    }
    if (const Result<QList<Hotline>> global = session.directory().hotlinesOf(NoId); global) {
        for (const Hotline &h : global.value())
            m_hotline->addItem(
                tr("%1 (%2)", "hotline label (number)").arg(h.label, Format::phone(h.number)),
                qint64(h.id));
    }
    m_person->setCurrentIndex(qMax(0, m_person->findData(qint64(step.personId))));
    m_hotline->setCurrentIndex(qMax(0, m_hotline->findData(qint64(step.hotlineId))));

    m_targetPages->addWidget(m_role);
    m_targetPages->addWidget(m_person);
    m_targetPages->addWidget(m_hotline);
    m_targetPages->addWidget(
        new QLabel(tr("The chain goes on with the parent unit’s steps."), this));

    m_wait->setRange(0, 7 * 24 * 60);
    m_wait->setSuffix(tr(" min"));
    m_wait->setValue(step.waitMinutes);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Call:"), m_target);
    form->addRow(tr("&Who:"), m_targetPages);
    form->addRow(tr("&Wait before the next step:"), m_wait);
    form->addRow(tr("&Instruction:"), m_instruction);
    form->addRow(m_buttons);
    Format::translateButtons(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, &EscalationStepDialog::updateTarget);
    connect(m_role, &QComboBox::currentTextChanged, this, &EscalationStepDialog::updateTarget);
    m_target->setCurrentIndex(qMax(0, m_target->findData(int(step.target))));
    updateTarget();
    resize(560, sizeHint().height());
}

void EscalationStepDialog::updateTarget()
{
    const auto target = EscalationTarget(m_target->currentData().toInt());
    bool ok = true;
    switch (target) {
    case EscalationTarget::Role:
        m_targetPages->setCurrentIndex(0);
        ok = !m_role->currentText().trimmed().isEmpty();
        break;
    case EscalationTarget::Person:
        m_targetPages->setCurrentIndex(1);
        ok = m_person->count() > 0;
        break;
    case EscalationTarget::Hotline:
        m_targetPages->setCurrentIndex(2);
        ok = m_hotline->count() > 0;
        break;
    case EscalationTarget::Parent:
        m_targetPages->setCurrentIndex(3);
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

EscalationStep EscalationStepDialog::step() const
{
    EscalationStep step = m_step;
    step.target = EscalationTarget(m_target->currentData().toInt());
    step.roleName = step.target == EscalationTarget::Role ? m_role->currentText() : QString();
    step.personId
        = step.target == EscalationTarget::Person ? m_person->currentData().toLongLong() : NoId;
    step.hotlineId
        = step.target == EscalationTarget::Hotline ? m_hotline->currentData().toLongLong() : NoId;
    step.waitMinutes = m_wait->value();
    step.instruction = m_instruction->text();
    return step;
}

} // namespace DutyDesk
