#pragma once

#include "Importer.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace DutyDesk {

class ImportIssueModel;
class ImportPreviewModel;
class Session;

/// File ▸ Import: brings a unit's spreadsheet (CSV or XLSX) into the open
/// database in four steps. The source: the file, its sheet, what it holds
/// (guessed from its header) and, for a roster, the period and unit. The
/// column mapping, shown only when the header is not fully understood or
/// the user asks: the first rows with the header row highlighted and a
/// field chosen for each column; a corrected mapping is remembered for the
/// next file with the same header (ColumnMappingStore). The dry run's report
/// with every problem and where it is; importing is refused while there are
/// errors unless their rows are skipped. Then the import itself, off the UI
/// thread and all or nothing, and what it did.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { SourcePage, MappingPage, ReportPage, DonePage };

    ImportDialog(Session &session, Id periodId, Id unitId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Starts with `path` chosen, as when a file is dropped on the window.
    void setFile(const QString &path);

    Page currentPage() const;
    /// The report of the dry run, then of the import once applied.
    const std::optional<ImportReport> &report() const { return m_report; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    ImportIssueModel *issueModel() const { return m_issueModel; }

    /// The translated name of a field, for the mapping's combo boxes.
    static QString fieldName(ImportMapping::Field field);

private:
    void browse();
    void loadFile();
    void readSheet();
    void guessKind();
    void kindChanged();
    void next();
    void back();
    void updateButtons();

    ImportKind kind() const;
    Id periodId() const;
    Id unitId() const;
    QStringList roleNames() const;
    /// Whether the unit of the rows is known: a unit column or a chosen unit.
    bool unitKnown() const;
    /// Empty when the mapping has what the kind needs, else what is missing.
    QString missingFields() const;
    /// Finds the mapping: remembered, recognised, or a first guess; true
    /// when it can be used without showing it.
    bool prepareMapping();

    void showMapping();
    void fillFieldCombos();
    /// The mapping as the combo boxes now say.
    void fieldsChosen();
    void useSelectedHeaderRow();
    void updatePreviewHeader();

    /// What the chosen file, sheet, kind, period, unit and mapping ask for.
    ImportRequest request(bool dryRun) const;
    /// Runs `request` on a worker thread behind a cancellable progress
    /// dialog; empty when it failed (`status`) or was cancelled.
    std::optional<ImportReport> runInBackground(ImportRequest request, const QString &label,
                                                const char *progressName, Status &status,
                                                bool &cancelled);
    bool runDryRun();
    void showReport();
    void applyImport();

    Session &m_session;
    QStackedWidget *m_pages;

    // The source
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_sheet;
    QComboBox *m_kind;
    QComboBox *m_period;
    QComboBox *m_unit;
    QCheckBox *m_reviewMapping;
    QLabel *m_sourceMessage;

    // The column mapping
    QTableView *m_preview;
    ImportPreviewModel *m_previewModel;
    QPushButton *m_useHeaderRow;
    QGridLayout *m_fieldGrid;
    QWidget *m_fieldBox;
    QList<QComboBox *> m_fieldCombos;
    QLabel *m_mappingMessage;

    // The report
    QLabel *m_summary;
    QTableView *m_issueView;
    ImportIssueModel *m_issueModel;
    QSortFilterProxyModel *m_sortedIssues;
    QCheckBox *m_skipErrors;
    QLabel *m_reportMessage;

    // The result
    QLabel *m_result;

    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
    QPushButton *m_close;

    QString m_loadedPath; ///< the file the sheets and the table were read from
    std::optional<ImportTable> m_table;
    bool m_template = false; ///< the file is a DutyDesk roster template
    ImportMapping m_mapping;
    /// The user saw (and may have corrected) the mapping: it is remembered
    /// once the import is done.
    bool m_mappingShown = false;
    bool m_mappingRemembered = false; ///< the mapping comes from ColumnMappingStore
    std::optional<ImportReport> m_report;
};

} // namespace DutyDesk
