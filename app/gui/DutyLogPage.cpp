#include "DutyLogPage.h"

#include "AsyncLoader.h"
#include "DomainNames.h"
#include "DutyLogModel.h"
#include "Format.h"
#include "MessageBox.h"
#include "Session.h"
#include "VietnameseText.h"

#include <QCollator>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace DutyDesk {

DutyLogPage::DutyLogPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DutyLogModel(session, this))
    , m_unitLoader(new AsyncLoader(this))
    , m_filterPeriod(new QComboBox(this))
    , m_filterUnit(new QComboBox(this))
    , m_filterCategory(new QComboBox(this))
    , m_filterText(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_correct(new QPushButton(tr("C&orrect…"), this))
    , m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_category(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_period(new QLabel(this))
    , m_add(new QPushButton(tr("&Add to the log"), this))
{
    setObjectName(QStringLiteral("dutyLogPage"));
    m_filterPeriod->setObjectName(QStringLiteral("logFilterPeriodCombo"));
    m_filterUnit->setObjectName(QStringLiteral("logFilterUnitCombo"));
    m_filterCategory->setObjectName(QStringLiteral("logFilterCategoryCombo"));
    m_filterText->setObjectName(QStringLiteral("logFilterTextEdit"));
    m_filterText->setPlaceholderText(tr("Filter by text"));
    m_filterText->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("dutyLogView"));
    m_correct->setObjectName(QStringLiteral("correctLogEntryButton"));
    m_at->setObjectName(QStringLiteral("logTimeEdit"));
    m_at->setDisplayFormat(Format::dateTimeEditFormat());
    m_at->setCalendarPopup(true);
    m_category->setObjectName(QStringLiteral("logCategoryCombo"));
    m_unit->setObjectName(QStringLiteral("logUnitCombo"));
    // Sized by a length, not by measuring every unit's name.
    for (QComboBox *combo : {m_filterUnit, m_unit}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    m_text->setObjectName(QStringLiteral("logTextEdit"));
    m_text->setPlaceholderText(tr("What happened, who called, what was done"));
    m_period->setObjectName(QStringLiteral("logPeriodLabel"));
    m_add->setObjectName(QStringLiteral("addLogEntryButton"));

    m_filterCategory->addItem(tr("All categories"), -1);
    for (LogCategory c : {LogCategory::Call, LogCategory::Incident, LogCategory::Handover}) {
        m_filterCategory->addItem(DomainNames::displayName(c), int(c));
        m_category->addItem(DomainNames::displayName(c), int(c));
    }

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(DutyLogModel::TimeColumn, 130);
    m_view->horizontalHeader()->resizeSection(DutyLogModel::UnitColumn, 200);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_filterPeriod);
    filters->addWidget(m_filterUnit);
    filters->addWidget(m_filterCategory);
    filters->addWidget(m_filterText, 1);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(new QLabel(tr("Entries are never deleted: their author corrects them, "
                                         "and the original stays, struck through."),
                                      this),
                           1);
    listButtons->addWidget(m_correct);

    auto *entryBox = new QGroupBox(tr("New entry"), this);
    auto *form = new QFormLayout(entryBox);
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_at);
    firstRow->addWidget(m_category);
    firstRow->addWidget(m_unit, 1);
    auto *whenLabel = new QLabel(tr("&When, what, where:"), entryBox);
    whenLabel->setBuddy(m_at);
    form->addRow(whenLabel, firstRow);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_add);
    auto *textLabel = new QLabel(tr("&Text:"), entryBox);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, textRow);
    form->addRow(tr("Period:"), m_period);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(listButtons);
    layout->addWidget(entryBox);

    connect(m_filterPeriod, &QComboBox::currentIndexChanged, this, &DutyLogPage::applyFilter);
    connect(m_filterUnit, &QComboBox::currentIndexChanged, this, &DutyLogPage::applyFilter);
    connect(m_filterCategory, &QComboBox::currentIndexChanged, this, &DutyLogPage::applyFilter);
    connect(m_filterText, &QLineEdit::textChanged, this, &DutyLogPage::applyFilter);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &DutyLogPage::updatePeriodLabel);
    connect(m_text, &QLineEdit::textChanged, this, &DutyLogPage::updateButtons);
    connect(m_text, &QLineEdit::returnPressed, this, [this] { m_add->click(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const Status s = addEntry(); !s)
            MessageBox::warning(this, tr("Duty Log"), s.message());
    });
    connect(m_correct, &QPushButton::clicked, this, &DutyLogPage::correctSelected);
    connect(m_view, &QTableView::activated, this, &DutyLogPage::correctSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DutyLogPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DutyLogPage::updateButtons);
    connect(&m_session, &Session::opened, this, [this] {
        // A national file's ten thousand units are listed when the page shows.
        const bool later = m_session.isLarge() && !isVisible();
        m_model->setHeld(later);
        if (later)
            m_choicesOutOfDate = true;
        else
            reloadChoices();
    });
    reloadChoices();
}

void DutyLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_choicesOutOfDate)
        reloadChoices(); // reads the log with the filter too
    m_model->setHeld(false);
}

void DutyLogPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setHeld(m_session.isLarge());
}

namespace {

/// The units in Vietnamese order (VietnameseText::compare), each name's key
/// made once: a national directory has ten thousand units.
QList<QPair<Id, QString>> unitChoices(Database &db)
{
    QList<QPair<Id, QString>> choices;
    const Result<QList<Unit>> units = DirectoryStore(db).units();
    if (!units)
        return choices;
    const QCollator collator {QLocale(QLocale::Vietnamese)};
    QList<QPair<QCollatorSortKey, int>> order;
    order.reserve(units->size());
    for (int i = 0; i < units->size(); ++i)
        order.append({collator.sortKey(units->at(i).name), i});
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    choices.reserve(order.size());
    for (const auto &[key, i] : std::as_const(order))
        choices.append({units->at(i).id, units->at(i).name});
    return choices;
}

} // namespace

void DutyLogPage::reloadChoices()
{
    m_choicesOutOfDate = false;
    const QSignalBlocker b1(m_filterPeriod);
    const QSignalBlocker b2(m_filterUnit);
    const Id unit = m_unit->currentData().toLongLong();
    if (m_pendingUnit == NoId)
        m_pendingUnit = unit;
    m_filterPeriod->clear();
    m_filterUnit->clear();
    m_unit->clear();
    m_filterPeriod->addItem(tr("All periods"), qint64(NoId));
    m_filterUnit->addItem(tr("All units"), qint64(NoId));
    m_unit->addItem(tr("(no unit)"), qint64(NoId));
    if (m_session.isOpen()) {
        if (const Result<QList<DutyPeriod>> periods = m_session.periods().periods(); periods) {
            for (const DutyPeriod &p : periods.value())
                m_filterPeriod->addItem(p.title, qint64(p.id));
        }
        if (m_session.isLarge()) {
            // Read and sorted on a worker; the lists fill when it is done.
            auto found = std::make_shared<QList<QPair<Id, QString>>>();
            m_unitLoader->start(
                m_session.path(), [found](Database &db) { *found = unitChoices(db); },
                [this, found] { showUnitChoices(*found); });
        } else {
            m_unitLoader->cancel();
            showUnitChoices(unitChoices(m_session.database()));
        }
    } else {
        m_unitLoader->cancel();
        m_pendingUnit = NoId;
    }
    applyFilter();
    updatePeriodLabel();
}

void DutyLogPage::showUnitChoices(const QList<QPair<Id, QString>> &choices)
{
    const QSignalBlocker blocker(m_filterUnit);
    const Id filtered = m_filterUnit->currentData().toLongLong();
    // One insertion per list, not one per unit.
    QList<QStandardItem *> filterItems;
    QList<QStandardItem *> unitItems;
    filterItems.reserve(choices.size());
    unitItems.reserve(choices.size());
    for (const auto &[id, name] : choices) {
        for (QList<QStandardItem *> *items : {&filterItems, &unitItems}) {
            auto *item = new QStandardItem(name);
            item->setData(qint64(id), Qt::UserRole);
            items->append(item);
        }
    }
    qobject_cast<QStandardItemModel *>(m_filterUnit->model())
        ->invisibleRootItem()
        ->appendRows(filterItems);
    qobject_cast<QStandardItemModel *>(m_unit->model())->invisibleRootItem()->appendRows(unitItems);
    m_filterUnit->setCurrentIndex(qMax(0, m_filterUnit->findData(qint64(filtered))));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(qint64(m_pendingUnit))));
    m_pendingUnit = NoId;
}

void DutyLogPage::setCurrentUnit(Id unitId)
{
    if (m_choicesOutOfDate || m_unitLoader->isBusy()) {
        m_pendingUnit = unitId; // chosen when the lists are read
        return;
    }
    if (m_unit->findData(qint64(unitId)) < 0) {
        m_pendingUnit = unitId;
        reloadChoices();
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(qint64(unitId))));
}

void DutyLogPage::applyFilter()
{
    DutyLogStore::Filter filter;
    filter.periodId = m_filterPeriod->currentData().toLongLong();
    filter.unitId = m_filterUnit->currentData().toLongLong();
    const int category = m_filterCategory->currentData().toInt();
    if (category >= 0)
        filter.category = LogCategory(category);
    filter.text = m_filterText->text().trimmed();
    m_model->setFilter(filter);
    m_view->scrollToBottom();
}

Id DutyLogPage::periodAt(const QDateTime &at) const
{
    if (!m_session.isOpen())
        return NoId;
    // The period whose shift runs at that moment; else the one whose days hold it.
    if (const auto running = m_session.resolver().runningShifts(at); running && !running->isEmpty())
        return running->first().period.id;
    if (const auto periods = m_session.periods().periods(); periods) {
        for (const DutyPeriod &p : periods.value()) {
            if (p.firstDay <= at.date() && at.date() <= p.lastDay)
                return p.id;
        }
    }
    return NoId;
}

void DutyLogPage::updatePeriodLabel()
{
    const Id period = periodAt(m_at->dateTime());
    if (period == NoId) {
        m_period->setText(tr("none at this time"));
        return;
    }
    const Result<DutyPeriod> p = m_session.periods().period(period);
    m_period->setText(p ? p->title : QString());
}

void DutyLogPage::updateButtons()
{
    m_add->setEnabled(m_session.isOpen() && !m_text->text().trimmed().isEmpty());
    const QModelIndex current = m_view->currentIndex();
    const DutyLogEntry *entry = m_model->entry(current.isValid() ? current.row() : -1);
    m_correct->setEnabled(entry && entry->author == Database::currentUser()
                          && !m_model->isCorrected(entry->id));
}

Status DutyLogPage::addEntry()
{
    DutyLogEntry entry;
    entry.at = m_at->dateTime();
    entry.category = LogCategory(m_category->currentData().toInt());
    entry.unitId = m_unit->currentData().toLongLong();
    entry.periodId = periodAt(entry.at);
    entry.text = m_text->text();
    entry.author = Database::currentUser();
    const Result<DutyLogEntry> added = m_session.dutyLog().add(entry);
    if (!added)
        return added.status();
    m_text->clear();
    m_at->setDateTime(QDateTime::currentDateTime());
    m_session.notifyChanged();
    emit statusMessage(tr("Added to the duty log."));
    return {};
}

Status DutyLogPage::correctEntry(int row, const QString &text)
{
    const DutyLogEntry *entry = m_model->entry(row);
    if (!entry)
        return Error(Error::Code::NotFound, tr("Choose the entry to correct."));
    const Result<DutyLogEntry> corrected
        = m_session.dutyLog().correct(entry->id, text, Database::currentUser());
    if (!corrected)
        return corrected.status();
    m_session.notifyChanged();
    emit statusMessage(tr("The correction was added; the original is kept."));
    return {};
}

void DutyLogPage::correctSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const DutyLogEntry *entry = m_model->entry(current.isValid() ? current.row() : -1);
    if (!entry || !m_correct->isEnabled())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("correctionDialog"));
    dialog.setWindowTitle(tr("Correct Duty Log Entry"));
    auto *text = new QPlainTextEdit(entry->text, &dialog);
    text->setObjectName(QStringLiteral("correctionTextEdit"));
    text->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    Format::translateButtons(buttons);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Written at %1 by %2. The original stays in the log.")
                                     .arg(Format::dateTime(entry->at), entry->author),
                                 &dialog));
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const int row = current.row();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = correctEntry(row, text->toPlainText()); !s)
        MessageBox::warning(this, tr("Duty Log"), s.message());
}

} // namespace DutyDesk
