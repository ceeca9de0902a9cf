#pragma once

#include <QHttpServerResponse>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace saduak {

// The documents of Open311 GeoReport v2 (docs/central-api.md, "Open311 GeoReport v2") in its two
// formats. An answer is built once as records of named fields, in the specification's order,
// and written as JSON (an array of objects, or one object) or as XML (a root element, an element
// per record, an element per field), so both formats always say the same.
namespace Open311Answer {

enum class Format { Json, Xml };

// A field's value: a QString, a double or int, a bool, a null QVariant (JSON null, an empty XML
// element) or an empty QVariantList (an empty JSON array, an empty XML element: "attributes").
using Record = QList<std::pair<QString, QVariant>>;

// [ {…}, {…} ] or <root><item>…</item>…</root>.
QHttpServerResponse list(Format format, const QString &root, const QString &item,
    const QList<Record> &records,
    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
// {…} or <root>…</root>.
QHttpServerResponse object(Format format, const QString &root, const Record &record);
// The specification's error array: [{"code": 400, "description": "…"}] or
// <errors><error><code>400</code><description>…</description></error></errors>, with the HTTP
// status of the same code.
QHttpServerResponse error(Format format, int code, const QString &description);

} // namespace Open311Answer

} // namespace saduak
