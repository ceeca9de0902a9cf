#pragma once

// What the complaints module's GUI tests start from: one `saduak` process as the whole branch
// (BranchSession, embedded hub on a database in a temporary folder) with the program's real
// plugins loaded from SADUAK_MODULE_DIR, the branch code and status URL set, receipts printed to
// a pdf: folder, the reference data a hub pulls from central (categories, a few areas), and a
// supervisor logged in at this PC (device "local"; seatStaff) as after the log-in screen.
#include <saduak/branchsession.h>
#include <shell/appsettings.h>
#include <shell/languageswitcher.h>

#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace saduak::test {

inline const QString kStatusUrl = QStringLiteral("https://central.example/complaints/status/");
inline const QString kBranchCode = QStringLiteral("B001");

class ComplaintBranch
{
public:
    ComplaintBranch();
    ~ComplaintBranch();

    // clock: the hub's UTC ms (empty: the system clock). port: also serve the LAN there, on
    // loopback (0: any free port; -1: not at all). Again after close(): the same database.
    bool open(QString *why, std::function<qint64()> clock = {}, int port = -1);
    // The branch's process ends (modules shut down, the LAN port closed); the folder stays.
    void close();
    // Pairs a counter PC with the hub, an officer logged in there, and returns its token.
    QString pairCounter(int counterNumber);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    BranchSession &session() { return *m_session; }
    AppSettings &settings() { return *m_settings; }
    LanguageSwitcher &language() { return *m_language; }
    ShellContext context() { return m_session->shellContext(m_language.get()); }
    QString receiptFolder() const { return m_dir.filePath(QStringLiteral("receipts")); }
    // The receipts printed so far, oldest first (file names sort by time).
    QStringList receipts() const;
    QByteArray receipt(const QString &name) const;
    int count(const QString &sql) const;

private:
    bool seedReferenceData(QString *why);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<BranchSession> m_session;
};

// Saves window as SCREENSHOT_DIR/name.png; false if it could not be written.
bool saveScreenshot(QWidget *window, const QString &name);

} // namespace saduak::test
