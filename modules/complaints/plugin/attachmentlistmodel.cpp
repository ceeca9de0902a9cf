#include "attachmentlistmodel.h"

#include <attachmentrule.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

TranslatableText listText(const char *source)
{
    return TranslatableText("saduak::complaints::AttachmentListModel", source);
}

} // namespace

std::optional<PendingAttachment> PendingAttachment::read(
    const QString &path, TranslatableText *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = listText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentListModel",
            "The file could not be opened. Please choose it again or scan it again."));
        return std::nullopt;
    }
    // One byte past the limit is enough to know a file is too big, without reading a huge one.
    const QByteArray bytes = file.read(AttachmentRule::maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *problem = listText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentListModel",
            "The file could not be opened. Please choose it again or scan it again."));
        return std::nullopt;
    }
    if (const auto why = AttachmentRule::problemWith(bytes)) {
        *problem = *why;
        return std::nullopt;
    }
    PendingAttachment attachment;
    attachment.name = AttachmentRule::shownName(QFileInfo(path).fileName());
    if (attachment.name.isEmpty())
        attachment.name = u"file"_s;
    attachment.type = *AttachmentRule::typeOf(bytes);
    attachment.sha256 = AttachmentRule::sha256Of(bytes);
    attachment.bytes = bytes;
    return attachment;
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const PendingAttachment &file = m_files.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return file.name;
        case Type:
            return typeName(file.type);
        case Size:
            return sizeText(file.bytes.size(), m_language);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("File");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    default:
        return QString();
    }
}

AttachmentListModel::Added AttachmentListModel::add(const PendingAttachment &file)
{
    for (const PendingAttachment &listed : std::as_const(m_files))
        if (listed.sha256 == file.sha256)
            return Added::AlreadyListed;
    if (m_files.size() >= AttachmentRule::maxPerComplaint)
        return Added::TooMany;
    beginInsertRows({}, int(m_files.size()), int(m_files.size()));
    m_files.append(file);
    endInsertRows();
    return Added::Listed;
}

void AttachmentListModel::removeAt(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    beginRemoveRows({}, row, row);
    m_files.removeAt(row);
    endRemoveRows();
}

void AttachmentListModel::clear()
{
    if (m_files.isEmpty())
        return;
    beginResetModel();
    m_files.clear();
    endResetModel();
}

void AttachmentListModel::setLanguage(Language language)
{
    m_language = language;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString AttachmentListModel::typeName(const QString &type)
{
    if (type == u"image/jpeg"_s)
        return tr("JPEG photo");
    if (type == u"image/png"_s)
        return tr("PNG image");
    if (type == u"application/pdf"_s)
        return tr("PDF document");
    return type;
}

QString AttachmentListModel::sizeText(qint64 bytes, Language language)
{
    // Powers of 1024 named KB and MB, as the 5 MB limit is (AttachmentRule::maxBytes).
    const QLocale locale(language == Language::English ? QLocale::English : QLocale::Thai);
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace saduak::complaints
