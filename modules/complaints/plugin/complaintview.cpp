#include "complaintview.h"

#include <complaintworkflow.h>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

// Central's history, each change as the answer has it: state, time, note. Anything else an item
// may carry (now or later) stays out of the answer.
QJsonArray historyOf(const QJsonArray &items)
{
    QJsonArray history;
    for (const QJsonValue &value : items) {
        const QJsonObject change = value.toObject();
        if (!complaintStateFromString(change.value(u"state"_s).toString()))
            continue;
        history.append(QJsonObject {{u"state"_s, change.value(u"state"_s).toString()},
            {u"atMs"_s, change.value(u"atMs"_s).toDouble()},
            {u"note"_s, change.value(u"note"_s).toString()}});
    }
    return history;
}

} // namespace

std::optional<ComplaintView> ComplaintView::of(
    const std::optional<FiledComplaint> &own, const std::optional<QJsonObject> &central)
{
    if (!own && !central)
        return std::nullopt;
    ComplaintView view;
    if (own) {
        view.m_trackingNumber = own->trackingNumber;
        view.m_state = toString(ComplaintState::Received);
        view.m_category = own->category;
        view.m_subject = own->subject;
        view.m_filedAtMs = own->filedAtMs;
        view.m_dueAtMs = own->dueAtMs;
        view.m_history = QJsonArray {QJsonObject {{u"state"_s, view.m_state},
            {u"atMs"_s, double(own->filedAtMs)}, {u"note"_s, QString()}}};
    }
    if (central) {
        const QJsonObject &c = *central;
        if (view.m_trackingNumber.isEmpty())
            view.m_trackingNumber = c.value(u"trackingNumber"_s).toString();
        if (complaintStateFromString(c.value(u"state"_s).toString()))
            view.m_state = c.value(u"state"_s).toString();
        if (!c.value(u"category"_s).toString().isEmpty())
            view.m_category = c.value(u"category"_s).toString();
        if (c.value(u"dueAtMs"_s).toDouble() > 0)
            view.m_dueAtMs = qint64(c.value(u"dueAtMs"_s).toDouble());
        const QJsonArray history = historyOf(c.value(u"history"_s).toArray());
        if (!history.isEmpty()) {
            view.m_history = history;
            // Another branch's complaint: its filing is the first change central recorded.
            if (view.m_filedAtMs == 0)
                view.m_filedAtMs = qint64(history.first().toObject().value(u"atMs"_s).toDouble());
        }
        if (view.m_state.isEmpty()) // an item without a state we know: still received
            view.m_state = toString(ComplaintState::Received);
        if (view.m_dueAtMs == 0 && view.m_filedAtMs > 0)
            view.m_dueAtMs = complaints::dueAtMs(view.m_filedAtMs);
    }
    return view;
}

bool ComplaintView::isOverdueAt(qint64 nowMs) const
{
    const auto state = complaintStateFromString(m_state);
    return m_dueAtMs > 0 && isOverdue(state.value_or(ComplaintState::Received), m_dueAtMs, nowMs);
}

QJsonObject ComplaintView::toJson(qint64 nowMs, bool withSubject, bool withHistory) const
{
    QJsonObject o {{u"trackingNumber"_s, m_trackingNumber}, {u"state"_s, m_state},
        {u"category"_s, m_category}, {u"filedAtMs"_s, double(m_filedAtMs)},
        {u"dueAtMs"_s, double(m_dueAtMs)}, {u"overdue"_s, isOverdueAt(nowMs)}};
    if (withSubject)
        o.insert(u"subject"_s, m_subject);
    if (withHistory)
        o.insert(u"history"_s, m_history);
    return o;
}

} // namespace saduak::complaints
