#pragma once

#include <complaintworkflow.h>
#include <domain/language.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrlQuery>

class QTranslator;

namespace saduak {

class TranslatableText;
struct CentralComplaint;
struct DeskOfficer;

// The complaint desk's pages as HTML, in one language: every string through t() (Thai from the
// program's translation, whatever language the process itself speaks), every value escaped,
// dates with Buddhist-Era years in Thai and Bangkok time. No JavaScript: forms and links only.
// Knows nothing of HTTP or SQL (DeskPages does both).
class DeskView
{
    Q_DECLARE_TR_FUNCTIONS(saduak::DeskView)

public:
    DeskView(Language language, const QTranslator *thai);

    Language language() const { return m_language; }
    QString t(const char *source) const;
    // A string of another view's context (AreaReportView), in this page's language.
    QString t(const char *context, const char *source) const;
    QString text(const TranslatableText &text) const;
    QString name(const QJsonObject &bilingual, const QString &fallback) const; // {th, en}
    QString dateTime(qint64 utcMs) const;
    static QString escape(const QString &text) { return text.toHtmlEscaped(); }

    struct Choice
    {
        QString value;
        QString label;
    };

    // csrf: the log-in form's own token (DeskPages sets the same in a cookie), so a page of
    // another site cannot log the officer in as someone else.
    QString logInPage(const QString &message, const QString &userName, const QString &csrf) const;
    // A page that only says something (refusals with nothing to fill in again).
    QString messagePage(const DeskOfficer *officer, const QString &csrf, const QString &title,
        const QString &message) const;

    struct ListFilter
    {
        QString state, category, branch, province;
        int page = 1;
    };
    struct ListRow
    {
        CentralComplaint const *complaint = nullptr;
        QString category, province; // names
    };
    QString listPage(const DeskOfficer &officer, const QString &csrf, const ListFilter &filter,
        const QList<ListRow> &rows, bool more, const QList<Choice> &categories,
        const QList<Choice> &branches, const QList<Choice> &provinces) const;

    struct ComplaintDetails
    {
        const CentralComplaint *complaint = nullptr;
        QJsonObject filed; // the branch's record, personal fields readable
        QString category, tambon, amphoe, province; // names
        QList<Choice> categories; // for register
        struct Attachment
        {
            QString sha256, name, type;
            qint64 size = 0;
            bool arrived = false; // all its parts are at central
        };
        QList<Attachment> attachments; // as the record names them
    };
    // Where the desk serves a complaint's attachment (DeskPages).
    static QString attachmentHref(const QString &number, const QString &sha256);
    // refusedAction: the form the refusal (a sentence in this language) is shown beside, with
    // what the officer had typed.
    struct Refusal
    {
        QString action;
        QString message;
        QMap<QString, QString> typed;
    };
    QString complaintPage(const DeskOfficer &officer, const QString &csrf,
        const ComplaintDetails &details, const Refusal &refusal) const;

    // The whole page around body: the header (the officer, log-out, the language links) and the
    // style. keep: the query the language links keep beside lang (a report's period and area).
    QString document(const QString &title, const QString &body, const DeskOfficer *officer,
        const QString &csrf, const QUrlQuery &keep = {}) const;

private:
    QString select(const QString &name, const QString &label, const QList<Choice> &choices,
        const QString &chosen, const QString &anyLabel) const;
    QString attachments(
        const QString &number, const QList<ComplaintDetails::Attachment> &files) const;
    QString actionForm(const QString &number, const QString &csrf,
        complaints::ComplaintAction action, const QList<Choice> &categories,
        const Refusal &refusal) const;

    Language m_language;
    const QTranslator *m_thai;
};

} // namespace saduak
