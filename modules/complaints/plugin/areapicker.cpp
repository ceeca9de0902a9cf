#include "areapicker.h"

#include <sdk/modulecontext.h>

#include <QComboBox>
#include <QEvent>
#include <QJsonArray>
#include <QPointer>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kThaiRole = Qt::UserRole + 1;
constexpr int kEnglishRole = Qt::UserRole + 2;

const char *const kPlaceholders[3] = {
    QT_TRANSLATE_NOOP("saduak::complaints::AreaPicker", "Province"),
    QT_TRANSLATE_NOOP("saduak::complaints::AreaPicker", "District (amphoe)"),
    QT_TRANSLATE_NOOP("saduak::complaints::AreaPicker", "Subdistrict (tambon)"),
};

} // namespace

AreaPicker::AreaPicker(ModuleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString names[3] = {u"provinceBox"_s, u"amphoeBox"_s, u"tambonBox"_s};
    for (int level = 0; level < 3; ++level) {
        auto *box = new QComboBox(this);
        box->setObjectName(names[level]);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        layout->addWidget(box);
        m_boxes[level] = box;
        // Programmatic picks too (a test, a scanner-less counter), but not the refilling itself.
        connect(box, &QComboBox::currentIndexChanged, this, [this, level] {
            if (!m_filling)
                picked(level);
        });
    }
    connect(&m_context, &ModuleContext::languageChanged, this, &AreaPicker::retranslateUi);
    clear();
    reload();
}

QString AreaPicker::province() const
{
    return m_boxes[0]->currentData(kCodeRole).toString();
}

QString AreaPicker::amphoe() const
{
    return m_boxes[1]->currentData(kCodeRole).toString();
}

QString AreaPicker::tambon() const
{
    return m_boxes[2]->currentData(kCodeRole).toString();
}

void AreaPicker::clear()
{
    const QScopedValueRollback filling(m_filling, true);
    for (int level = 0; level < 3; ++level) {
        if (level > 0 || m_boxes[level]->count() == 0) {
            m_boxes[level]->clear();
            m_boxes[level]->addItem(tr(kPlaceholders[level]));
        }
        m_boxes[level]->setCurrentIndex(0);
        m_boxes[level]->setEnabled(level == 0);
    }
}

void AreaPicker::reload()
{
    load(0, {});
}

void AreaPicker::load(int level, const QString &parent)
{
    QPointer<AreaPicker> self(this);
    m_context.call(
        u"areas"_s, {{u"parent"_s, parent}}, [self, level, parent](const ModuleReply &r) {
            if (!self)
                return; // the page went while the hub answered
            // An answer for a parent no longer picked (the citizen changed the level above
            // meanwhile).
            const QString current = level == 0 ? QString()
                : level == 1                   ? self->province()
                                               : self->amphoe();
            if (current != parent)
                return;
            if (!r.ok) {
                Q_EMIT self->loadFailed(r.shownMessage());
                return;
            }
            QComboBox *box = self->m_boxes[level];
            const QScopedValueRollback filling(self->m_filling, true);
            box->clear();
            box->addItem(tr(kPlaceholders[level]));
            const bool english = self->m_context.language() == Language::English;
            for (const QJsonValue &value : r.body.value(u"areas"_s).toArray()) {
                const QJsonObject area = value.toObject();
                const QString th = area.value(u"th"_s).toString();
                const QString en = area.value(u"en"_s).toString();
                box->addItem(english && !en.isEmpty() ? en : th);
                const int row = box->count() - 1;
                box->setItemData(row, area.value(u"code"_s).toString(), kCodeRole);
                box->setItemData(row, th, kThaiRole);
                box->setItemData(row, en, kEnglishRole);
            }
            box->setEnabled(true);
            Q_EMIT self->levelLoaded(level);
        });
}

void AreaPicker::picked(int level)
{
    const QScopedValueRollback filling(m_filling, true);
    for (int below = level + 1; below < 3; ++below) {
        m_boxes[below]->clear();
        m_boxes[below]->addItem(tr(kPlaceholders[below]));
        m_boxes[below]->setEnabled(false);
    }
    const QString code = m_boxes[level]->currentData(kCodeRole).toString();
    if (level < 2 && !code.isEmpty())
        load(level + 1, code);
    m_filling = false;
    Q_EMIT changed();
}

void AreaPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AreaPicker::retranslateUi()
{
    const bool english = m_context.language() == Language::English;
    for (int level = 0; level < 3; ++level) {
        QComboBox *box = m_boxes[level];
        const QScopedValueRollback filling(m_filling, true);
        if (box->count() > 0)
            box->setItemText(0, tr(kPlaceholders[level]));
        for (int row = 1; row < box->count(); ++row) {
            const QString en = box->itemData(row, kEnglishRole).toString();
            box->setItemText(
                row, english && !en.isEmpty() ? en : box->itemData(row, kThaiRole).toString());
        }
    }
}

} // namespace saduak::complaints
