#include "open311answer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace saduak::Open311Answer {

namespace {

QJsonValue jsonOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QVariantList:
        return QJsonArray {};
    default:
        return value.toString();
    }
}

QJsonObject jsonOf(const Record &record)
{
    QJsonObject object;
    for (const auto &[name, value] : record)
        object.insert(name, jsonOf(value));
    return object;
}

void writeFields(QXmlStreamWriter &xml, const Record &record)
{
    for (const auto &[name, value] : record) {
        if (!value.isValid() || value.isNull() || value.typeId() == QMetaType::QVariantList)
            xml.writeEmptyElement(name);
        else if (value.typeId() == QMetaType::Bool)
            xml.writeTextElement(name, value.toBool() ? u"true"_s : u"false"_s);
        else if (value.typeId() == QMetaType::Double)
            xml.writeTextElement(name, QString::number(value.toDouble(), 'g', 12));
        else
            xml.writeTextElement(name, value.toString());
    }
}

// The specification asks for UTF-8 everywhere, said in the Content-Type and, for XML, in the
// declaration.
QHttpServerResponse answer(
    Format format, const QByteArray &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(format == Format::Json ? "application/json; charset=utf-8"_ba
                                                      : "text/xml; charset=utf-8"_ba,
        body, status);
}

template<typename Write>
QByteArray xmlDocument(Write write)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(); // <?xml version="1.0" encoding="UTF-8"?>
    write(xml);
    xml.writeEndDocument();
    return out;
}

} // namespace

QHttpServerResponse list(Format format, const QString &root, const QString &item,
    const QList<Record> &records, QHttpServerResponse::StatusCode status)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const Record &record : records)
            array.append(jsonOf(record));
        return answer(format, QJsonDocument(array).toJson(QJsonDocument::Compact), status);
    }
    return answer(format, xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(root);
        for (const Record &record : records) {
            xml.writeStartElement(item);
            writeFields(xml, record);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }),
        status);
}

QHttpServerResponse object(Format format, const QString &root, const Record &record)
{
    if (format == Format::Json)
        return answer(format, QJsonDocument(jsonOf(record)).toJson(QJsonDocument::Compact),
            QHttpServerResponse::StatusCode::Ok);
    return answer(format, xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(root);
        writeFields(xml, record);
        xml.writeEndElement();
    }),
        QHttpServerResponse::StatusCode::Ok);
}

QHttpServerResponse error(Format format, int code, const QString &description)
{
    return list(format, u"errors"_s, u"error"_s,
        {Record {{u"code"_s, code}, {u"description"_s, description}}},
        QHttpServerResponse::StatusCode(code));
}

} // namespace saduak::Open311Answer
