#include "migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

MigrationSet MigrationSet::fromFolder(const QString &scope, const QString &folder, QString *why)
{
    MigrationSet invalid;
    auto refuse = [&](const QString &reason) {
        invalid.m_whyInvalid
            = u"migrations of scope '"_s + scope + u"' in "_s + folder + u": "_s + reason;
        if (why)
            *why = invalid.m_whyInvalid;
        return invalid;
    };

    if (scope.isEmpty())
        return refuse(u"the scope is empty"_s);
    const QDir dir(folder);
    if (!dir.exists())
        return refuse(u"the folder does not exist"_s);

    // Exactly four digits, then lowercase words: the number is the order, so "12_x.sql" or
    // "0003-x.sql" is a typo we want to hear about, not a file to skip.
    static const QRegularExpression namePattern(u"^(\\d{4})_[a-z0-9]+(?:_[a-z0-9]+)*\\.sql$"_s);

    QList<Migration> migrations;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = namePattern.match(file);
        if (!match.hasMatch())
            return refuse(file + u" is not named NNNN_lowercase_words.sql"_s);
        Migration m;
        m.scope = scope;
        m.version = match.captured(1).toInt();
        m.name = file;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return refuse(file + u" cannot be read: "_s + f.errorString());
        m.sql = QString::fromUtf8(f.readAll());
        // An editor's byte-order mark would reach SQLite as a stray character.
        if (m.sql.startsWith(QChar(0xFEFF)))
            m.sql.remove(0, 1);
        if (m.sql.trimmed().isEmpty())
            return refuse(file + u" is empty"_s);
        migrations.append(m);
    }

    std::stable_sort(migrations.begin(), migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const int expected = int(i) + 1;
        const Migration &m = migrations.at(i);
        if (m.version == 0)
            return refuse(m.name + u": numbers start at 0001"_s);
        if (m.version < expected)
            return refuse(u"number "_s + QString::number(m.version) + u" is used twice ("_s
                + migrations.at(i - 1).name + u", "_s + m.name + u")"_s);
        if (m.version > expected)
            return refuse(u"number "_s + u"%1"_s.arg(expected, 4, 10, QChar(u'0'))
                + u" is missing (the next file is "_s + m.name
                + u"); numbers start at 0001 and have no gaps"_s);
    }

    MigrationSet set;
    set.m_scope = scope;
    set.m_migrations = migrations;
    if (why)
        why->clear();
    return set;
}

MigrationSet MigrationSet::core()
{
    QString why;
    MigrationSet set = fromFolder(u"core"_s, u":/saduak/migrations/core"_s, &why);
    // The core set is compiled in; if it is broken the build is broken, say so loudly.
    if (!set.isValid())
        qWarning("saduak: core migrations are invalid: %s", qPrintable(why));
    return set;
}

} // namespace saduak
