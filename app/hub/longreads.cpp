#include "longreads.h"

#include <storage/database.h>

#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <deque>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

TranslatableText readsText(const char *source)
{
    return TranslatableText("saduak::LongReads", source);
}

HubReply cannotRead()
{
    return HubReply::error(u"storage"_s,
        readsText(QT_TRANSLATE_NOOP("saduak::LongReads",
            "The branch hub could not read its database for this report. Please try again.")));
}

} // namespace

// The reader thread: takes the reads in the order they came, one at a time, on its own
// connection, opened at the first read and kept (opening checks the file, which on a busy
// branch's file is no small cost) until the hub stops.
struct LongReads::Reader : QThread
{
    struct Job
    {
        Read read;
        QPromise<HubReply> promise;
    };

    QString path;
    QMutex mutex; // guards everything below
    QWaitCondition wake; // a job came, or stop
    QWaitCondition released; // the hold was lifted, or stop
    std::deque<Job> jobs;
    bool running = false;
    bool stopping = false;
    bool hold = false;
    int held = 0;

    void run() override
    {
        std::unique_ptr<Database> db;
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&mutex);
                while (jobs.empty() && !stopping)
                    wake.wait(&mutex);
                if (stopping)
                    break;
                job = std::move(jobs.front());
                jobs.pop_front();
                running = true;
            }
            job.promise.start();
            job.promise.addResult(runOne(db, job.read));
            job.promise.finish();
            QMutexLocker lock(&mutex);
            running = false;
        }
        // The jobs left are dropped: their promises, destroyed unfinished, cancel their futures
        // and nobody is answered (the server that would answer is going too).
        std::deque<Job> left;
        {
            QMutexLocker lock(&mutex);
            left.swap(jobs);
        }
        left.clear();
        db.reset(); // a connection is closed on the thread that opened it
    }

    HubReply runOne(std::unique_ptr<Database> &db, const Read &read)
    {
        if (!db) {
            Database::Options options;
            options.readOnly = true;
            StorageError error;
            db = Database::open(path, options, &error);
            if (!db) {
                qCWarning(lcHub).noquote() << "long reads: cannot open the file:" << error.detail;
                return cannotRead();
            }
        }
        // One read transaction: what the read sees is the file at its first statement, whatever
        // the hub commits meanwhile (WAL). The first statement is run here, so a test's hold
        // below comes after the snapshot is taken.
        QSqlDatabase connection = db->connection();
        if (!connection.transaction()) {
            qCWarning(lcHub).noquote() << "long reads: BEGIN failed:" << connection.lastError().text();
            return cannotRead();
        }
        {
            QSqlQuery first(connection);
            if (!first.exec(u"SELECT count(*) FROM sqlite_master"_s) || !first.next()) {
                qCWarning(lcHub).noquote()
                    << "long reads: the first read failed:" << first.lastError().text();
                connection.rollback();
                return cannotRead();
            }
        }
        {
            QMutexLocker lock(&mutex);
            if (hold) {
                ++held;
                while (hold && !stopping)
                    released.wait(&mutex);
                --held;
            }
            if (stopping) {
                lock.unlock();
                connection.rollback();
                return cannotRead();
            }
        }
        HubReply reply = read(*db);
        connection.rollback(); // it only read
        return reply;
    }
};

LongReads::LongReads(Database &db) : m_db(db)
{
    if (db.isPostgres() || db.path() == u":memory:"_s)
        return;
    m_reader = std::make_unique<Reader>();
    m_reader->path = db.path();
    m_reader->setObjectName(u"saduak long reads"_s);
    m_reader->start();
}

LongReads::~LongReads()
{
    if (!m_reader)
        return;
    {
        QMutexLocker lock(&m_reader->mutex);
        m_reader->stopping = true;
        m_reader->wake.wakeAll();
        m_reader->released.wakeAll();
    }
    m_reader->wait(); // the read running now ends first: a month's is about two seconds
}

HubReply LongReads::start(Read read)
{
    if (!m_reader) {
        QPromise<HubReply> promise;
        promise.start();
        promise.addResult(read(m_db));
        promise.finish();
        auto later = std::make_shared<LaterReply>();
        later->result = promise.future();
        HubReply reply;
        reply.later = std::move(later);
        return reply;
    }
    QMutexLocker lock(&m_reader->mutex);
    if (qsizetype(m_reader->jobs.size()) + (m_reader->running ? 1 : 0) > kMaxWaiting)
        return HubReply::error(u"busy"_s,
            readsText(QT_TRANSLATE_NOOP("saduak::LongReads",
                          "The branch hub is already reading %1 long reports. Please try again "
                          "in a minute."))
                .arg(kMaxWaiting + 1));
    Reader::Job job;
    job.read = std::move(read);
    auto later = std::make_shared<LaterReply>();
    later->result = job.promise.future();
    m_reader->jobs.push_back(std::move(job));
    m_reader->wake.wakeAll();
    HubReply reply;
    reply.later = std::move(later);
    return reply;
}

void LongReads::holdForTest(bool hold)
{
    if (!m_reader)
        return;
    QMutexLocker lock(&m_reader->mutex);
    m_reader->hold = hold;
    if (!hold)
        m_reader->released.wakeAll();
}

int LongReads::heldForTest() const
{
    if (!m_reader)
        return 0;
    QMutexLocker lock(&m_reader->mutex);
    return m_reader->held;
}

} // namespace saduak
