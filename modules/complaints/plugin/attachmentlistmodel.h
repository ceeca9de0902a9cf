#pragma once

#include <domain/language.h>
#include <domain/translatabletext.h>

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace saduak::complaints {

// A file the officer attached to the complaint being taken, read whole into memory (at most
// AttachmentRule::maxBytes), so what is sent is what was checked, even if the scanner folder
// changes meanwhile.
struct PendingAttachment
{
    QString name; // AttachmentRule::shownName of the file's name
    QString type; // from the bytes' signature
    QString sha256;
    QByteArray bytes;

    // The file at path, checked by AttachmentRule::problemWith; nullopt with problem set when it
    // cannot be read or may not be attached.
    static std::optional<PendingAttachment> read(const QString &path, TranslatableText *problem);
};

// The files attached to the complaint being taken, in the order attached, each once (by its
// SHA-256), at most AttachmentRule::maxPerComplaint: name, type and size for the person, and a
// last column where the view puts each row's remove button.
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Size, Remove, ColumnCount };
    enum class Added { Listed, AlreadyListed, TooMany };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Added add(const PendingAttachment &file);
    void removeAt(int row);
    void clear();
    const QList<PendingAttachment> &files() const { return m_files; }

    void setLanguage(Language language); // the sizes' number format; headers follow tr()
    // "PDF document", "JPEG photo", "PNG image" in the translation installed now.
    static QString typeName(const QString &type);
    static QString sizeText(qint64 bytes, Language language);

private:
    QList<PendingAttachment> m_files;
    Language m_language = Language::Thai;
};

} // namespace saduak::complaints
