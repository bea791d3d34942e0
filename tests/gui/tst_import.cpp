// File ▸ Import driven as a clerk would: the file, the kind guessed from its
// header, the column mapping when the header is not understood (and
// remembered for the next file with the same header), the dry run's report,
// and the import applied off the UI thread.

#include "AppSettings.h"
#include "ColumnMappingStore.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "ImportDialog.h"
#include "ImportIssueModel.h"
#include "ImportPreviewModel.h"
#include "Lookup.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "Session.h"
#include "TemplateExport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <xlsxwriter.h>

using namespace DutyDesk;
using namespace GuiTestSupport;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(DUTYDESK_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

template<typename W> W *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<W *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no widget %s", name);
    return found;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recognisedPeopleSkipTheMapping();
    void oddHeadersAreMappedAndRemembered();
    void errorsBlockTheImportUntilSkipped();
    void rosterFromAWorkbookWithSeveralSheets();
    void rosterTemplateNamesItsPeriodAndUnit();
    void fileMenuAndDropOpenTheImport();

private:
    std::unique_ptr<ImportDialog> openDialog();
    void chooseFile(ImportDialog *dialog, const QString &path);
    void click(ImportDialog *dialog, const char *button);
    QString write(const char *name, const QByteArray &content);
    QString dump();
    QString positionOf(const QString &name, const QString &e164);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QList<QAbstractItemModelTester *> m_testers;
    Id m_period = NoId;
    Id m_school = NoId; ///< Thái Phiên
    Id m_unfilled = NoId; ///< Cát Bà: no assignment yet
};

void TestImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("office.db"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(SampleData::build(db).ok());
    }
    m_session = std::make_unique<Session>();
    QVERIFY(m_session->open(path, Database::OpenMode::MustExist).ok());
    Database &db = m_session->database();
    m_period = Lookup::period(db, u8(SampleData::PeriodTitle))->id;
    m_school = Lookup::unit(db, u8(SampleData::QuerySchoolName))->id;
    m_unfilled = Lookup::unit(db, u8(SampleData::UnfilledSchoolName))->id;
}

void TestImport::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_session.reset();
    m_dir.reset();
}

std::unique_ptr<ImportDialog> TestImport::openDialog()
{
    auto dialog = std::make_unique<ImportDialog>(*m_session, m_period, NoId);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(dialog->previewModel()),
                                      static_cast<QAbstractItemModel *>(dialog->issueModel())})
        m_testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    dialog->show();
    return dialog;
}

void TestImport::chooseFile(ImportDialog *dialog, const QString &path)
{
    FileDialog::setNextFileName(path);
    child<QPushButton>(dialog, "importBrowseButton")->click();
}

void TestImport::click(ImportDialog *dialog, const char *button)
{
    QPushButton *b = child<QPushButton>(dialog, button);
    QVERIFY2(b && b->isVisible() && b->isEnabled(), button);
    b->click();
}

QString TestImport::write(const char *name, const QByteArray &content)
{
    QFile file(m_dir->filePath(QString::fromUtf8(name)));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

QString TestImport::dump()
{
    QString text;
    QSqlQuery tables(m_session->database().connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(m_session->database().connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        text += table + u'\n';
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                text += rows.value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

QString TestImport::positionOf(const QString &name, const QString &e164)
{
    QSqlQuery q(m_session->database().connection());
    q.prepare(QStringLiteral("SELECT p.position FROM people p JOIN phone_numbers n ON "
                             "n.person_id = p.id WHERE p.full_name = ? AND n.e164 = ?"));
    q.addBindValue(name);
    q.addBindValue(e164);
    if (!q.exec() || !q.next())
        return QStringLiteral("(nobody)");
    return q.value(0).toString();
}

void TestImport::recognisedPeopleSkipTheMapping()
{
    auto dialog = openDialog();
    chooseFile(dialog.get(), dataFile("people-utf8-bom.csv"));
    auto *kind = child<QComboBox>(dialog.get(), "importKindCombo");
    QCOMPARE(ImportKind(kind->currentData().toInt()), ImportKind::People); // guessed
    QVERIFY(!child<QComboBox>(dialog.get(), "importSheetCombo")->isEnabled()); // CSV

    // No unit column and no unit chosen: the dialog says so and stays.
    click(dialog.get(), "importNextButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::SourcePage);
    QVERIFY2(child<QLabel>(dialog.get(), "sourceMessage")->text().contains(u8("unit")),
             qPrintable(child<QLabel>(dialog.get(), "sourceMessage")->text()));

    selectData(child<QComboBox>(dialog.get(), "importUnitCombo"), m_school);
    click(dialog.get(), "importNextButton");
    // Every header recognised: straight to the dry run.
    QCOMPARE(dialog->currentPage(), ImportDialog::ReportPage);
    QVERIFY(dialog->report());
    QCOMPARE(dialog->report()->rowsRead, 2);
    QCOMPARE(dialog->report()->toAdd, 2);
    QCOMPARE(dialog->report()->errorCount(), 0);
    QVERIFY(!dialog->report()->applied);
    QVERIFY(!child<QCheckBox>(dialog.get(), "skipErrorsCheck")->isVisible());
    QVERIFY(child<QLabel>(dialog.get(), "reportSummary")->text().contains(u8("To add: <b>2</b>")));

    QSignalSpy changed(m_session.get(), &Session::changed);
    click(dialog.get(), "importButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::DonePage);
    QVERIFY(dialog->report()->applied);
    QVERIFY(!changed.isEmpty()); // the views refresh
    const QString backup = dialog->report()->backupPath;
    QVERIFY(QFile::exists(backup));
    const QString result = child<QLabel>(dialog.get(), "importResult")->text();
    QVERIFY2(result.contains(QStringLiteral("Added: 2.")), qPrintable(result));
    QVERIFY2(result.contains(QDir::toNativeSeparators(backup).toHtmlEscaped()), qPrintable(result));
    QCOMPARE(positionOf(u8("Nguyễn Văn An"), QStringLiteral("+84912345678")), u8("Hiệu trưởng"));
    QCOMPARE(child<QPushButton>(dialog.get(), "importCloseButton")->text(),
             QStringLiteral("Close"));
    // Nothing was asked about the columns, so nothing is remembered.
    QVERIFY(!dump().contains(QStringLiteral("import.mapping")));
}

void TestImport::oddHeadersAreMappedAndRemembered()
{
    const QString first = write("can-bo.csv",
                                u8("Danh sách cán bộ trực\n"
                                   "Cán bộ,Liên lạc,Việc\n"
                                   "Ngô Văn Tú,0912 000 333,Bảo vệ\n"
                                   "Lê Thị Mai,0912 000 444,Văn thư\n")
                                    .toUtf8());
    auto dialog = openDialog();
    chooseFile(dialog.get(), first);
    selectData(child<QComboBox>(dialog.get(), "importKindCombo"), int(ImportKind::People));
    selectData(child<QComboBox>(dialog.get(), "importUnitCombo"), m_school);
    click(dialog.get(), "importNextButton");

    // Nothing recognised: the mapping page, with its first guess of the header row.
    QCOMPARE(dialog->currentPage(), ImportDialog::MappingPage);
    ImportPreviewModel *preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->headerRow(), 1);
    QVERIFY(preview->data(preview->index(1, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!preview->data(preview->index(2, 0), Qt::FontRole).value<QFont>().bold());
    QCOMPARE(preview->headerData(1, Qt::Vertical).toInt(), 2); // the file's row number
    QVERIFY(!child<QPushButton>(dialog.get(), "importNextButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), "mappingMessage")->text().contains(QStringLiteral("Name")));

    // Choosing another header row, then the right one again.
    auto *view = child<QTableView>(dialog.get(), "mappingPreview");
    view->setCurrentIndex(preview->index(0, 0));
    click(dialog.get(), "useHeaderRowButton");
    QCOMPARE(preview->headerRow(), 0);
    view->setCurrentIndex(preview->index(1, 0));
    click(dialog.get(), "useHeaderRowButton");
    QCOMPARE(preview->headerRow(), 1);

    auto field = [&](const char *name, ImportMapping::Field value) {
        selectData(child<QComboBox>(dialog.get(), name), int(value));
    };
    field("fieldComboA", ImportMapping::Field::Name);
    field("fieldComboB", ImportMapping::Field::Phone);
    field("fieldComboC", ImportMapping::Field::Position);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("A\nName"));
    QVERIFY(!child<QLabel>(dialog.get(), "mappingMessage")->isVisible());
    click(dialog.get(), "importNextButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::ReportPage);
    QCOMPARE(dialog->report()->rowsRead, 2);
    QCOMPARE(dialog->report()->toAdd, 2);

    // Back to the mapping and forward again keeps what was chosen.
    click(dialog.get(), "importBackButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::MappingPage);
    click(dialog.get(), "importNextButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::ReportPage);

    click(dialog.get(), "importButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::DonePage);
    QVERIFY(child<QLabel>(dialog.get(), "importResult")->text().contains(u8("remembered")));
    QCOMPARE(positionOf(u8("Lê Thị Mai"), QStringLiteral("+84912000444")), u8("Văn thư"));
    dialog.reset();

    // The same header next time (another title, capitals, no diacritics):
    // the remembered mapping is used and the mapping page is not needed.
    const QString second = write("can-bo-2.csv",
                                 u8("TRƯỜNG THPT THÁI PHIÊN\n"
                                    "Danh sách cán bộ trực Tết\n"
                                    "CAN BO,  Liên  lạc ,VIỆC\n"
                                    "Phạm Văn Long,0912 000 555,Tạp vụ\n")
                                     .toUtf8());
    dialog = openDialog();
    chooseFile(dialog.get(), second);
    selectData(child<QComboBox>(dialog.get(), "importKindCombo"), int(ImportKind::People));
    selectData(child<QComboBox>(dialog.get(), "importUnitCombo"), m_school);
    click(dialog.get(), "importNextButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::ReportPage);
    QCOMPARE(dialog->report()->rowsRead, 1);
    QCOMPARE(dialog->report()->toAdd, 1);
    QVERIFY(child<QLabel>(dialog.get(), "reportSummary")->text().contains(u8("an earlier file")));
    click(dialog.get(), "importButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::DonePage);
    QCOMPARE(positionOf(u8("Phạm Văn Long"), QStringLiteral("+84912000555")), u8("Tạp vụ"));

    // Remembered per kind: as hotlines the header is still unknown.
    const std::optional<ImportMapping> asHotlines
        = ColumnMappingStore(m_session->database())
              .find(*Importer::readTable(second), ImportKind::Hotlines);
    QVERIFY(!asHotlines);
    const std::optional<ImportMapping> asPeople
        = ColumnMappingStore(m_session->database())
              .find(*Importer::readTable(second), ImportKind::People);
    QVERIFY(asPeople);
    QCOMPARE(asPeople->headerRow, 2);
    QCOMPARE(asPeople->column(ImportMapping::Field::Position), 2);
}

void TestImport::errorsBlockTheImportUntilSkipped()
{
    const QString path = write("mixed.csv",
                               u8("Họ và tên,SĐT\n"
                                  "Ngô Văn Tú,0912 000 333\n"
                                  "Lê Thị Mai,0912.000\n"
                                  "Trần Văn Bình,0912\n")
                                   .toUtf8());
    const QString before = dump();
    auto dialog = openDialog();
    chooseFile(dialog.get(), path);
    selectData(child<QComboBox>(dialog.get(), "importUnitCombo"), m_school);
    click(dialog.get(), "importNextButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::ReportPage);
    QCOMPARE(dialog->report()->errorCount(), 2);
    auto *import = child<QPushButton>(dialog.get(), "importButton");
    auto *skip = child<QCheckBox>(dialog.get(), "skipErrorsCheck");
    QVERIFY(!import->isEnabled());
    QVERIFY(skip->isVisible());
    QVERIFY(skip->text().contains(QStringLiteral("2 row")));

    // Where each problem is, in a table that sorts by row as a number.
    auto *view = child<QTableView>(dialog.get(), "issueView");
    QAbstractItemModel *issues = view->model();
    QCOMPARE(issues->rowCount(), 2);
    QVERIFY(view->isColumnHidden(ImportIssueModel::SheetColumn)); // a CSV has no sheets
    QCOMPARE(issues->index(0, ImportIssueModel::FileColumn).data().toString(),
             QStringLiteral("mixed.csv"));
    QCOMPARE(issues->index(0, ImportIssueModel::RowColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(issues->index(0, ImportIssueModel::ColumnColumn).data().toString(),
             QStringLiteral("B"));
    QVERIFY(issues->index(0, ImportIssueModel::MessageColumn)
                .data()
                .toString()
                .contains(u8("“0912.000” is not a valid")));
    view->sortByColumn(ImportIssueModel::RowColumn, Qt::DescendingOrder);
    QCOMPARE(issues->index(0, ImportIssueModel::RowColumn).data().toString(), QStringLiteral("4"));

    skip->setChecked(true);
    QVERIFY(import->isEnabled());
    skip->setChecked(false);
    QVERIFY(!import->isEnabled());

    // Cancelling the dialog changes nothing.
    child<QPushButton>(dialog.get(), "importCloseButton")->click();
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(dump(), before);
    dialog.reset();

    // Skipping the rows in error imports the good one.
    dialog = openDialog();
    chooseFile(dialog.get(), path);
    selectData(child<QComboBox>(dialog.get(), "importUnitCombo"), m_school);
    click(dialog.get(), "importNextButton");
    child<QCheckBox>(dialog.get(), "skipErrorsCheck")->setChecked(true);
    click(dialog.get(), "importButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::DonePage);
    QVERIFY(dialog->report()->applied);
    QCOMPARE(dialog->report()->toAdd, 1);
    QCOMPARE(dialog->report()->skippedRows, 2);
    QVERIFY(child<QLabel>(dialog.get(), "importResult")
                ->text()
                .contains(QStringLiteral("left out because of their errors: 2")));
    QCOMPARE(positionOf(u8("Ngô Văn Tú"), QStringLiteral("+84912000333")), QString());
    QCOMPARE(positionOf(u8("Lê Thị Mai"), QStringLiteral("+84912000")), QStringLiteral("(nobody)"));
}

void TestImport::rosterFromAWorkbookWithSeveralSheets()
{
    // Two people of Cát Bà, written as offices write them.
    QSqlQuery q(m_session->database().connection());
    q.prepare(QStringLiteral(
        "SELECT p.full_name, n.e164 FROM people p JOIN phone_numbers n ON n.person_id = p.id "
        "WHERE p.unit_id = ? AND n.sort_order = 0 ORDER BY p.id LIMIT 2"));
    q.addBindValue(m_unfilled);
    QVERIFY(q.exec());
    QStringList people;
    while (q.next())
        people << q.value(0).toString() + QStringLiteral(" - 0") + q.value(1).toString().mid(3);
    QCOMPARE(people.size(), 2);

    const QString path = m_dir->filePath(QStringLiteral("cat-ba.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *notes = workbook_add_worksheet(book, "Hướng dẫn");
    worksheet_write_string(notes, 0, 0, "Điền lịch trực vào trang sau.", nullptr);
    lxw_worksheet *old = workbook_add_worksheet(book, "Năm trước");
    worksheet_write_string(old, 0, 0, "Ngày", nullptr);
    worksheet_hide(old);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Lịch trực");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_merge_range(sheet, 0, 0, 0, 4, "TRƯỜNG THPT CÁT BÀ", nullptr);
    worksheet_merge_range(sheet, 1, 0, 1, 4, "LỊCH TRỰC NGHỈ LỄ 30/4 – 01/5/2023", nullptr);
    const char *headers[] = {"Ngày", "Thứ", "Ca", "Lãnh đạo trực", "Cán bộ trực"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 3, lxw_col_t(c), headers[c], nullptr);
    worksheet_merge_range(sheet, 4, 0, 5, 0, "", date);
    lxw_datetime day = {2023, 4, 29, 0, 0, 0};
    worksheet_write_datetime(sheet, 4, 0, &day, date);
    worksheet_merge_range(sheet, 4, 1, 5, 1, "Thứ Bảy", nullptr);
    worksheet_write_string(sheet, 4, 2, "07:30-17:00", nullptr);
    const QByteArray leader = people.at(0).toUtf8();
    const QByteArray officer = people.at(1).toUtf8();
    worksheet_write_string(sheet, 4, 3, leader.constData(), nullptr);
    worksheet_write_string(sheet, 4, 4, officer.constData(), nullptr);
    worksheet_write_string(sheet, 5, 2, "Ca đêm", nullptr);
    worksheet_write_string(sheet, 5, 3, leader.constData(), nullptr);
    worksheet_write_string(sheet, 5, 4, "Phạm Thị Hoa - 0912 000 111; Vũ Văn Hùng 0912000222",
                           nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    auto dialog = openDialog();
    chooseFile(dialog.get(), path);
    auto *sheets = child<QComboBox>(dialog.get(), "importSheetCombo");
    QVERIFY(sheets->isEnabled());
    QCOMPARE(sheets->count(), 3);
    QCOMPARE(sheets->itemText(1), u8("Năm trước (hidden)"));
    QCOMPARE(sheets->currentText(), u8("Hướng dẫn")); // the first visible one
    selectData(sheets, u8("Lịch trực"));
    auto *kind = child<QComboBox>(dialog.get(), "importKindCombo");
    QCOMPARE(ImportKind(kind->currentData().toInt()), ImportKind::Roster); // guessed
    QVERIFY(child<QComboBox>(dialog.get(), "importPeriodCombo")->isEnabled());
    QCOMPARE(child<QComboBox>(dialog.get(), "importPeriodCombo")->currentData().toLongLong(),
             m_period);
    selectData(child<QComboBox>(dialog.get(), "importUnitCombo"), m_unfilled);
    click(dialog.get(), "importNextButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::ReportPage);
    QVERIFY2(dialog->report()->errorCount() == 0, qPrintable(dialog->report()->summary()));
    QCOMPARE(dialog->report()->sheet, u8("Lịch trực"));
    QCOMPARE(dialog->report()->rowsRead, 2);
    QCOMPARE(dialog->report()->toAdd, 5);
    click(dialog.get(), "importButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::DonePage);
    const Result<QList<Assignment>> assigned
        = m_session->periods().assignments(m_period, m_unfilled);
    QVERIFY(assigned.ok());
    QCOMPARE(assigned->size(), 5);
}

void TestImport::rosterTemplateNamesItsPeriodAndUnit()
{
    const Result<RosterTemplate> roster
        = RosterTemplate::load(m_session->database(), m_period, m_unfilled);
    QVERIFY2(roster.ok(), qPrintable(roster.message()));
    const QString path = m_dir->filePath(QStringLiteral("template.xlsx"));
    QVERIFY(TemplateExport::writeXlsx(roster.value(), path).ok());

    // The dialog opens on another period and no unit: the file tells both.
    auto dialog = std::make_unique<ImportDialog>(*m_session, NoId, NoId);
    dialog->show();
    auto *periods = child<QComboBox>(dialog.get(), "importPeriodCombo");
    periods->setCurrentIndex(periods->count() - 1);
    QVERIFY(periods->currentData().toLongLong() != m_period);
    chooseFile(dialog.get(), path);
    QCOMPARE(ImportKind(child<QComboBox>(dialog.get(), "importKindCombo")->currentData().toInt()),
             ImportKind::Roster);
    QCOMPARE(periods->currentData().toLongLong(), m_period);
    QCOMPARE(child<QComboBox>(dialog.get(), "importUnitCombo")->currentData().toLongLong(),
             m_unfilled);
    QCOMPARE(child<QComboBox>(dialog.get(), "importSheetCombo")->currentData().toString(),
             TemplateExport::rosterSheetName());
    click(dialog.get(), "importNextButton");
    QCOMPARE(dialog->currentPage(), ImportDialog::ReportPage); // no mapping needed
    QVERIFY2(dialog->report()->errorCount() == 0, qPrintable(dialog->report()->summary()));
}

void TestImport::fileMenuAndDropOpenTheImport()
{
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(!action->isEnabled()); // no database yet
    const QString path = m_session->path();
    m_session.reset();
    QVERIFY(window.openDatabase(path, false));
    QVERIFY(action->isEnabled());
    QString shown;
    QTimer::singleShot(0, [&shown] {
        QWidget *modal = QApplication::activeModalWidget();
        shown = modal ? modal->objectName() : QString();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    action->trigger();
    QCOMPARE(shown, QStringLiteral("importDialog"));

    // A CSV dropped on the window opens the import with that file chosen.
    const QString csv = dataFile("people-utf8-bom.csv");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QString chosen;
    QTimer::singleShot(50, [&chosen] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        chosen = child<QLineEdit>(dialog, "importFileEdit")->text();
        dialog->reject();
    });
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(chosen, QDir::toNativeSeparators(QFileInfo(csv).absoluteFilePath()));

    // Other files are not taken.
    QMimeData pdf;
    pdf.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("office.db")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &pdf, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
