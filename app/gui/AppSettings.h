#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace DutyDesk {

/// The application's own preferences on this computer (window geometry, last
/// view, recent files, language, duty desk), typed. The only place that touches
/// QSettings; tests give it a temporary file.
class AppSettings
{
public:
    /// The user's settings; or the INI file `fileName` when given (tests).
    explicit AppSettings(const QString &fileName = {});
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    static constexpr int MaxRecentFiles = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray directorySplitterState() const;
    void setDirectorySplitterState(const QByteArray &state);

    /// The key of the page shown last ("directory", "now", ...).
    QString lastView() const;
    void setLastView(const QString &view);

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    /// Most recent first.
    QStringList recentFiles() const;
    /// Puts `path` first in the recent files.
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    /// "vi" or "en"; "vi" until the user chooses.
    QString language() const;
    void setLanguage(const QString &language);

    /// This computer is a duty desk: the database opens in read-only duty mode.
    bool dutyDeskReadOnly() const;
    void setDutyDeskReadOnly(bool readOnly);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace DutyDesk
