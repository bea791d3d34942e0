#include "ImportDialog.h"

#include "BackgroundJob.h"
#include "ColumnMappingStore.h"
#include "FileDialog.h"
#include "ImportIssueModel.h"
#include "ImportPreviewModel.h"
#include "JobProgress.h"
#include "Session.h"
#include "TemplateExport.h"
#include "XlsxReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace DutyDesk {

namespace {

using Field = ImportMapping::Field;

constexpr int FieldRole = Qt::UserRole;
constexpr int RoleNameRole = Qt::UserRole + 1;
constexpr int FieldColumnsPerRow = 3;

/// The fields a column of each kind of file may hold.
QList<Field> fieldsOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::People:
        return {Field::Ignore, Field::Number, Field::Name,  Field::Position,
                Field::Unit,   Field::Phone,  Field::Email, Field::Note};
    case ImportKind::Units:
        return {Field::Ignore, Field::Number,     Field::Name, Field::ShortName,
                Field::Code,   Field::ParentUnit, Field::Kind, Field::Address,
                Field::Phone,  Field::Email,      Field::Note};
    case ImportKind::Hotlines:
        return {Field::Ignore, Field::Number, Field::Label,  Field::Phone,
                Field::Unit,   Field::Hours,  Field::Source, Field::Note};
    case ImportKind::Roster:
        return {Field::Ignore, Field::Number,   Field::Unit, Field::Date,  Field::Weekday,
                Field::Shift,  Field::RoleName, Field::Name, Field::Phone, Field::Note};
    }
    return {Field::Ignore};
}

bool isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return true;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04");
}

/// The header row `row` of `table`, each of its texts recognised on its own.
ImportMapping guessedMapping(const ImportTable &table, int row, ImportKind kind,
                             const QStringList &roleNames)
{
    ImportMapping mapping;
    mapping.headerRow = row;
    const QStringList &cells = table.rows.at(row).cells;
    for (int c = 0; c < cells.size(); ++c) {
        ImportMapping::Column column;
        column.index = c;
        column.header = cells.at(c).simplified();
        column.field = ImportMapping::fieldOf(cells.at(c), kind, roleNames, &column.roleName);
        if (column.field != Field::Ignore)
            mapping.columns << column;
    }
    return mapping;
}

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

void setMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace

ImportDialog::ImportDialog(Session &session, Id periodId, Id unitId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_sheet(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_reviewMapping(new QCheckBox(tr("&Review the columns before checking the file"), this))
    , m_sourceMessage(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_useHeaderRow(new QPushButton(tr("Use the Selected Row as &Header"), this))
    , m_fieldGrid(nullptr)
    , m_fieldBox(new QWidget(this))
    , m_mappingMessage(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_issueView(new QTableView(this))
    , m_issueModel(new ImportIssueModel(this))
    , m_sortedIssues(new QSortFilterProxyModel(this))
    , m_skipErrors(new QCheckBox(this))
    , m_reportMessage(new QLabel(this))
    , m_result(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    m_pages->setObjectName(QStringLiteral("importPages"));

    // The source
    auto *source = new QWidget(this);
    source->setObjectName(QStringLiteral("sourcePage"));
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("A spreadsheet (.xlsx) or a CSV file"));
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_sheet->setObjectName(QStringLiteral("importSheetCombo"));
    m_sheet->setPlaceholderText(tr("Only workbooks (.xlsx) have sheets"));
    m_kind->setObjectName(QStringLiteral("importKindCombo"));
    m_kind->addItem(tr("People of units"), int(ImportKind::People));
    m_kind->addItem(tr("Duty roster"), int(ImportKind::Roster));
    m_kind->addItem(tr("Units"), int(ImportKind::Units));
    m_kind->addItem(tr("Hotlines"), int(ImportKind::Hotlines));
    m_period->setObjectName(QStringLiteral("importPeriodCombo"));
    if (const auto periods = session.periods().periods()) {
        for (const DutyPeriod &p : periods.value())
            m_period->addItem(p.title, p.id);
    }
    m_period->setCurrentIndex(qMax(0, m_period->findData(periodId)));
    m_unit->setObjectName(QStringLiteral("importUnitCombo"));
    m_unit->addItem(tr("From the file's unit column"), NoId);
    if (const auto units = session.directory().units()) {
        for (const Unit &u : units.value()) {
            if (u.active)
                m_unit->addItem(u.name, u.id);
        }
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitId)));
    m_reviewMapping->setObjectName(QStringLiteral("reviewMappingCheck"));
    m_sourceMessage->setObjectName(QStringLiteral("sourceMessage"));
    m_sourceMessage->setWordWrap(true);
    auto *where = new QHBoxLayout;
    where->addWidget(m_file, 1);
    where->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), source);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, where);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&What it holds:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Unit of the rows:"), m_unit);
    auto *sourceLayout = new QVBoxLayout(source);
    sourceLayout->addWidget(pageTitle(tr("The file to import"), source));
    sourceLayout->addLayout(form);
    sourceLayout->addWidget(m_reviewMapping);
    sourceLayout->addWidget(m_sourceMessage);
    sourceLayout->addStretch(1);

    // The column mapping
    auto *mapping = new QWidget(this);
    mapping->setObjectName(QStringLiteral("mappingPage"));
    auto *mappingIntro = new QLabel(
        tr("Tell which column holds what. The highlighted row is the header; the rows below it "
           "are imported. Columns set to “Ignore” are left out."),
        this);
    mappingIntro->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setModel(m_previewModel);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(150);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_useHeaderRow->setObjectName(QStringLiteral("useHeaderRowButton"));
    m_fieldBox->setObjectName(QStringLiteral("mappingFields"));
    auto *fieldScroll = new QScrollArea(this);
    fieldScroll->setWidget(m_fieldBox);
    fieldScroll->setWidgetResizable(true);
    fieldScroll->setFrameShape(QFrame::NoFrame);
    fieldScroll->setMaximumHeight(170);
    m_mappingMessage->setObjectName(QStringLiteral("mappingMessage"));
    m_mappingMessage->setWordWrap(true);
    auto *headerRow = new QHBoxLayout;
    headerRow->addStretch(1);
    headerRow->addWidget(m_useHeaderRow);
    auto *mappingLayout = new QVBoxLayout(mapping);
    mappingLayout->addWidget(pageTitle(tr("The columns of the file"), mapping));
    mappingLayout->addWidget(mappingIntro);
    mappingLayout->addWidget(m_preview, 1);
    mappingLayout->addLayout(headerRow);
    mappingLayout->addWidget(fieldScroll);
    mappingLayout->addWidget(m_mappingMessage);

    // The report of the dry run
    auto *report = new QWidget(this);
    report->setObjectName(QStringLiteral("reportPage"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sortedIssues->setSourceModel(m_issueModel);
    m_sortedIssues->setSortRole(ImportIssueModel::SortRole);
    m_issueView->setObjectName(QStringLiteral("issueView"));
    m_issueView->setModel(m_sortedIssues);
    m_issueView->setSortingEnabled(true);
    m_issueView->sortByColumn(-1, Qt::AscendingOrder); // the file's order until asked
    m_issueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issueView->setWordWrap(true);
    m_issueView->verticalHeader()->hide();
    m_issueView->horizontalHeader()->setStretchLastSection(true);
    // Long messages wrap: the rows grow once the columns have settled.
    auto *rowHeights = new QTimer(this);
    rowHeights->setSingleShot(true);
    rowHeights->setInterval(0);
    connect(m_issueView->horizontalHeader(), &QHeaderView::sectionResized, rowHeights,
            qOverload<>(&QTimer::start));
    connect(rowHeights, &QTimer::timeout, m_issueView, &QTableView::resizeRowsToContents);
    m_skipErrors->setObjectName(QStringLiteral("skipErrorsCheck"));
    m_reportMessage->setObjectName(QStringLiteral("reportMessage"));
    m_reportMessage->setWordWrap(true);
    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->addWidget(pageTitle(tr("Check before importing"), report));
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_issueView, 1);
    reportLayout->addWidget(m_skipErrors);
    reportLayout->addWidget(m_reportMessage);

    // What the import did
    auto *done = new QWidget(this);
    done->setObjectName(QStringLiteral("donePage"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(pageTitle(tr("Import finished"), done));
    doneLayout->addWidget(m_result);
    doneLayout->addStretch(1);

    m_pages->addWidget(source);
    m_pages->addWidget(mapping);
    m_pages->addWidget(report);
    m_pages->addWidget(done);

    m_back->setObjectName(QStringLiteral("importBackButton"));
    m_next->setObjectName(QStringLiteral("importNextButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text().trimmed() != m_loadedPath)
            loadFile();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::readSheet);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::kindChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ImportDialog::updateButtons);
    connect(m_useHeaderRow, &QPushButton::clicked, this, &ImportDialog::useSelectedHeaderRow);
    connect(m_preview->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportDialog::updateButtons);
    connect(m_skipErrors, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::applyImport);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (currentPage() == DonePage)
            accept();
        else
            reject();
    });

    setMessage(m_sourceMessage, {}, false);
    setMessage(m_mappingMessage, {}, false);
    setMessage(m_reportMessage, {}, false);
    m_sheet->setEnabled(false);
    kindChanged();
    resize(820, 560);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    loadFile();
}

ImportDialog::Page ImportDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString ImportDialog::fieldName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("Ignore");
    case Field::Number:
        return tr("Number (STT)");
    case Field::Name:
        return tr("Name");
    case Field::Position:
        return tr("Position");
    case Field::Unit:
        return tr("Unit");
    case Field::ParentUnit:
        return tr("Parent unit");
    case Field::ShortName:
        return tr("Short name");
    case Field::Code:
        return tr("Code");
    case Field::Kind:
        return tr("Kind of unit");
    case Field::Address:
        return tr("Address");
    case Field::Phone:
        return tr("Phone");
    case Field::Email:
        return tr("Email");
    case Field::Note:
        return tr("Note");
    case Field::Date:
        return tr("Date");
    case Field::Weekday:
        return tr("Weekday");
    case Field::Shift:
        return tr("Shift");
    case Field::Role:
        return tr("Role");
    case Field::RoleName:
        return tr("Role of the row");
    case Field::Label:
        return tr("Hotline name");
    case Field::Hours:
        return tr("Hours");
    case Field::Source:
        return tr("Source");
    }
    return {};
}

// ---- the source -------------------------------------------------------------

void ImportDialog::browse()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import"), QFileInfo(m_file->text()).absolutePath(),
        tr("Spreadsheets and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::loadFile()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_loadedPath = m_file->text().trimmed();
    m_table.reset();
    m_template = false;
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->setEnabled(false);
    }
    setMessage(m_sourceMessage, {}, false);
    if (path.isEmpty()) {
        updateButtons();
        return;
    }
    if (!QFileInfo(path).isFile()) {
        setMessage(m_sourceMessage, tr("The file “%1” does not exist.").arg(m_file->text()), true);
        updateButtons();
        return;
    }
    if (isWorkbook(path)) {
        const Result<QList<XlsxReader::SheetInfo>> sheets = XlsxReader::sheets(path);
        if (!sheets) {
            setMessage(m_sourceMessage, sheets.message(), true);
            updateButtons();
            return;
        }
        const QSignalBlocker blocker(m_sheet);
        int first = -1;
        for (const XlsxReader::SheetInfo &sheet : sheets.value()) {
            m_sheet->addItem(sheet.hidden ? tr("%1 (hidden)").arg(sheet.name) : sheet.name,
                             sheet.name);
            if (first < 0 && !sheet.hidden)
                first = m_sheet->count() - 1;
        }
        m_sheet->setCurrentIndex(qMax(0, first));
        m_sheet->setEnabled(m_sheet->count() > 1);
        // A DutyDesk roster template names its period and unit itself.
        m_template = TemplateExport::identity(path).has_value();
        if (m_template) {
            ImportRequest request;
            request.kind = ImportKind::Roster;
            request.path = path;
            if (const Result<ImportRequest> completed
                = TemplateExport::completed(m_session.database(), request)) {
                m_kind->setCurrentIndex(m_kind->findData(int(ImportKind::Roster)));
                m_period->setCurrentIndex(qMax(0, m_period->findData(completed->periodId)));
                m_unit->setCurrentIndex(qMax(0, m_unit->findData(completed->unitId)));
                const int roster = m_sheet->findData(TemplateExport::rosterSheetName());
                if (roster >= 0)
                    m_sheet->setCurrentIndex(roster);
            }
        }
    }
    readSheet();
}

void ImportDialog::readSheet()
{
    m_table.reset();
    m_mappingShown = false;
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    Result<ImportTable> table = Importer::readTable(path, m_sheet->currentData().toString());
    if (!table) {
        setMessage(m_sourceMessage, table.message(), true);
        updateButtons();
        return;
    }
    m_table = std::move(table.value());
    QString text = tr("%n row(s) with text.", nullptr, int(m_table->rows.size()));
    if (!m_table->encoding.isEmpty())
        text += QLatin1Char(' ') + tr("Encoding: %1.").arg(m_table->encoding);
    setMessage(m_sourceMessage, text, false);
    guessKind();
    updateButtons();
}

void ImportDialog::guessKind()
{
    // The kind whose headers the file matches best; a roster only with a date column.
    std::optional<ImportKind> best;
    int bestCount = 0;
    for (const ImportKind kind :
         {ImportKind::Roster, ImportKind::People, ImportKind::Hotlines, ImportKind::Units}) {
        const QStringList roles = kind == ImportKind::Roster ? roleNames() : QStringList();
        const Result<ImportMapping> mapping = ImportMapping::recognise(*m_table, kind, roles);
        if (!mapping)
            continue;
        int count = 0;
        for (const ImportMapping::Column &c : mapping->columns)
            count += c.field != Field::Number ? 1 : 0;
        if (count > bestCount) {
            best = kind;
            bestCount = count;
        }
    }
    if (best)
        m_kind->setCurrentIndex(m_kind->findData(int(*best)));
}

void ImportDialog::kindChanged()
{
    m_period->setEnabled(kind() == ImportKind::Roster);
    m_mappingShown = false;
    updateButtons();
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

Id ImportDialog::periodId() const
{
    return kind() == ImportKind::Roster && m_period->currentIndex() >= 0
        ? m_period->currentData().toLongLong()
        : NoId;
}

Id ImportDialog::unitId() const
{
    return m_unit->currentData().toLongLong();
}

QStringList ImportDialog::roleNames() const
{
    QStringList names;
    const Id period = m_period->currentData().toLongLong();
    if (period == NoId)
        return names;
    if (const auto roles = m_session.periods().roles(period)) {
        for (const DutyRole &role : roles.value())
            names << role.name;
    }
    return names;
}

bool ImportDialog::unitKnown() const
{
    if (kind() != ImportKind::People && kind() != ImportKind::Roster)
        return true;
    return unitId() != NoId || m_mapping.column(Field::Unit) >= 0;
}

QString ImportDialog::missingFields() const
{
    QStringList missing;
    switch (kind()) {
    case ImportKind::People:
    case ImportKind::Units:
        if (m_mapping.column(Field::Name) < 0)
            missing << fieldName(Field::Name);
        break;
    case ImportKind::Hotlines:
        if (m_mapping.column(Field::Phone) < 0)
            missing << fieldName(Field::Phone);
        break;
    case ImportKind::Roster:
        if (m_mapping.column(Field::Date) < 0)
            missing << fieldName(Field::Date);
        if (m_mapping.roleColumns().isEmpty()
            && (m_mapping.column(Field::RoleName) < 0 || m_mapping.column(Field::Name) < 0))
            missing << tr("a column per duty role (or “%1” and “%2”)")
                           .arg(fieldName(Field::RoleName), fieldName(Field::Name));
        break;
    }
    if (missing.isEmpty())
        return {};
    return tr("Still needed: %1.").arg(missing.join(tr(", ")));
}

bool ImportDialog::prepareMapping()
{
    m_mappingShown = m_mappingRemembered = false;
    if (const auto remembered = ColumnMappingStore(m_session.database()).find(*m_table, kind())) {
        m_mapping = *remembered;
        m_mappingRemembered = true;
        return missingFields().isEmpty();
    }
    const QStringList roles = roleNames();
    const Result<ImportMapping> recognised = ImportMapping::recognise(*m_table, kind(), roles);
    if (!recognised) {
        // A first guess for the user to correct: the fullest of the first rows.
        int header = 0;
        int most = 0;
        const int scan = int(qMin<qsizetype>(m_table->rows.size(), 20));
        for (int r = 0; r < scan; ++r) {
            int filled = 0;
            for (const QString &cell : m_table->rows.at(r).cells)
                filled += cell.trimmed().isEmpty() ? 0 : 1;
            if (filled > most) {
                most = filled;
                header = r;
            }
        }
        m_mapping = m_table->rows.isEmpty() ? ImportMapping()
                                            : guessedMapping(*m_table, header, kind(), roles);
        return false;
    }
    m_mapping = recognised.value();
    // DutyDesk's own template has extra columns for the reader ("Khung giờ").
    if (m_template)
        return true;
    // Sure only when every header with text was understood.
    const QStringList &cells = m_table->rows.at(m_mapping.headerRow).cells;
    for (int c = 0; c < cells.size(); ++c) {
        if (cells.at(c).trimmed().isEmpty())
            continue;
        const bool known
            = std::any_of(m_mapping.columns.cbegin(), m_mapping.columns.cend(),
                          [c](const ImportMapping::Column &m) { return m.index == c; });
        if (!known)
            return false;
    }
    return true;
}

// ---- the column mapping -----------------------------------------------------

void ImportDialog::showMapping()
{
    m_mappingShown = true;
    m_previewModel->setTable(*m_table);
    m_previewModel->setHeaderRow(m_mapping.headerRow);
    fillFieldCombos();
    updatePreviewHeader();
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_previewModel->columnCount(); ++c)
        m_preview->setColumnWidth(c, qBound(110, m_preview->columnWidth(c), 260));
    if (m_mapping.headerRow >= 0)
        m_preview->scrollTo(m_previewModel->index(m_mapping.headerRow, 0),
                            QAbstractItemView::PositionAtTop);
    m_pages->setCurrentIndex(MappingPage);
    updateButtons();
}

void ImportDialog::fillFieldCombos()
{
    qDeleteAll(m_fieldCombos);
    m_fieldCombos.clear();
    delete m_fieldBox->layout();
    const QList<QLabel *> labels = m_fieldBox->findChildren<QLabel *>();
    qDeleteAll(labels);
    m_fieldGrid = new QGridLayout(m_fieldBox);
    m_fieldGrid->setContentsMargins(0, 0, 0, 0);

    const QStringList header
        = m_mapping.headerRow >= 0 && m_mapping.headerRow < m_table->rows.size()
        ? m_table->rows.at(m_mapping.headerRow).cells
        : QStringList();
    const QList<Field> fields = fieldsOf(kind());
    QStringList roles = kind() == ImportKind::Roster ? roleNames() : QStringList();
    for (const ImportMapping::Column &c : std::as_const(m_mapping.columns)) {
        if (c.field == Field::Role && !roles.contains(c.roleName))
            roles << c.roleName;
    }
    for (int column = 0; column < m_previewModel->columnCount(); ++column) {
        const QString letter = ImportTable::columnLetter(column);
        const QString text = header.value(column).simplified();
        auto *label = new QLabel(text.isEmpty() ? tr("Column %1").arg(letter)
                                                : tr("%1: “%2”").arg(letter, text),
                                 m_fieldBox);
        label->setToolTip(text);
        auto *combo = new QComboBox(m_fieldBox);
        combo->setObjectName(QStringLiteral("fieldCombo") + letter);
        for (const Field field : fields)
            combo->addItem(fieldName(field), int(field));
        for (const QString &role : std::as_const(roles)) {
            combo->addItem(tr("Role: %1").arg(role), int(Field::Role));
            combo->setItemData(combo->count() - 1, role, RoleNameRole);
        }
        for (const ImportMapping::Column &c : std::as_const(m_mapping.columns)) {
            if (c.index != column)
                continue;
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->itemData(i, FieldRole).toInt() == int(c.field)
                    && (c.field != Field::Role
                        || combo->itemData(i, RoleNameRole).toString() == c.roleName))
                    combo->setCurrentIndex(i);
            }
        }
        label->setBuddy(combo);
        const int row = column / FieldColumnsPerRow;
        const int pair = column % FieldColumnsPerRow;
        m_fieldGrid->addWidget(label, row, pair * 2);
        m_fieldGrid->addWidget(combo, row, pair * 2 + 1);
        m_fieldCombos << combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::fieldsChosen);
    }
    for (int pair = 0; pair < FieldColumnsPerRow; ++pair)
        m_fieldGrid->setColumnStretch(pair * 2 + 1, 1);
}

void ImportDialog::fieldsChosen()
{
    const QStringList header = m_table->rows.at(m_mapping.headerRow).cells;
    m_mapping.columns.clear();
    for (int c = 0; c < m_fieldCombos.size(); ++c) {
        const QComboBox *combo = m_fieldCombos.at(c);
        const auto field = Field(combo->currentData(FieldRole).toInt());
        if (field == Field::Ignore)
            continue;
        ImportMapping::Column mapped;
        mapped.index = c;
        mapped.field = field;
        mapped.header = header.value(c).simplified();
        mapped.roleName = combo->currentData(RoleNameRole).toString();
        m_mapping.columns << mapped;
    }
    updatePreviewHeader();
    updateButtons();
}

void ImportDialog::useSelectedHeaderRow()
{
    const int row = m_preview->currentIndex().row();
    if (row < 0 || row >= m_table->rows.size())
        return;
    // The new header row's texts recognised afresh, for the user to correct.
    m_mapping = guessedMapping(*m_table, row, kind(),
                               kind() == ImportKind::Roster ? roleNames() : QStringList());
    m_previewModel->setHeaderRow(row);
    fillFieldCombos();
    updatePreviewHeader();
    updateButtons();
}

void ImportDialog::updatePreviewHeader()
{
    QStringList names;
    for (const QComboBox *combo : std::as_const(m_fieldCombos)) {
        const auto field = Field(combo->currentData(FieldRole).toInt());
        names << (field == Field::Ignore ? QString() : combo->currentText());
    }
    m_previewModel->setFieldNames(names);
    QString message = missingFields();
    if (message.isEmpty() && !unitKnown())
        message = tr("No column holds the unit: choose its column here, or go back and choose "
                     "the unit of the rows.");
    setMessage(m_mappingMessage, message, !message.isEmpty());
}

// ---- the dry run and the import ---------------------------------------------

ImportRequest ImportDialog::request(bool dryRun) const
{
    ImportRequest request;
    request.kind = kind();
    request.path = QDir::fromNativeSeparators(m_file->text().trimmed());
    request.sheet = m_sheet->currentData().toString();
    request.periodId = periodId();
    request.unitId = unitId();
    request.mapping = m_mapping;
    request.dryRun = dryRun;
    return request;
}

std::optional<ImportReport> ImportDialog::runInBackground(ImportRequest request,
                                                          const QString &label,
                                                          const char *progressName, Status &status,
                                                          bool &cancelled)
{
    // Thousands of rows take seconds: on a worker thread, with the window
    // painting and a Cancel button.
    JobProgress progress(label, tr("Import"), QString::fromLatin1(progressName), this);
    progress.dialog()->setMinimumDuration(request.dryRun ? 500 : 0);
    request.cancel = progress.control().cancel;
    std::optional<ImportReport> report;
    status = BackgroundJob::run(
        m_session.path(),
        [&request, &report](Database &db) -> Status {
            Result<ImportReport> r = Importer(db).run(request);
            if (!r)
                return r.error();
            report = r.value();
            return {};
        },
        progress.dialog());
    cancelled = progress.cancelled();
    return report;
}

bool ImportDialog::runDryRun()
{
    const ImportRequest dryRun = request(true);
    Status status;
    bool cancel = false;
    const std::optional<ImportReport> checked
        = runInBackground(dryRun, tr("Checking %1…").arg(QFileInfo(dryRun.path).fileName()),
                          "dryRunProgress", status, cancel);
    QLabel *message = currentPage() == MappingPage ? m_mappingMessage : m_sourceMessage;
    if (cancel) {
        setMessage(message, tr("The check was cancelled."), true);
        return false;
    }
    if (!status || !checked) {
        setMessage(message, status.message(), true);
        return false;
    }
    m_report = checked;
    return true;
}

void ImportDialog::showReport()
{
    const ImportReport &report = *m_report;
    const QString where = report.sheet.isEmpty()
        ? report.file
        : tr("%1, sheet “%2”").arg(report.file, report.sheet);
    QStringList lines;
    lines << tr("<b>%1</b>: %n row(s) read.", nullptr, report.rowsRead).arg(where.toHtmlEscaped());
    lines << tr("To add: <b>%1</b>. To change: <b>%2</b>. Unchanged: %3.")
                 .arg(report.toAdd)
                 .arg(report.toChange)
                 .arg(report.unchanged);
    lines << tr("Errors: %1. Warnings: %2.").arg(report.errorCount()).arg(report.warningCount());
    if (m_mappingRemembered && !m_mappingShown)
        lines << tr("The columns are read as you mapped them for an earlier file with the same "
                    "header.");
    lines << tr("Nothing has been changed yet.");
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_issueModel->setIssues(report.issues);
    m_issueView->setColumnHidden(ImportIssueModel::SheetColumn, report.sheet.isEmpty());
    m_issueView->setVisible(!report.issues.isEmpty());
    for (int c = 0; c < ImportIssueModel::MessageColumn; ++c)
        m_issueView->resizeColumnToContents(c);
    m_issueView->resizeRowsToContents();
    const int errors = report.errorCount();
    m_skipErrors->setChecked(false);
    m_skipErrors->setVisible(errors > 0);
    m_skipErrors->setText(
        tr("&Skip the %n row(s) in error and import the others", nullptr, report.skippedRows));
    setMessage(m_reportMessage,
               errors > 0 ? tr("The file has errors: correct them in the file and check it again, "
                               "or skip the rows in error.")
                          : QString(),
               errors > 0);
    m_pages->setCurrentIndex(ReportPage);
    updateButtons();
}

void ImportDialog::applyImport()
{
    if (!m_report || currentPage() != ReportPage)
        return;
    ImportRequest apply = request(false);
    apply.skipRowsInError = m_skipErrors->isChecked();
    Status status;
    bool cancel = false;
    const std::optional<ImportReport> applied = runInBackground(
        apply, tr("Importing %1…").arg(m_report->file), "importProgress", status, cancel);
    if (!applied || !applied->applied) {
        // The transaction was rolled back: tell the views anyway, they may have polled.
        setMessage(m_reportMessage,
                   cancel ? tr("The import was cancelled: nothing was changed.")
                          : (status ? tr("Nothing was imported.") : status.message()),
                   true);
        return;
    }
    m_report = applied;
    QString remembered;
    if (m_mappingShown && m_table) {
        if (const Status s
            = ColumnMappingStore(m_session.database()).remember(*m_table, kind(), m_mapping);
            !s)
            remembered = tr("The columns could not be remembered: %1").arg(s.message());
        else
            remembered = tr("The columns are remembered for the next file with the same header.");
    }
    m_session.notifyChanged();

    QStringList lines;
    lines << tr("<b>Imported</b> from %1.").arg(m_report->file.toHtmlEscaped());
    lines << tr("Added: %1. Changed: %2. Unchanged: %3.")
                 .arg(m_report->toAdd)
                 .arg(m_report->toChange)
                 .arg(m_report->unchanged);
    if (m_report->skippedRows > 0)
        lines << tr("Rows left out because of their errors: %1.").arg(m_report->skippedRows);
    lines << tr("A backup of the database before the import: %1")
                 .arg(QDir::toNativeSeparators(m_report->backupPath).toHtmlEscaped());
    if (!remembered.isEmpty())
        lines << remembered.toHtmlEscaped();
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_pages->setCurrentIndex(DonePage);
    updateButtons();
}

// ---- navigation -------------------------------------------------------------

void ImportDialog::next()
{
    switch (currentPage()) {
    case SourcePage: {
        if (m_file->text().trimmed() != m_loadedPath)
            loadFile();
        if (!m_table)
            return;
        if (kind() == ImportKind::Roster && periodId() == NoId) {
            setMessage(m_sourceMessage, tr("Choose the duty period of the roster."), true);
            return;
        }
        const bool sure = prepareMapping();
        if (!sure || m_reviewMapping->isChecked()) {
            showMapping();
            return;
        }
        if (!unitKnown()) {
            setMessage(m_sourceMessage,
                       tr("The file has no unit column: choose the unit of its rows."), true);
            return;
        }
        if (runDryRun())
            showReport();
        return;
    }
    case MappingPage:
        if (!missingFields().isEmpty() || !unitKnown())
            return;
        if (runDryRun())
            showReport();
        return;
    case ReportPage:
    case DonePage:
        return;
    }
}

void ImportDialog::back()
{
    switch (currentPage()) {
    case MappingPage:
        m_pages->setCurrentIndex(SourcePage);
        break;
    case ReportPage:
        m_pages->setCurrentIndex(m_mappingShown ? MappingPage : SourcePage);
        break;
    case SourcePage:
    case DonePage:
        break;
    }
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const Page page = currentPage();
    m_back->setVisible(page == MappingPage || page == ReportPage);
    m_next->setVisible(page == SourcePage || page == MappingPage);
    m_import->setVisible(page == ReportPage);
    if (page == SourcePage)
        m_next->setEnabled(m_table.has_value()
                           && (kind() != ImportKind::Roster || m_period->currentIndex() >= 0));
    else if (page == MappingPage)
        m_next->setEnabled(missingFields().isEmpty() && unitKnown());
    m_useHeaderRow->setEnabled(page == MappingPage && m_preview->currentIndex().isValid()
                               && m_preview->currentIndex().row() != m_mapping.headerRow);
    if (page == ReportPage && m_report) {
        const bool something = m_report->toAdd + m_report->toChange > 0;
        m_import->setEnabled(something
                             && (m_report->errorCount() == 0 || m_skipErrors->isChecked()));
        m_import->setDefault(true);
    }
    m_close->setText(page == DonePage ? tr("Close") : tr("Cancel"));
}

} // namespace DutyDesk
