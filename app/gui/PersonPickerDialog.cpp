#include "PersonPickerDialog.h"

#include "Format.h"
#include "PersonPickerModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace DutyDesk {

PersonPickerDialog::PersonPickerDialog(Session &session, const Assignment &slot, bool leaderRole,
                                       const QString &cellDescription, const QString &replacing,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new PersonPickerModel(session, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personPickerDialog"));
    setWindowTitle(replacing.isEmpty() ? tr("Assign a Person") : tr("Replace the Person on Duty"));
    Format::translateButtons(m_buttons);

    auto *cell = new QLabel(cellDescription, this);
    cell->setObjectName(QStringLiteral("pickerCellLabel"));
    cell->setWordWrap(true);
    QFont bold = cell->font();
    bold.setBold(true);
    cell->setFont(bold);

    m_search->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_search->setPlaceholderText(tr("Type a name, a position or a number"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("pickerView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cell);
    if (!replacing.isEmpty()) {
        auto *form = new QFormLayout;
        auto *holder = new QLabel(replacing, this);
        holder->setObjectName(QStringLiteral("pickerHolderLabel"));
        form->addRow(tr("Now on duty:"), holder);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("replaceReasonEdit"));
        m_reason->setPlaceholderText(tr("e.g. sick leave, business trip"));
        form->addRow(tr("&Reason for the change:"), m_reason);
        layout->addLayout(form);
        connect(m_reason, &QLineEdit::textChanged, this, &PersonPickerDialog::updateButtons);
    }
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const Id before = selectedPersonId();
        m_model->setFilter(text);
        if (!selectPerson(before)) {
            // Typing narrows the list: offer the first free person.
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->flags(m_model->index(row, 0)) & Qt::ItemIsSelectable) {
                    m_view->selectRow(row);
                    break;
                }
            }
        }
        updateButtons();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });

    m_model->load(slot, leaderRole);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonPickerDialog::updateButtons);
    m_view->resizeColumnsToContents();
    resize(820, 480);
    updateButtons();
    m_search->setFocus();
}

Id PersonPickerDialog::selectedPersonId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return NoId;
    const PersonPickerModel::Candidate *c = m_model->candidate(rows.first().row());
    return c && c->available ? c->person.id : NoId;
}

QString PersonPickerDialog::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const PersonPickerModel::Candidate *c
        = rows.isEmpty() ? nullptr : m_model->candidate(rows.first().row());
    return c ? c->person.fullName : QString();
}

QString PersonPickerDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

bool PersonPickerDialog::selectPerson(Id personId)
{
    const int row = m_model->rowOfPerson(personId);
    if (row < 0 || !(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsSelectable))
        return false;
    m_view->selectRow(row);
    updateButtons();
    return true;
}

bool PersonPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search field move in the list: no mouse needed.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PersonPickerDialog::updateButtons()
{
    const bool ok = selectedPersonId() != NoId && (!m_reason || !reason().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace DutyDesk
