#pragma once

#include <domain/language.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace saduak {

// A sentence for a person, kept untranslated until it is shown: the English source marked for
// lupdate (with its context), and the arguments for %1, %2… So a hub can say why it refused a
// command and every device shows the reason in its own screen language — and again in the
// other one after a live switch — instead of in the hub's (docs/hub-protocol.md, "text").
//
//   TranslatableText("saduak::QueueManager", QT_TRANSLATE_NOOP("saduak::QueueManager",
//       "There is no counter %1.")).arg(7)
//
// An argument is a value shown as it is (a number, a ticket number), another TranslatableText
// (a state such as "paused for a break"), or data in both languages (a service's names).
class TranslatableText
{
public:
    TranslatableText() = default;
    TranslatableText(const char *context, const char *source);

    // Each fills the lowest %N still open, as QString::arg does.
    TranslatableText &arg(const QString &value);
    TranslatableText &arg(int value);
    TranslatableText &arg(qint64 value);
    TranslatableText &arg(const TranslatableText &value);
    TranslatableText &arg(const QString &thai, const QString &english);

    bool isEmpty() const { return m_source.isEmpty(); }
    QString context() const { return m_context; }
    QString source() const { return m_source; }

    // In the translation installed now (installedLanguage() picks data in two languages).
    QString toString() const;
    // True when the installed translation knows the sentence, or needs none (English). A device
    // older than the hub may not know a new sentence: it shows the hub's message instead.
    bool isKnown() const;

    friend bool operator==(const TranslatableText &, const TranslatableText &) = default;

    // {"context": …, "source": …, "args": [3, "A001", {…nested…}, {"th": …, "en": …}]}
    QJsonObject toJson() const;
    static TranslatableText fromJson(const QJsonObject &json); // empty when not one

private:
    QString m_context;
    QString m_source;
    QList<QVariant> m_args; // QString, qint64, TranslatableText, or QStringList {thai, english}
};

// The language of the translation installed in this process now. LanguageSwitcher and
// saduak-hub set it beside installing the translator; Thai until set.
Language installedLanguage();
void setInstalledLanguage(Language language);

} // namespace saduak

Q_DECLARE_METATYPE(saduak::TranslatableText)
