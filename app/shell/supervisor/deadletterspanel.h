#pragma once

#include <domain/language.h>
#include <queuelink/queuelink.h>

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace saduak {

class DeadLetterModel;

// The supervisor's tab for support (issue 16, item 3 "dead letters"): how the push to central
// goes (QueueLink::syncState(): waiting rows, the last error, rows refused), then the rows central
// refused for good as the hub lists them (`deadLetters`, docs/hub-protocol.md), latest first:
// when, what kind, central's status and reason — never a row's content. Selected rows are copied
// as text (Copy, Ctrl+C) to hand to support. Asked of the hub when shown, on Refresh and when the
// sync state's count of refused rows changes.
class DeadLettersPanel : public QWidget
{
    Q_OBJECT
public:
    DeadLettersPanel(QueueLink &queue, QWidget *parent = nullptr);
    ~DeadLettersPanel() override;

    DeadLetterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // What Copy puts on the clipboard: the selected rows (every row when none is selected).
    QString selectedText() const;

    // The clock the sync line reads "sent 12:30" against (UTC ms); tests fix it.
    void setClock(std::function<qint64()> clock);

public Q_SLOTS:
    void refresh();
    void copySelected();
    void retranslateUi(saduak::Language language);

Q_SIGNALS:
    void refreshed(); // the list (or the hub's refusal) arrived

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSync();
    void showMessage();

    QueueLink &m_queue;
    Language m_language = Language::Thai;
    std::function<qint64()> m_clock;
    DeadLetterModel *m_model = nullptr;
    QLabel *m_sync = nullptr;
    QLabel *m_syncError = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_copy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    bool m_listing = false;
    int m_lastCount = -1; // the sync state's dead letter count the list was asked for
    std::optional<QueueReply> m_refusal;
};

} // namespace saduak
