// The supervisor's dead letters panel (issue 16, item 3) on a real branch hub that pushes to a
// real saduak-central on loopback: rows central refuses for good (a payload over its limit) are
// listed, latest first, with central's reason — and never with the row's content, which here
// holds a citizen's id. Above them, the sync state as the hub has it.
#include "../../integration/central/centralprocess.h"
#include "shelltestbranch.h"

#include <hub/localqueuelink.h>
#include <shell/supervisor/deadlettermodel.h>
#include <shell/supervisor/deadletterspanel.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>
#include <sync/syncclient.h>

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QString kCitizenId = u"1101700230708"_s;

// A row of this kind with a citizen's id in it; bytes of filler make central refuse it (its limit
// for one payload is 256 KiB). Returns its outbox seq, 0 on failure.
qint64 appendRow(Database &db, const QString &kind, qsizetype bytes, qint64 createdAtMs)
{
    WriteTransaction tx(db.connection());
    OutboxRow row;
    row.kind = kind;
    row.payload = {{u"citizenId"_s, kCitizenId}, {u"filler"_s, QString(bytes, u'x')}};
    row.createdAtMs = createdAtMs;
    const QString uuid = Outbox::append(db, row);
    if (uuid.isEmpty() || !tx.commit())
        return 0;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT seq FROM outbox WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString isoBangkok(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone("Asia/Bangkok"))
        .toString(Qt::ISODate);
}

} // namespace

class TestDeadLettersPanel : public QObject
{
    Q_OBJECT

    static QString label(QWidget &panel, const QString &name)
    {
        auto *l = panel.findChild<QLabel *>(name);
        return l && l->isVisible() ? l->text() : QString();
    }

private Q_SLOTS:
    void rowsCentralRefusedAreListedWithoutTheirContent()
    {
        TestBranch branch;
        QString why;
        QVERIFY2(branch.open(&why), qPrintable(why));
        branch.language().setLanguage(Language::English);
        CentralProcess central(branch.path(u"central.sqlite"_s));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(central.start() != 0);

        DeadLettersPanel panel(branch.queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &DeadLettersPanel::refreshed);
        panel.show();
        QVERIFY(refreshed.wait());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY2(label(panel, u"deadLettersSync"_s).contains(u"does not send to central"_s),
            qPrintable(label(panel, u"deadLettersSync"_s)));

        SyncClient::Options options;
        options.centralUrl = central.url();
        options.token = token;
        options.minBackoffMs = 10;
        options.maxBackoffMs = 100;
        options.idlePollMs = 50;
        branch.localLink()->followSync(&branch.hub().startSync(options));

        // A row central takes, then one it refuses; once that is refused, another it refuses.
        Database &db = branch.hub().database();
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60'000;
        QVERIFY(appendRow(db, u"event"_s, 10, t0) > 0);
        const qint64 first = appendRow(db, u"complaints.record"_s, 300 * 1024, t0 + 1000);
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            branch.queue().syncState() && branch.queue().syncState()->deadLetters == 1, 20000);
        const qint64 second = appendRow(db, u"complaints.attachmentPart"_s, 280 * 1024, t0 + 2000);
        QVERIFY(second > first);
        // The panel asks again by itself when the count of refused rows changes.
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, 20000);
        QTRY_COMPARE(branch.queue().syncState()->pending, 0);

        // Latest refused first: what, when written, central's status and reason.
        const DeadLetterRow latest = panel.model()->letters().at(0);
        const DeadLetterRow earlier = panel.model()->letters().at(1);
        QCOMPARE(latest.seq, second);
        QCOMPARE(latest.kind, u"complaints.attachmentPart"_s);
        QCOMPARE(latest.createdAtMs, t0 + 2000);
        QCOMPARE(latest.httpStatus, 200); // named as refused in central's acknowledgement
        QVERIFY2(latest.reason.startsWith(u"payload is "_s), qPrintable(latest.reason));
        QCOMPARE(earlier.seq, first);
        QCOMPARE(earlier.kind, u"complaints.record"_s);
        QVERIFY(earlier.deadAtMs <= latest.deadAtMs);
        const QAbstractItemModel &m = *panel.model();
        QCOMPARE(m.index(0, DeadLetterModel::KindColumn).data().toString(),
            u"complaints.attachmentPart"_s);
        QCOMPARE(m.index(0, DeadLetterModel::StatusColumn).data().toString(), u"200"_s);
        QCOMPARE(m.index(1, DeadLetterModel::SeqColumn).data().toString(), QString::number(first));
        for (int r = 0; r < m.rowCount(); ++r)
            for (int c = 0; c < m.columnCount(); ++c)
                QVERIFY(!m.index(r, c).data().toString().contains(kCitizenId));

        // Above the list: the sync state, with the two refused rows.
        QTRY_VERIFY2(label(panel, u"deadLettersSync"_s).contains(u"2 refused by central"_s),
            qPrintable(label(panel, u"deadLettersSync"_s)));

        // Copy for support: the header and the rows selected, times as ISO with the offset.
        panel.view()->selectionModel()->select(m.index(1, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString text = panel.selectedText();
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"Central's reason"_s), qPrintable(lines.at(0)));
        const QStringList cells = lines.at(1).split(u'\t');
        QCOMPARE(cells.size(), qsizetype(DeadLetterModel::ColumnCount));
        QCOMPARE(cells.at(DeadLetterModel::CreatedAtColumn), isoBangkok(t0 + 1000));
        QVERIFY(cells.at(DeadLetterModel::CreatedAtColumn).endsWith(u"+07:00"_s));
        QCOMPARE(cells.at(DeadLetterModel::KindColumn), u"complaints.record"_s);
        QCOMPARE(cells.at(DeadLetterModel::SeqColumn), QString::number(first));
        QVERIFY(!text.contains(kCitizenId) && !text.contains(u"xxxx"_s));
        panel.copySelected();
        QCOMPARE(QApplication::clipboard()->text(), text);

        // In Thai: the dates with the Buddhist-Era year.
        branch.language().setLanguage(Language::Thai);
        panel.retranslateUi(Language::Thai);
        const QString shown = m.index(1, DeadLetterModel::CreatedAtColumn).data().toString();
        const QDateTime bangkok
            = QDateTime::fromMSecsSinceEpoch(t0 + 1000, QTimeZone("Asia/Bangkok"));
        QVERIFY2(shown.contains(QString::number(bangkok.date().year() + 543)), qPrintable(shown));
        QVERIFY2(containsThai(label(panel, u"deadLettersSync"_s)),
            qPrintable(label(panel, u"deadLettersSync"_s)));
        panel.resize(1100, 400);
        QVERIFY(saveScreenshot(&panel, u"supervisor-refused-rows-listed-th"_s));
        branch.language().setLanguage(Language::English);
        panel.retranslateUi(Language::English);
        QVERIFY(saveScreenshot(&panel, u"supervisor-refused-rows-listed-en"_s));
    }
};

QTEST_MAIN(TestDeadLettersPanel)
#include "tst_deadletterspanel.moc"
