#pragma once

#include <domain/counter.h>
#include <domain/language.h>
#include <queuemodel/queueevent.h>
#include <queuemodel/queuesnapshot.h>

#include <QAbstractTableModel>

namespace saduak {

// The display board's table of last calls: ticket number and counter name, newest first, a fixed
// number of rows (empty ones stay blank, so the rows never jump). Fed by the queue's snapshot and
// by call events as they come, so the board shows a call the moment its event arrives — the same
// event the voice says — and the next snapshot confirms it without duplicating it. A ticket is
// shown once, at its newest call (a recall moves it back to the top).
class LastCallsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TicketColumn, CounterColumn, ColumnCount };
    static constexpr int HighlightedRole = Qt::UserRole + 1; // bool

    explicit LastCallsModel(QObject *parent = nullptr);

    void setRows(int rows); // how many calls are shown
    void setCounters(const QList<Counter> &counters); // for the names
    void setLanguage(Language language);
    void setHeaders(const QString &ticket, const QString &counter);

    // The snapshot's recent calls (newest first); calls from events newer than it are kept.
    void setSnapshot(const QList<QueueSnapshot::Call> &calls, qint64 lastEventSeq);
    // A ticket.called or ticket.recalled event. False if it is not a call or is shown already.
    bool addCall(const QueueEvent &event);

    // The newest call stands out until clearHighlight().
    void highlightNewest();
    void clearHighlight();
    int highlightedRow() const; // -1: none

    QList<QueueSnapshot::Call> calls() const { return m_calls; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void setCalls(QList<QueueSnapshot::Call> calls);
    QString counterName(int number) const;

    int m_rows = 4;
    QList<Counter> m_counters;
    Language m_language = Language::Thai;
    QString m_ticketHeader;
    QString m_counterHeader;
    QList<QueueSnapshot::Call> m_calls; // newest first, at most m_rows, one per ticket
    qint64 m_highlightSeq = 0; // the event seq of the highlighted call; 0: none
};

} // namespace saduak
