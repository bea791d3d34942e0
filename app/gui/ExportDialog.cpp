#include "ExportDialog.h"

#include "FileDialog.h"
#include "Format.h"
#include "Session.h"
#include "TemplateExport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace DutyDesk {

ExportDialog::ExportDialog(Session &session, Id periodId, Id unitId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    Format::translateButtons(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    m_kind->setObjectName(QStringLiteral("exportKindCombo"));
    m_kind->addItem(tr("Official duty roster"), int(ExportKind::Roster));
    m_kind->addItem(tr("Call sheets for duty officers"), int(ExportKind::CallSheet));
    m_kind->addItem(tr("Contacts of the directory"), int(ExportKind::Contacts));
    m_kind->addItem(tr("Roster template for a unit to fill in (XLSX)"), int(ExportKind::Template));

    m_period->setObjectName(QStringLiteral("exportPeriodCombo"));
    if (const auto periods = session.periods().periods()) {
        for (const DutyPeriod &p : periods.value())
            m_period->addItem(p.title, p.id);
    }
    m_period->setCurrentIndex(qMax(0, m_period->findData(periodId)));

    m_unit->setObjectName(QStringLiteral("exportUnitCombo"));
    m_unit->addItem(tr("All units"), NoId);
    if (const auto units = session.directory().units()) {
        for (const Unit &u : units.value()) {
            if (u.active)
                m_unit->addItem(u.name, u.id);
        }
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitId)));

    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiterCombo"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));

    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&What:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("CSV &delimiter:"), m_delimiter);
    form->addRow(tr("&Save as:"), where);
    form->addRow(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
    resize(600, sizeHint().height());
}

QString ExportDialog::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF document (*.pdf)");
    case ExportFormat::Xlsx:
        return tr("Excel workbook (*.xlsx)");
    case ExportFormat::Csv:
        return tr("CSV table (*.csv)");
    case ExportFormat::Ics:
        return tr("iCalendar (*.ics)");
    case ExportFormat::Vcf:
        return tr("vCard contacts (*.vcf)");
    }
    return {};
}

void ExportDialog::kindChanged()
{
    const auto kind = ExportKind(m_kind->currentData().toInt());
    {
        const QSignalBlocker blocker(m_format);
        m_format->clear();
        for (ExportFormat f : Exporter::formats(kind))
            m_format->addItem(formatName(f), int(f));
    }
    m_period->setEnabled(kind != ExportKind::Contacts);
    formatChanged();
}

void ExportDialog::formatChanged()
{
    m_delimiter->setEnabled(ExportFormat(m_format->currentData().toInt()) == ExportFormat::Csv);
    if (!m_pathEdited)
        m_path->setText(proposedFileName());
    updateButtons();
}

QString ExportDialog::proposedFileName() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const auto kind = ExportKind(m_kind->currentData().toInt());
    const auto format = ExportFormat(m_format->currentData().toInt());
    if (kind == ExportKind::Template && m_unit->currentData().toLongLong() != NoId)
        return QDir(dir).filePath(
            TemplateExport::fileName(m_unit->currentText(), m_period->currentText()));
    QString base = Exporter::key(kind);
    if (m_unit->currentData().toLongLong() != NoId)
        base += QLatin1Char('-') + m_unit->currentText();
    else if (kind != ExportKind::Contacts)
        base += QLatin1Char('-') + m_period->currentText();
    // Keep the file name portable: no slashes or other separators.
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : base) {
        if (bad.contains(c))
            c = QLatin1Char('-');
    }
    return QDir(dir).filePath(base + QLatin1Char('.') + Exporter::suffix(format));
}

void ExportDialog::browse()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    QString path
        = FileDialog::getSaveFileName(this, tr("Export"), m_path->text(), formatName(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + Exporter::suffix(format);
    m_pathEdited = true;
    m_path->setText(path);
}

void ExportDialog::updateButtons()
{
    const auto kind = ExportKind(m_kind->currentData().toInt());
    // A template is made for one unit, never for "All units".
    const bool ok = !m_path->text().trimmed().isEmpty() && m_format->count() > 0
        && (kind == ExportKind::Contacts || m_period->currentData().toLongLong() != NoId)
        && (kind != ExportKind::Template || m_unit->currentData().toLongLong() != NoId);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.kind = ExportKind(m_kind->currentData().toInt());
    r.format = ExportFormat(m_format->currentData().toInt());
    r.periodId = r.kind == ExportKind::Contacts ? NoId : m_period->currentData().toLongLong();
    r.unitId = m_unit->currentData().toLongLong();
    r.outputPath = m_path->text().trimmed();
    r.csvDelimiter = m_delimiter->currentData().toString().at(0);
    return r;
}

} // namespace DutyDesk
