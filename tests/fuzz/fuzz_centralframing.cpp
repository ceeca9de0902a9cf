// Fuzz target: central's HTTP/1.1 request framing (central/requestframing.h, what
// LimitedTcpServer's limiter decides before Qt HttpServer buffers a byte). The input is the
// bytes of one connection.
//
// Invariants: the decisions do not depend on how the stream is cut into reads (the whole, one
// byte at a time, and pieces of sizes taken from the input all give the same events at the same
// stream positions); events come in order (a body only after a head, nothing after a refusal);
// a body is exactly its Content-Length; every byte is looked at unless a refusal stopped it; a
// refusal is one of the documented answers (docs/central-api.md "Limits") and 401 only where
// the gate asks for a token.

#include "fuzzcheck.h"

#include "requestframing.h"

#include <QList>

#include <cstdint>

using namespace saduak;
using namespace Qt::StringLiterals;

namespace {

struct Event
{
    char kind; // 'h' head started, 'b' body started, 'c' request complete, 'r' refused
    qint64 at; // parsed() when it happened
    qint64 value; // the body's length, the refusal's status
    bool operator==(const Event &) const = default;
};

CentralLimits limits()
{
    // Small limits, so the fuzzer reaches 413 and 431 with small inputs.
    CentralLimits l;
    l.maxHeaderBytes = 512;
    l.maxBodyBytes = 1024;
    return l;
}

RequestGate gate()
{
    RequestGate g;
    // As central's routes: the ingest and the reference data need a branch's token.
    g.needsToken = [](QByteArrayView method, const QString &path) {
        return (method == "POST" && path == u"/v1/ingest"_s)
            || (method == "GET" && path.startsWith(u"/v1/reference/"_s));
    };
    g.knowsToken = [](const QString &token) {
        return token == u"branch-token-B001"_s ? RequestGate::TokenCheck::Known
                                                : RequestGate::TokenCheck::Unknown;
    };
    return g;
}

struct Run
{
    QList<Event> events;
    qint64 parsed = 0;
    bool refused = false;
    qint64 lastBodyStart = -1;
};

// Feeds data in pieces of the given sizes (cycled); 0 means the whole at once.
Run feed(QByteArrayView data, const QList<qsizetype> &pieces)
{
    Run run;
    RequestFraming *self = nullptr;
    RequestFraming framing(limits(), gate(),
        {[&] { run.events.append({'h', self->parsed(), 0}); },
            [&](qint64 length) {
                FUZZ_CHECK(length > 0, "a body started is not empty");
                run.events.append({'b', self->parsed(), length});
            },
            [&] { run.events.append({'c', self->parsed(), 0}); },
            [&](const RequestFraming::Refusal &r) {
                run.events.append({'r', self->parsed(), r.status});
                FUZZ_CHECK(r.status == 400 || r.status == 401 || r.status == 411
                        || r.status == 413 || r.status == 431,
                    "a documented refusal");
                FUZZ_CHECK(!r.code.isEmpty() && !r.reason.isEmpty() && !r.phrase.isEmpty(),
                    "a refusal says what and why");
                if (r.status == 413)
                    FUZZ_CHECK(r.bodyLength > limits().maxBodyBytes, "413 only over the limit");
            }});
    self = &framing;
    qsizetype pos = 0;
    for (qsizetype i = 0; pos < data.size(); ++i) {
        const qsizetype piece = pieces.isEmpty() || pieces.at(i % pieces.size()) == 0
            ? data.size() - pos
            : std::min(pieces.at(i % pieces.size()), data.size() - pos);
        const qint64 before = framing.parsed();
        const bool refusedBefore = framing.isRefused();
        framing.feed(data.sliced(pos, piece));
        if (refusedBefore)
            FUZZ_CHECK(framing.parsed() == before, "nothing is looked at after a refusal");
        else if (!framing.isRefused())
            FUZZ_CHECK(framing.parsed() == before + piece, "every byte is looked at");
        FUZZ_CHECK(framing.requestStart() <= framing.parsed(), "a request starts in the stream");
        pos += piece;
    }
    run.parsed = framing.parsed();
    run.refused = framing.isRefused();
    return run;
}

void checkOrder(const Run &run, qsizetype size)
{
    FUZZ_CHECK(run.parsed <= size, "not past the input");
    if (!run.refused)
        FUZZ_CHECK(run.parsed == size, "all looked at without a refusal");
    bool inHead = false;
    qint64 bodyEnd = -1;
    qint64 lastAt = 0;
    for (qsizetype i = 0; i < run.events.size(); ++i) {
        const Event &e = run.events.at(i);
        FUZZ_CHECK(e.at >= lastAt, "events in stream order");
        lastAt = e.at;
        switch (e.kind) {
        case 'h':
            FUZZ_CHECK(!inHead && bodyEnd < 0, "a head starts between requests");
            inHead = true;
            break;
        case 'b':
            FUZZ_CHECK(inHead, "a body after its head");
            bodyEnd = e.at + e.value;
            break;
        case 'c':
            FUZZ_CHECK(inHead, "a request completes after its head");
            if (bodyEnd >= 0)
                FUZZ_CHECK(e.at == bodyEnd, "the body is its Content-Length");
            inHead = false;
            bodyEnd = -1;
            break;
        case 'r':
            FUZZ_CHECK(i == run.events.size() - 1, "nothing after a refusal");
            FUZZ_CHECK(bodyEnd < 0, "no refusal inside a body");
            break;
        default:
            FUZZ_CHECK(false, "unknown event");
        }
    }
    FUZZ_CHECK(run.refused == (!run.events.isEmpty() && run.events.last().kind == 'r'),
        "refused exactly when it says so");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    const Run whole = feed(bytes, {});
    checkOrder(whole, bytes.size());

    // The socket delivers the stream cut anywhere: the decisions must not move.
    if (size <= 4096) {
        const Run oneByOne = feed(bytes, {1});
        FUZZ_CHECK(oneByOne.events == whole.events, "byte by byte decides as the whole");
    }
    QList<qsizetype> pieces;
    for (size_t i = 0; i < std::min<size_t>(size, 8); ++i)
        pieces.append(1 + data[i] % 97);
    const Run cut = feed(bytes, pieces);
    FUZZ_CHECK(cut.events == whole.events, "pieces decide as the whole");
    FUZZ_CHECK(cut.parsed == whole.parsed, "pieces look at as much as the whole");
    return 0;
}
