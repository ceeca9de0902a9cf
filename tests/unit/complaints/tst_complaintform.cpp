#include "complaintform.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::complaints::ComplaintFormCheck;
using saduak::complaints::FormProblem;

namespace {

// A form that may be filed: every field, the optional ones given.
QJsonObject goodForm()
{
    return QJsonObject {
        {u"category"_s, u"roads"_s},
        {u"subject"_s, u"ถนนเป็นหลุม หน้าตลาด"_s},
        {u"description"_s, u"หลุมลึกประมาณ 30 ซม. รถจักรยานยนต์ล้มแล้วสองคัน"_s},
        {u"province"_s, u"10"_s},
        {u"amphoe"_s, u"1001"_s},
        {u"tambon"_s, u"100101"_s},
        {u"latitude"_s, 13.7563},
        {u"longitude"_s, 100.5018},
        {u"complainant"_s,
            QJsonObject {{u"citizenId"_s, u"1101700203450"_s}, {u"prefix"_s, u"นาย"_s},
                {u"firstName"_s, u"สมชาย"_s}, {u"lastName"_s, u"ใจดี"_s}}},
        {u"phone"_s, u"081-234-5678"_s},
        {u"email"_s, u"somchai@example.co.th"_s},
        {u"privacyAcknowledged"_s, true},
    };
}

const QJsonValue removed(QJsonValue::Undefined);

// Sets "a" or "a.b" in the form; an undefined value removes it.
void setField(QJsonObject &form, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(u'.');
    if (parts.size() == 2) {
        QJsonObject inner = form.value(parts[0]).toObject();
        if (value.isUndefined())
            inner.remove(parts[1]);
        else
            inner.insert(parts[1], value);
        form.insert(parts[0], inner);
        return;
    }
    if (value.isUndefined())
        form.remove(path);
    else
        form.insert(path, value);
}

QStringList fieldsOf(const QList<FormProblem> &problems)
{
    QStringList fields;
    for (const FormProblem &p : problems)
        fields.append(p.field);
    return fields;
}

} // namespace

class TestComplaintForm : public QObject
{
    Q_OBJECT

private slots:
    void aGoodFormHasNoProblems();
    void anAnonymousFormWithoutContactHasNoProblems();
    void eachFieldsGoodAndBadValues_data();
    void eachFieldsGoodAndBadValues();
    void anEmptyFormNamesEveryRequiredField();
    void aLoneCoordinateAsksForBoth_data();
    void aLoneCoordinateAsksForBoth();
    void problemsAreSentencesForPeople();
    void normalizesThaiPhoneNumbers_data();
    void normalizesThaiPhoneNumbers();
    void emailSanity_data();
    void emailSanity();
};

void TestComplaintForm::aGoodFormHasNoProblems()
{
    QCOMPARE(fieldsOf(ComplaintFormCheck::check(goodForm())), QStringList());
}

void TestComplaintForm::anAnonymousFormWithoutContactHasNoProblems()
{
    QJsonObject form = goodForm();
    for (const QString &optional :
        {u"complainant"_s, u"phone"_s, u"email"_s, u"latitude"_s, u"longitude"_s})
        form.remove(optional);
    QCOMPARE(fieldsOf(ComplaintFormCheck::check(form)), QStringList());
}

void TestComplaintForm::eachFieldsGoodAndBadValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field left out
    QTest::addColumn<QStringList>("problems"); // the fields named, in order

    const QStringList none;
    const auto row
        = [](const char *name, const QString &field, const QJsonValue &value,
              const QStringList &problems) { QTest::newRow(name) << field << value << problems; };

    row("category missing", u"category"_s, removed, {u"category"_s});
    row("category blank", u"category"_s, u"  "_s, {u"category"_s});
    row("category not a string", u"category"_s, 7, {u"category"_s});

    row("subject of one character", u"subject"_s, u"ก"_s, none);
    row("subject missing", u"subject"_s, removed, {u"subject"_s});
    row("subject only spaces", u"subject"_s, u" \t "_s, {u"subject"_s});
    row("subject of 200 Thai characters", u"subject"_s, QString(200, u'ก'), none);
    row("subject of 200 and spaces around", u"subject"_s,
        QString(u"  "_s + QString(200, u'x') + u"  "_s), none);
    row("subject of 201", u"subject"_s, QString(201, u'ก'), {u"subject"_s});

    row("description of 4000", u"description"_s, QString(4000, u'ข'), none);
    row("description of 4001", u"description"_s, QString(4001, u'ข'), {u"description"_s});
    row("description missing", u"description"_s, removed, {u"description"_s});
    row("description blank", u"description"_s, u"\n\n"_s, {u"description"_s});

    // A wrong parent is one problem: its children are not checked against it.
    row("province missing", u"province"_s, removed, {u"province"_s});
    row("province of one digit", u"province"_s, u"1"_s, {u"province"_s});
    row("province with a letter", u"province"_s, u"1O"_s, {u"province"_s});
    row("amphoe of another province", u"amphoe"_s, u"1101"_s, {u"amphoe"_s});
    row("amphoe of three digits", u"amphoe"_s, u"100"_s, {u"amphoe"_s});
    row("amphoe of five digits", u"amphoe"_s, u"10010"_s, {u"amphoe"_s});
    row("amphoe missing", u"amphoe"_s, removed, {u"amphoe"_s});
    row("tambon of another amphoe", u"tambon"_s, u"100201"_s, {u"tambon"_s});
    row("tambon of seven digits", u"tambon"_s, u"1001011"_s, {u"tambon"_s});
    row("tambon with Thai digits", u"tambon"_s, u"๑๐๐๑๐๑"_s, {u"tambon"_s});
    row("tambon missing", u"tambon"_s, removed, {u"tambon"_s});
    row("tambon as a number", u"tambon"_s, 100101, {u"tambon"_s});

    row("latitude without longitude", u"longitude"_s, removed, {u"longitude"_s});
    row("longitude without latitude", u"latitude"_s, removed, {u"latitude"_s});
    row("latitude null and longitude given", u"latitude"_s, QJsonValue(), {u"latitude"_s});
    row("latitude 91", u"latitude"_s, 91.0, {u"latitude"_s});
    row("latitude -90.5", u"latitude"_s, -90.5, {u"latitude"_s});
    row("latitude as text", u"latitude"_s, u"13.75"_s, {u"latitude"_s});
    row("longitude 181", u"longitude"_s, 181.0, {u"longitude"_s});
    row("a place in Paris", u"longitude"_s, 2.35, {u"latitude"_s});
    row("the northern tip, Mae Sai", u"latitude"_s, 20.46, none);
    row("the southern tip, Betong", u"latitude"_s, 5.61, none);
    row("north of Thailand", u"latitude"_s, 21.0, {u"latitude"_s});

    row("mobile with +66 and spaces", u"phone"_s, u"+66 81 234 5678"_s, none);
    row("landline in Bangkok", u"phone"_s, u"02-123-4567"_s, none);
    row("phone in Thai digits", u"phone"_s, u"๐๘๑๒๓๔๕๖๗๘"_s, none);
    row("phone left empty", u"phone"_s, u""_s, none);
    row("phone of 9 digits beginning 08", u"phone"_s, u"081234567"_s, {u"phone"_s});
    row("phone of 11 digits", u"phone"_s, u"08123456789"_s, {u"phone"_s});
    row("phone beginning 01", u"phone"_s, u"0112345678"_s, {u"phone"_s});
    row("phone with letters", u"phone"_s, u"081-CALL-ME"_s, {u"phone"_s});
    row("phone of another country", u"phone"_s, u"+44 20 7946 0958"_s, {u"phone"_s});
    row("phone as a number", u"phone"_s, 812345678, {u"phone"_s});

    row("e-mail left empty", u"email"_s, u""_s, none);
    row("e-mail with spaces around", u"email"_s, u" somchai@example.com "_s, none);
    row("e-mail without @", u"email"_s, u"somchai.example.com"_s, {u"email"_s});
    row("e-mail with two @", u"email"_s, u"a@b@example.com"_s, {u"email"_s});
    row("e-mail without a dot in the domain", u"email"_s, u"somchai@localhost"_s, {u"email"_s});
    row("e-mail with a space inside", u"email"_s, u"som chai@example.com"_s, {u"email"_s});

    row("anonymous: complainant null", u"complainant"_s, QJsonValue(), none);
    row("complainant not an object", u"complainant"_s, u"สมชาย"_s, {u"complainant"_s});
    row("complainant's ID with a wrong check digit", u"complainant.citizenId"_s, u"1101700203451"_s,
        {u"complainant.citizenId"_s});
    row("complainant's ID of 12 digits", u"complainant.citizenId"_s, u"110170020345"_s,
        {u"complainant.citizenId"_s});
    row("complainant's ID missing", u"complainant.citizenId"_s, removed,
        {u"complainant.citizenId"_s});
    row("complainant's ID grouped", u"complainant.citizenId"_s, u"1-1017-00203-45-0"_s, none);
    row("complainant's first name blank", u"complainant.firstName"_s, u" "_s,
        {u"complainant.firstName"_s});
    row("complainant's last name missing", u"complainant.lastName"_s, removed,
        {u"complainant.lastName"_s});
    row("complainant without a prefix", u"complainant.prefix"_s, removed, none);

    row("privacy not acknowledged", u"privacyAcknowledged"_s, false, {u"privacyAcknowledged"_s});
    row("privacy acknowledgement missing", u"privacyAcknowledged"_s, removed,
        {u"privacyAcknowledged"_s});
    row("privacy acknowledged as text", u"privacyAcknowledged"_s, u"true"_s,
        {u"privacyAcknowledged"_s});
}

void TestComplaintForm::eachFieldsGoodAndBadValues()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, problems);

    QJsonObject form = goodForm();
    setField(form, field, value);
    const QList<FormProblem> found = ComplaintFormCheck::check(form);
    QCOMPARE(fieldsOf(found), problems);
    for (const FormProblem &p : found)
        QVERIFY2(!p.message().isEmpty(), qPrintable(p.field));
}

void TestComplaintForm::anEmptyFormNamesEveryRequiredField()
{
    QCOMPARE(fieldsOf(ComplaintFormCheck::check({})),
        QStringList({u"category"_s, u"subject"_s, u"description"_s, u"province"_s, u"amphoe"_s,
            u"tambon"_s, u"privacyAcknowledged"_s}));
}

void TestComplaintForm::aLoneCoordinateAsksForBoth_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("missing");
    QTest::newRow("latitude alone") << u"latitude"_s << u"longitude"_s;
    QTest::newRow("longitude alone") << u"longitude"_s << u"latitude"_s;
}

void TestComplaintForm::aLoneCoordinateAsksForBoth()
{
    QFETCH(QString, given);
    QFETCH(QString, missing);
    QJsonObject form = goodForm();
    form.remove(missing);
    const QList<FormProblem> problems = ComplaintFormCheck::check(form);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].field, missing);
    QCOMPARE(problems[0].message(), u"Give both latitude and longitude, or neither."_s);
}

void TestComplaintForm::problemsAreSentencesForPeople()
{
    QJsonObject form = goodForm();
    form.insert(u"subject"_s, QString(250, u'ก'));
    const QList<FormProblem> problems = ComplaintFormCheck::check(form);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].text.context(), u"saduak::complaints::ComplaintFormCheck"_s);
    // The numbers go in as arguments, so each device translates the sentence around them.
    QCOMPARE(problems[0].message(), u"The subject has 250 characters; at most 200 fit."_s);
    const QJsonObject json = problems[0].text.toJson();
    QCOMPARE(json.value(u"args"_s).toArray(), QJsonArray({250, 200}));
}

void TestComplaintForm::normalizesThaiPhoneNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized"); // empty: not a Thai number

    QTest::newRow("mobile 08") << u"0812345678"_s << u"0812345678"_s;
    QTest::newRow("mobile 09 with dashes") << u"091-234-5678"_s << u"0912345678"_s;
    QTest::newRow("mobile 06 with spaces") << u"06 1234 5678"_s << u"0612345678"_s;
    QTest::newRow("mobile with +66") << u"+66812345678"_s << u"0812345678"_s;
    QTest::newRow("mobile with +66 and spaces") << u"+66 81 234 5678"_s << u"0812345678"_s;
    QTest::newRow("mobile in Thai digits") << u"๐๘๑-๒๓๔-๕๖๗๘"_s << u"0812345678"_s;
    QTest::newRow("landline Bangkok 02") << u"02 123 4567"_s << u"021234567"_s;
    QTest::newRow("landline 07 (the south)") << u"074-123-456"_s << u"074123456"_s;
    QTest::newRow("landline with +66") << u"+66 2 123 4567"_s << u"021234567"_s;
    QTest::newRow("white space around") << u" 0812345678\n"_s << u"0812345678"_s;
    QTest::newRow("mobile beginning 07") << u"0712345678"_s << QString();
    QTest::newRow("landline beginning 08") << u"081234567"_s << QString();
    QTest::newRow("landline beginning 01") << u"012345678"_s << QString();
    QTest::newRow("eight digits") << u"02123456"_s << QString();
    QTest::newRow("+66 then the leading 0") << u"+66 081 234 5678"_s << QString();
    QTest::newRow("another country") << u"+6581234567"_s << QString();
    QTest::newRow("parentheses") << u"(02) 123 4567"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no leading 0") << u"812345678"_s << QString();
}

void TestComplaintForm::normalizesThaiPhoneNumbers()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(ComplaintFormCheck::normalizedPhone(typed).value_or(QString()), normalized);
}

void TestComplaintForm::emailSanity_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("plausible");

    QTest::newRow("plain") << u"somchai@example.com"_s << true;
    QTest::newRow("Thai government domain") << u"saraban@dopa.go.th"_s << true;
    QTest::newRow("plus and dots") << u"som.chai+complaint@mail.example.co.th"_s << true;
    QTest::newRow("254 characters") << QString(QString(242, u'a') + u"@example.com"_s) << true;
    QTest::newRow("255 characters") << QString(QString(243, u'a') + u"@example.com"_s) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no @") << u"somchai.example.com"_s << false;
    QTest::newRow("nothing before @") << u"@example.com"_s << false;
    QTest::newRow("two @") << u"a@b@example.com"_s << false;
    QTest::newRow("no dot in the domain") << u"somchai@example"_s << false;
    QTest::newRow("domain beginning with a dot") << u"somchai@.example.com"_s << false;
    QTest::newRow("domain ending with a dot") << u"somchai@example.com."_s << false;
    QTest::newRow("two dots together") << u"somchai@example..com"_s << false;
    QTest::newRow("a space") << u"som chai@example.com"_s << false;
    QTest::newRow("a tab") << u"somchai@example.com\t"_s << false;
}

void TestComplaintForm::emailSanity()
{
    QFETCH(QString, email);
    QFETCH(bool, plausible);
    QCOMPARE(ComplaintFormCheck::isPlausibleEmail(email), plausible);
}

QTEST_GUILESS_MAIN(TestComplaintForm)
#include "tst_complaintform.moc"
