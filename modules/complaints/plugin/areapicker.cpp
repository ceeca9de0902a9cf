#include "areapicker.h"

#include "namedchoices.h"

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
    return NamedChoices::currentCode(m_boxes[0]);
}

QString AreaPicker::amphoe() const
{
    return NamedChoices::currentCode(m_boxes[1]);
}

QString AreaPicker::tambon() const
{
    return NamedChoices::currentCode(m_boxes[2]);
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
            for (const QJsonValue &value : r.body.value(u"areas"_s).toArray())
                NamedChoices::add(box, value.toObject(), self->m_context.language());
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
    const QString code = NamedChoices::currentCode(m_boxes[level]);
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
    for (int level = 0; level < 3; ++level) {
        QComboBox *box = m_boxes[level];
        const QScopedValueRollback filling(m_filling, true);
        if (box->count() > 0)
            box->setItemText(0, tr(kPlaceholders[level]));
        NamedChoices::relabel(box, m_context.language());
    }
}

} // namespace saduak::complaints
