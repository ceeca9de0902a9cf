#pragma once

#include "card/thaiidcardreader.h"

#include <QObject>
#include <QString>
#include <memory>

namespace saduak::idcard {

class PcscContext;

// Reads cards on the thread it lives on (IdCardReaderService moves it to its read thread), with a
// PC/SC context of that thread's own, established when first needed and again after pcscd
// restarted.
class CardReadWorker : public QObject
{
    Q_OBJECT

public:
    explicit CardReadWorker(QObject *parent = nullptr);
    ~CardReadWorker() override;

public Q_SLOTS:
    void read(const QString &reader, const saduak::idcard::CardReadOptions &options);

Q_SIGNALS:
    void finished(const QString &reader, const saduak::idcard::CardReadResult &result);

private:
    std::unique_ptr<PcscContext> m_context;
};

} // namespace saduak::idcard
