#include "AppSettings.h"

#include "AppInfo.h"
#include "Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace DutyDesk {

namespace {
// Keys in one place, so a typo cannot split a value in two.
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/directorySplitter");
const QString LastViewKey = QStringLiteral("window/lastView");
const QString LastDatabaseKey = QStringLiteral("files/lastDatabase");
const QString RecentFilesKey = QStringLiteral("files/recent");
const QString LanguageKey = QStringLiteral("interface/language");
const QString DutyDeskReadOnlyKey = QStringLiteral("desk/readOnly");
} // namespace

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName.isEmpty()
                     ? std::make_unique<QSettings>(QString::fromLatin1(AppInfo::Organisation),
                                                   QString::fromLatin1(AppInfo::ApplicationName))
                     : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

QByteArray AppSettings::directorySplitterState() const
{
    return m_settings->value(SplitterKey).toByteArray();
}

void AppSettings::setDirectorySplitterState(const QByteArray &state)
{
    m_settings->setValue(SplitterKey, state);
}

QString AppSettings::lastView() const
{
    return m_settings->value(LastViewKey).toString();
}

void AppSettings::setLastView(const QString &view)
{
    m_settings->setValue(LastViewKey, view);
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(LastDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    m_settings->setValue(LastDatabaseKey, path);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(RecentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(RecentFilesKey, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(RecentFilesKey);
}

QString AppSettings::language() const
{
    const QString language
        = m_settings->value(LanguageKey, Translations::defaultLanguage()).toString();
    return Translations::availableLanguages().contains(language) ? language
                                                                 : Translations::defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

bool AppSettings::dutyDeskReadOnly() const
{
    return m_settings->value(DutyDeskReadOnlyKey, false).toBool();
}

void AppSettings::setDutyDeskReadOnly(bool readOnly)
{
    m_settings->setValue(DutyDeskReadOnlyKey, readOnly);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace DutyDesk
