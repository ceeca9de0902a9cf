#include "complaintbranch.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <queuelink/queuelink.h>
#include <seatedstaff.h>
#include <storage/database.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace saduak::test {

ComplaintBranch::ComplaintBranch() = default;

ComplaintBranch::~ComplaintBranch()
{
    close();
}

void ComplaintBranch::close()
{
    if (m_session)
        m_session->shutDown();
    m_session.reset();
}

QString ComplaintBranch::pairCounter(int counterNumber)
{
    QString why;
    const auto paired = m_session->hub()->devices().pair(
        Device::Role::Counter, u"Counter %1"_s.arg(counterNumber), counterNumber, &why);
    if (!paired)
        qFatal("pairing failed: %s", qPrintable(why));
    // An officer is logged in at that PC, as after its log-in screen.
    if (!seatStaff(m_session->hub()->database(), paired->device.id, StaffRole::Counter, &why))
        qFatal("seating staff failed: %s", qPrintable(why));
    return paired->token;
}

bool ComplaintBranch::open(QString *why, std::function<qint64()> clock, int port)
{
    if (!m_dir.isValid() || !QDir().mkpath(receiptFolder())) {
        *why = u"no temporary folder"_s;
        return false;
    }
    if (!m_settings) { // not again on a reopen: screens of other PCs may hold the language
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"saduak.ini"_s));
        QSettings &raw = m_settings->raw();
        raw.setValue(u"modules/complaints/branchCode"_s, kBranchCode);
        raw.setValue(u"modules/complaints/statusUrl"_s, kStatusUrl);
        raw.setValue(u"printing/receiptPrinter"_s, QString(u"pdf:"_s + receiptFolder()));
        raw.setValue(u"queue/openAllDay"_s, true); // the kiosk works at any hour of the test
        m_language = std::make_unique<LanguageSwitcher>();
        m_language->setLanguage(Language::Thai);
    }

    BranchSession::Options options;
    options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
    options.moduleFolder = qEnvironmentVariable("SADUAK_MODULE_DIR");
    options.clock = std::move(clock);
    options.serve = port >= 0;
    options.listenAddress = QHostAddress::LocalHost;
    options.port = quint16(std::max(port, 0));
    // The tests show this PC's kiosk page and its counter panel from one session, which only a
    // supervisor's PC may be to its hub (a counter PC's filings are the counter's, whatever page
    // asked); `saduak --mode kiosk` on a PC of its own is a kiosk.
    options.localRole = DeviceRole::Supervisor;
    StorageError error;
    QString serveError;
    m_session = BranchSession::open(options, *m_settings, &error, &serveError);
    if (!m_session || !serveError.isEmpty()) {
        *why = m_session ? serveError : error.detail;
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_session->isReady(); }, 5000)) {
        *why = u"the session did not get ready"_s;
        return false;
    }
    // This PC is a supervisor's PC of its hub (above): a supervisor is logged in there, and the
    // link asks again who is (it asked at its start).
    if (!seatStaff(m_session->hub()->database(), u"local"_s, StaffRole::Supervisor, why))
        return false;
    m_session->queue().refreshStaff();
    if (!QTest::qWaitFor([this] { return m_session->queue().staff().has_value(); }, 5000)) {
        *why = u"the hub did not say who is logged in at this PC"_s;
        return false;
    }
    const ShellContext shell = context();
    if (std::none_of(shell.modules.begin(), shell.modules.end(),
            [](const LoadedModule &m) { return m.info.id == u"complaints"_s; })) {
        *why = u"the complaints plugin did not load from SADUAK_MODULE_DIR"_s;
        return false;
    }
    return seedReferenceData(why);
}

// As the sync client would have pulled them from central (docs/central-api.md, "Reference data").
bool ComplaintBranch::seedReferenceData(QString *why)
{
    const QList<std::pair<QString, QJsonObject>> items {
        {u"complaint-categories|roads"_s,
            {{u"code"_s, u"roads"_s}, {u"th"_s, u"ถนน ทางเท้า"_s},
                {u"en"_s, u"Roads and footpaths"_s}}},
        {u"complaint-categories|nuisance"_s,
            {{u"code"_s, u"nuisance"_s}, {u"th"_s, u"เหตุเดือดร้อนรำคาญ"_s},
                {u"en"_s, u"Nuisance"_s}}},
        {u"admin-areas|p10"_s,
            {{u"code"_s, u"10"_s}, {u"th"_s, u"กรุงเทพมหานคร"_s}, {u"en"_s, u"Bangkok"_s},
                {u"parent"_s, u""_s}}},
        {u"admin-areas|p11"_s,
            {{u"code"_s, u"11"_s}, {u"th"_s, u"สมุทรปราการ"_s}, {u"en"_s, u"Samut Prakan"_s},
                {u"parent"_s, u""_s}}},
        {u"admin-areas|d1001"_s,
            {{u"code"_s, u"1001"_s}, {u"th"_s, u"พระนคร"_s}, {u"en"_s, u"Phra Nakhon"_s},
                {u"parent"_s, u"10"_s}}},
        {u"admin-areas|d1004"_s,
            {{u"code"_s, u"1004"_s}, {u"th"_s, u"บางรัก"_s}, {u"en"_s, u"Bang Rak"_s},
                {u"parent"_s, u"10"_s}}},
        {u"admin-areas|t100401"_s,
            {{u"code"_s, u"100401"_s}, {u"th"_s, u"มหาพฤฒาราม"_s},
                {u"en"_s, u"Maha Phruettharam"_s}, {u"parent"_s, u"1004"_s},
                {u"postalCode"_s, u"10500"_s}}},
        {u"admin-areas|t100402"_s,
            {{u"code"_s, u"100402"_s}, {u"th"_s, u"สีลม"_s}, {u"en"_s, u"Si Lom"_s},
                {u"parent"_s, u"1004"_s}, {u"postalCode"_s, u"10500"_s}}},
        {u"admin-areas|t100101"_s,
            {{u"code"_s, u"100101"_s}, {u"th"_s, u"พระบรมมหาราชวัง"_s},
                {u"en"_s, u"Phra Borom Maha Ratchawang"_s}, {u"parent"_s, u"1001"_s}}},
    };
    QSqlQuery q(m_session->hub()->database().connection());
    for (const auto &[where, payload] : items) {
        q.prepare(
            u"INSERT OR REPLACE INTO sync_reference_item (dataset, item_key, payload, generation)"
            " VALUES (?, ?, ?, 1)"_s);
        q.addBindValue(where.section(u'|', 0, 0));
        q.addBindValue(where.section(u'|', 1, 1));
        q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            *why = q.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList ComplaintBranch::receipts() const
{
    return QDir(receiptFolder()).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
}

QByteArray ComplaintBranch::receipt(const QString &name) const
{
    QFile file(QDir(receiptFolder()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int ComplaintBranch::count(const QString &sql) const
{
    QSqlQuery q(m_session->hub()->database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

bool saveScreenshot(QWidget *window, const QString &name)
{
    QCoreApplication::sendPostedEvents(); // lay out what the last change asked for
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    return window->grab().save(QStringLiteral(SCREENSHOT_DIR) + u'/' + name + u".png"_s);
}

} // namespace saduak::test
