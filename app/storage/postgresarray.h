#pragma once

#include <QByteArray>
#include <QString>

namespace saduak {

// The text of a one-dimensional PostgreSQL array ("{…}"), built element by element, to bind as
// one parameter and cast in SQL ($1::text[], $2::bigint[], $3::bytea[]). Why: Qt's QPSQL driver
// writes every bound value into the EXECUTE statement as its own literal, and binding thousands
// of values a statement was most of central's time per batch (docs/performance.md, "Pushing the
// outbox to central"); a few arrays unnested on the server carry the same rows in a few values.
// Every element is written quoted, with " and \ escaped, so any text is safe; NULL is unquoted.
class PostgresArray
{
public:
    void append(const QString &text);
    void append(qint64 number);
    void appendBytes(const QByteArray &bytes); // as bytea's hex form, for a bytea[] cast
    void appendNull();

    // The literal so far, "{}" when empty.
    QString text() const { return m_text + u'}'; }
    qsizetype size() const { return m_size; }

private:
    void beginElement();

    QString m_text = QStringLiteral("{");
    qsizetype m_size = 0;
};

} // namespace saduak
