// The complaints module at the counter, through its panel, on a branch in one process (the real
// plugin, its hub part at the embedded hub, a hub clock the test moves): the intake takes the
// citizen from the ID card (shown masked) or files anonymously; the branch's list follows every
// filing (the hub's event) and marks an overdue complaint in words and with a sign, first.
#include "complaintbranch.h"

#include "poppler.h"
#include "qrdecode.h"

#include <complaintlistmodel.h>
#include <complaintworkflow.h>

#include <domain/citizen.h>
#include <hub/branchhub.h>
#include <shell/counterwindow.h>
#include <storage/database.h>
#include <sync/referencestore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::complaints;
using namespace saduak::test;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

Citizen aCitizen()
{
    Citizen citizen;
    citizen.id = ThaiCitizenId::parse(u"1101700230708"_s);
    citizen.thaiName = {u"นางสาว"_s, u"สมหญิง"_s, {}, u"ใจดี"_s};
    citizen.englishName = {u"Miss"_s, u"Somying"_s, {}, u"Jaidee"_s};
    return citizen;
}

} // namespace

class TestComplaintPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ComplaintBranch> m_branch;
    std::unique_ptr<CounterWindow> m_counter;
    qint64 m_clockOffsetMs = 0;

    template<typename T>
    T *child(const QString &name) const
    {
        return m_counter->findChild<T *>(name);
    }
    // The plugin's own classes are not cast to across the library boundary: the panel is found
    // by the name the counter gives it, its list through the view's model.
    QWidget *panel() const { return child<QWidget>(u"modulePanel_complaints"_s); }
    QAbstractItemModel *list() const
    {
        auto *view = child<QTableView>(u"complaintList"_s);
        return view ? view->model() : nullptr;
    }
    bool fill(const QString &subject)
    {
        auto *category = child<QComboBox>(u"categoryBox"_s);
        auto *province = child<QComboBox>(u"provinceBox"_s);
        if (!QTest::qWaitFor([&] { return category->count() == 3 && province->count() == 3; }))
            return false;
        category->setCurrentIndex(category->findData(u"nuisance"_s));
        province->setCurrentIndex(province->findData(u"10"_s));
        auto *amphoe = child<QComboBox>(u"amphoeBox"_s);
        if (!QTest::qWaitFor([&] { return amphoe->count() == 3; }))
            return false;
        amphoe->setCurrentIndex(amphoe->findData(u"1001"_s));
        auto *tambon = child<QComboBox>(u"tambonBox"_s);
        if (!QTest::qWaitFor([&] { return tambon->count() == 2; }))
            return false;
        tambon->setCurrentIndex(tambon->findData(u"100101"_s));
        child<QLineEdit>(u"subjectEdit"_s)->setText(subject);
        child<QPlainTextEdit>(u"descriptionEdit"_s)->setPlainText(u"เสียงดังทุกคืนหลังเที่ยงคืน"_s);
        child<QCheckBox>(u"privacyAcknowledgedBox"_s)->setChecked(true);
        return true;
    }
    // Files what the form holds and waits for the list to follow the hub's event.
    bool fileAndWaitForTheList(int rows)
    {
        QTest::mouseClick(child<QPushButton>(u"fileComplaintButton"_s), Qt::LeftButton);
        return QTest::qWaitFor([&] { return list()->rowCount() == rows; });
    }
    QJsonObject lastOutboxRecord() const
    {
        QSqlQuery q(m_branch->session().hub()->database().connection());
        if (!q.exec(u"SELECT payload FROM outbox WHERE kind = 'complaints.complaint'"
                    " ORDER BY seq DESC LIMIT 1"_s)
            || !q.next())
            return {};
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }

private Q_SLOTS:
    void init()
    {
        m_clockOffsetMs = 0;
        m_branch = std::make_unique<ComplaintBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why,
                     [this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs; }),
            qPrintable(why));
        m_counter = std::make_unique<CounterWindow>(m_branch->context());
        m_counter->resize(1600, 1000);
        m_counter->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_counter.get()));
        QVERIFY2(panel(), "the complaints panel is not in the counter's module area");
        if (auto *tabs = child<QTabWidget>(u"moduleTabs"_s))
            tabs->setCurrentWidget(child<QWidget>(u"modulePanel_complaints"_s));
    }

    void cleanup()
    {
        m_counter.reset();
        m_branch.reset();
    }

    void theCardReadersPanelStaysTheFirstTab()
    {
        // "complaints" sorts before "idcard", but the card is where every service starts.
        auto *tabs = child<QTabWidget>(u"moduleTabs"_s);
        QVERIFY(tabs && tabs->count() >= 2);
        QCOMPARE(tabs->widget(0)->objectName(), u"modulePanel_idcard"_s);
    }

    void theCitizenFromTheCardIsShownMaskedAndFiledUnlessAnonymous()
    {
        auto *complainant = child<QLabel>(u"complainantLabel"_s);
        auto *anonymous = child<QCheckBox>(u"anonymousBox"_s);
        QVERIFY(anonymous->isChecked() && !anonymous->isEnabled()); // no card yet
        m_branch->session().desk().setCitizen(aCitizen());
        QTRY_VERIFY(anonymous->isEnabled());
        QVERIFY(!anonymous->isChecked());
        QVERIFY2(
            complainant->text().contains(u"นางสาว สมหญิง ใจดี"_s), qPrintable(complainant->text()));
        QVERIFY2(
            complainant->text().contains(aCitizen().id->masked()), qPrintable(complainant->text()));
        QVERIFY(!complainant->text().contains(u"1101700230708"_s));
        QVERIFY(!complainant->text().contains(aCitizen().id->formatted()));

        QVERIFY(fill(u"เสียงดังจากร้านอาหาร"_s));
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-intake-citizen"_s));
        QVERIFY(fileAndWaitForTheList(1));
        QJsonObject record = lastOutboxRecord();
        QCOMPARE(record.value(u"channel"_s).toString(), u"counter"_s);
        QCOMPARE(record.value(u"complainant"_s).toObject().value(u"citizenId"_s).toString(),
            u"1101700230708"_s);
        QCOMPARE(
            record.value(u"complainant"_s).toObject().value(u"firstName"_s).toString(), u"สมหญิง"_s);
        QVERIFY(child<QLabel>(u"counterFiledLabel"_s)
                    ->text()
                    .contains(record.value(u"trackingNumber"_s).toString()));
        // The receipt from the counter's printer: its QR, and nobody's name or ID on it.
        QTRY_COMPARE(m_branch->receipts().size(), 1);
        QString why;
        const QByteArray pdf = m_branch->receipt(m_branch->receipts().first());
        const QString printed = pdfText(pdf, &why);
        QVERIFY2(printed.contains(record.value(u"trackingNumber"_s).toString()), qPrintable(why));
        for (const QString &secret : {u"สมหญิง"_s, u"ใจดี"_s, u"1101700230708"_s,
                 aCitizen().id->formatted(), aCitizen().id->masked()})
            QVERIFY2(
                !comparableText(printed).contains(comparableText(secret)), qPrintable(printed));
        QCOMPARE(decodeQr(renderPdfPage(pdf, 203, 1, &why)).text,
            kStatusUrl + record.value(u"trackingNumber"_s).toString());

        // The same citizen, anonymous this time: nobody's name goes.
        QVERIFY(fill(u"เสียงดังอีกครั้ง"_s));
        anonymous->setChecked(true);
        QVERIFY(fileAndWaitForTheList(2));
        record = lastOutboxRecord();
        QVERIFY2(record.value(u"complainant"_s).isNull(),
            qPrintable(QString::fromUtf8(QJsonDocument(record).toJson())));
    }

    void centralsChangeShowsInTheListWithoutAClick()
    {
        // A counter whose list asks the hub again every second (the default is a minute).
        m_counter.reset();
        m_branch->settings().raw().setValue(u"modules/complaints/listRefreshSeconds"_s, 1);
        m_counter = std::make_unique<CounterWindow>(m_branch->context());
        m_counter->resize(1600, 1000);
        m_counter->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_counter.get()));
        if (auto *tabs = child<QTabWidget>(u"moduleTabs"_s))
            tabs->setCurrentWidget(child<QWidget>(u"modulePanel_complaints"_s));
        QVERIFY(fill(u"ท่อระบายน้ำอุดตัน"_s));
        QVERIFY(fileAndWaitForTheList(1));
        child<QTabWidget>(u"complaintTabs"_s)->setCurrentIndex(2);
        const QString number = list()->index(0, ComplaintListModel::Number).data().toString();

        // Central's desk registered it; the hub's reference pull stores that, and nothing tells
        // the screens (no module event comes with a pull).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject status {{u"trackingNumber"_s, number}, {u"state"_s, u"registered"_s},
            {u"category"_s, u"nuisance"_s}, {u"agency"_s, QString()}, {u"reopenCount"_s, 0},
            {u"dueAtMs"_s, double(now + 15 * kDayMs)},
            {u"history"_s,
                QJsonArray {QJsonObject {{u"state"_s, u"received"_s}, {u"atMs"_s, double(now)},
                                {u"note"_s, QString()}},
                    QJsonObject {{u"state"_s, u"registered"_s}, {u"atMs"_s, double(now)},
                        {u"note"_s, u"รับเรื่องแล้ว"_s}}}}};
        ReferenceStore store(m_branch->session().hub()->database());
        QString why;
        const qint64 after = store.state(u"complaint-status"_s).cursor;
        QVERIFY2(store.applyPage(u"complaint-status"_s, after,
                     {{number, QJsonDocument(status).toJson(QJsonDocument::Compact)}}, after + 1,
                     true, 0, now, &why),
            qPrintable(why));

        QTRY_COMPARE_WITH_TIMEOUT(list()->index(0, ComplaintListModel::State).data().toString(),
            displayName(ComplaintState::Registered), 10000);
    }

    void theListPutsAnOverdueComplaintFirstMarkedInWordsAndWithASign()
    {
        // Filed 20 days ago (the hub's clock), answered by nobody since.
        m_clockOffsetMs = -20 * kDayMs;
        QVERIFY(fill(u"ไฟถนนดับมาสามสัปดาห์"_s));
        QVERIFY(fileAndWaitForTheList(1));
        const QString old = list()->index(0, ComplaintListModel::Number).data().toString();
        // Today: another one, filed at this counter; the list follows the hub's event.
        m_clockOffsetMs = 0;
        QVERIFY(fill(u"ขยะล้นถังหน้าตลาด"_s));
        QVERIFY(fileAndWaitForTheList(2));

        QAbstractItemModel *model = list();
        QCOMPARE(model->index(0, ComplaintListModel::Number).data().toString(), old);
        const QModelIndex overdue = model->index(0, ComplaintListModel::Overdue);
        QCOMPARE(overdue.data().toString(),
            QCoreApplication::translate("saduak::complaints::ComplaintListModel", "Overdue"));
        QVERIFY(!overdue.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model->index(0, ComplaintListModel::State).data().toString(),
            displayName(ComplaintState::Received));
        QCOMPARE(
            model->index(0, ComplaintListModel::Category).data().toString(), u"เหตุเดือดร้อนรำคาญ"_s);
        // The new one is not overdue, and says nothing there.
        QCOMPARE(model->index(1, ComplaintListModel::Overdue).data().toString(), QString());
        QVERIFY(model->index(1, ComplaintListModel::Overdue).data(Qt::DecorationRole).isNull());
        QVERIFY2(child<QLabel>(u"complaintListStatus"_s)
                     ->text()
                     .contains(QCoreApplication::translate(
                         "saduak::complaints::ComplaintPanel", "%n overdue", nullptr, 1)),
            qPrintable(child<QLabel>(u"complaintListStatus"_s)->text()));

        child<QTabWidget>(u"complaintTabs"_s)->setCurrentIndex(2);
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-list"_s));

        // Enter on it opens it in the lookup, with the subject the counter may see.
        auto *view = child<QTableView>(u"complaintList"_s);
        view->setFocus();
        view->setCurrentIndex(model->index(0, ComplaintListModel::Number));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY2(child<QLabel>(u"statusOverdue"_s)->isVisible(),
            qPrintable(child<QLabel>(u"statusProblem"_s)->text() + u" | "_s
                + child<QLabel>(u"statusNumber"_s)->text() + u" | "_s
                + child<QLineEdit>(u"counterTrackingNumberEdit"_s)->text()));
        QVERIFY(child<QLabel>(u"statusSubject"_s)->text().contains(u"ไฟถนนดับมาสามสัปดาห์"_s));
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-lookup"_s));
        child<QTabWidget>(u"complaintTabs"_s)->setCurrentIndex(0);
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-intake"_s));
    }
};

QTEST_MAIN(TestComplaintPanel)
#include "tst_complaintpanel.moc"
