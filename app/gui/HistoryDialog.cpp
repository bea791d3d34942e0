#include "HistoryDialog.h"

#include "AuditModel.h"
#include "AuditText.h"
#include "Format.h"
#include "Session.h"
#include "VietnameseText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace DutyDesk {

HistoryDialog::HistoryDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AuditModel(session, this))
    , m_unit(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_fromCheck(new QCheckBox(tr("&From:"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_toCheck(new QCheckBox(tr("&To:"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_text(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of Changes"));
    m_unit->setObjectName(QStringLiteral("historyUnitCombo"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->setMinimumWidth(280);
    m_person->setObjectName(QStringLiteral("historyPersonCombo"));
    m_person->setMinimumWidth(220);
    m_fromCheck->setObjectName(QStringLiteral("historyFromCheck"));
    m_toCheck->setObjectName(QStringLiteral("historyToCheck"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("historyFromEdit"));
    m_to->setObjectName(QStringLiteral("historyToEdit"));
    m_text->setObjectName(QStringLiteral("historyTextEdit"));
    m_text->setPlaceholderText(tr("Words in the changes (diacritics optional)"));
    m_text->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(AuditModel::WhenColumn, 140);
    header->resizeSection(AuditModel::UserColumn, 90);
    header->resizeSection(AuditModel::ActionColumn, 110);
    header->resizeSection(AuditModel::SubjectColumn, 300);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(tr("Choose a change to read it in full."));
    m_count->setObjectName(QStringLiteral("historyCountLabel"));

    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    auto *textLabel = new QLabel(tr("&Search:"), this);
    textLabel->setBuddy(m_text);
    auto *filters = new QGridLayout;
    filters->addWidget(unitLabel, 0, 0);
    filters->addWidget(m_unit, 0, 1);
    filters->addWidget(personLabel, 0, 2);
    filters->addWidget(m_person, 0, 3);
    auto *days = new QHBoxLayout;
    days->addWidget(m_fromCheck);
    days->addWidget(m_from);
    days->addSpacing(12);
    days->addWidget(m_toCheck);
    days->addWidget(m_to);
    days->addStretch(1);
    filters->addLayout(days, 1, 1);
    filters->addWidget(textLabel, 1, 2);
    filters->addWidget(m_text, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    Format::translateButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Typing waits for a pause; the other filters apply at once.
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &HistoryDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &HistoryDialog::unitChosen);
    connect(m_person, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    for (auto [check, edit] : {std::pair {m_fromCheck, m_from}, std::pair {m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &HistoryDialog::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilter);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(m_model->truncated()
                             ? tr("The newest %n change(s) are shown; narrow the filter to see "
                                  "older ones.",
                                  nullptr, m_model->rowCount())
                             : tr("%n change(s)", nullptr, m_model->rowCount()));
        showDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryDialog::showDetails);
    connect(&m_session, &Session::opened, this, &HistoryDialog::reloadChoices);

    reloadChoices();
    resize(1100, 640);
}

void HistoryDialog::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    QDialog::showEvent(event);
}

void HistoryDialog::hideEvent(QHideEvent *event)
{
    // Closed, it does not read the log again after every edit.
    m_model->setActive(false);
    QDialog::hideEvent(event);
}

void HistoryDialog::reloadChoices()
{
    const Id unit = m_unit->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        m_unit->addItem(tr("All units"), qint64(NoId));
        if (m_session.isOpen()) {
            if (Result<QList<Unit>> units = m_session.directory().units(); units) {
                QList<Unit> sorted = units.value();
                std::sort(sorted.begin(), sorted.end(), [](const Unit &a, const Unit &b) {
                    return VietnameseText::compare(a.name, b.name) < 0;
                });
                for (const Unit &u : std::as_const(sorted))
                    m_unit->addItem(u.name, qint64(u.id));
            }
        }
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(qint64(unit))));
    }
    unitChosen();
}

void HistoryDialog::unitChosen()
{
    const Id unit = m_unit->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_person);
        m_person->clear();
        m_person->addItem(tr("Everyone"), qint64(NoId));
        if (unit != NoId && m_session.isOpen()) {
            if (Result<QList<Person>> people = m_session.directory().people(unit); people) {
                QList<Person> sorted = people.value();
                std::sort(sorted.begin(), sorted.end(), [](const Person &a, const Person &b) {
                    return VietnameseText::compareByGivenName(a.fullName, b.fullName) < 0;
                });
                for (const Person &p : std::as_const(sorted))
                    m_person->addItem(p.fullName, qint64(p.id));
            }
        }
        m_person->setEnabled(unit != NoId);
        m_person->setToolTip(unit != NoId ? QString() : tr("Choose a unit first."));
    }
    applyFilter();
}

void HistoryDialog::setUnit(Id unitId)
{
    const int index = qMax(0, m_unit->findData(qint64(unitId)));
    if (m_unit->currentIndex() == index)
        unitChosen(); // the same unit again still clears the person
    else
        m_unit->setCurrentIndex(index);
}

void HistoryDialog::setPerson(Id personId)
{
    if (personId == NoId) {
        m_person->setCurrentIndex(0);
        return;
    }
    const Result<Person> person = m_session.directory().person(personId);
    if (!person)
        return;
    setUnit(person->unitId);
    m_person->setCurrentIndex(qMax(0, m_person->findData(qint64(personId))));
}

void HistoryDialog::setDays(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_fromCheck);
        const QSignalBlocker b2(m_toCheck);
        const QSignalBlocker b3(m_from);
        const QSignalBlocker b4(m_to);
        m_fromCheck->setChecked(from.isValid());
        m_from->setEnabled(from.isValid());
        if (from.isValid())
            m_from->setDate(from);
        m_toCheck->setChecked(to.isValid());
        m_to->setEnabled(to.isValid());
        if (to.isValid())
            m_to->setDate(to);
    }
    applyFilter();
}

void HistoryDialog::setText(const QString &text)
{
    m_text->setText(text);
    m_typing.stop();
    applyFilter();
}

void HistoryDialog::applyFilter()
{
    AuditLog::Filter filter;
    filter.unitId = m_unit->currentData().toLongLong();
    filter.personId = m_person->currentData().toLongLong();
    if (m_fromCheck->isChecked())
        filter.since = QDateTime(m_from->date(), QTime(0, 0));
    if (m_toCheck->isChecked())
        filter.until = QDateTime(m_to->date().addDays(1), QTime(0, 0));
    filter.text = m_text->text();
    m_model->setFilter(filter);
}

void HistoryDialog::showDetails()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const AuditRecord *record = m_model->record(row);
    if (!record) {
        m_details->clear();
        return;
    }
    QStringList lines {
        QStringLiteral("%1 · %2 · %3")
            .arg(Format::dateTime(record->at), record->user, AuditText::action(record->action)),
        m_model->data(m_model->index(row, AuditModel::SubjectColumn)).toString(), QString()};
    lines << m_model->changes(row);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace DutyDesk
