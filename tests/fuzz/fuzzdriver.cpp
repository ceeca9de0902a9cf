// The fuzz targets' main() when they are not linked with libFuzzer (tests/fuzz/README.md): every
// corpus file, then a fixed number of mutations of them, each passed to LLVMFuzzerTestOneInput.
// It is deterministic on purpose: the same arguments make the same inputs in the same order, so
// a failure in CI reproduces on a developer's machine, and CI never fails by luck.
//
//   fuzz_NAME [--runs N] [--seed S] [--max-len BYTES] [--dict FILE] CORPUS_DIR_OR_FILE...
//
// A failed invariant (abort), a crash or a sanitizer report prints the input in hex first.

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional, as with libFuzzer: a target that needs set-up before its first input defines it.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);
// Present only under ASan/UBSan: called when a sanitizer report ends the process.
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)());

namespace {

using Bytes = std::vector<uint8_t>;

// The input being run, for the report of a failure. Plain globals: the signal handler reads them.
const uint8_t *g_current = nullptr;
size_t g_currentSize = 0;
const char *g_currentName = "";
long long g_currentRun = -1;

void writeAll(const char *text, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(STDERR_FILENO, text, size);
        if (n <= 0)
            return;
        text += n;
        size -= size_t(n);
    }
}

// Only async-signal-safe calls: this runs in a signal handler.
void reportCurrentInput()
{
    static const char digits[] = "0123456789abcdef";
    char line[160];
    int n = 0;
    const char *head = "\n==fuzzdriver== failing input: ";
    writeAll(head, std::strlen(head));
    writeAll(g_currentName, std::strlen(g_currentName));
    if (g_currentRun >= 0) {
        char number[32];
        int k = 0;
        unsigned long long run = (unsigned long long)g_currentRun;
        do {
            number[k++] = char('0' + run % 10);
            run /= 10;
        } while (run > 0);
        writeAll(" (mutation run ", 15);
        while (k > 0)
            writeAll(&number[--k], 1);
        writeAll(")", 1);
    }
    writeAll("\n==fuzzdriver== hex: ", 21);
    for (size_t i = 0; i < g_currentSize; ++i) {
        line[n++] = digits[g_current[i] >> 4];
        line[n++] = digits[g_current[i] & 15];
        if (n >= int(sizeof line) - 2) {
            writeAll(line, size_t(n));
            n = 0;
        }
    }
    line[n++] = '\n';
    writeAll(line, size_t(n));
    const char *tail = "==fuzzdriver== save it with: echo HEX | xxd -r -p > crash.bin; run: "
                       "fuzz_NAME crash.bin\n";
    writeAll(tail, std::strlen(tail));
}

void onFatalSignal(int signal)
{
    reportCurrentInput();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// splitmix64: the same numbers on every platform and standard library (std::uniform_int_
// distribution is not specified bit for bit).
struct Random
{
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n == 0 ? 0 : size_t(next() % n); }
};

bool readFile(const std::filesystem::path &path, Bytes *out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

// libFuzzer's dictionary format: one "token" a line (name="token" too), \\ \" and \xNN escapes,
// '#' comments.
std::vector<Bytes> readDictionary(const std::filesystem::path &path)
{
    std::vector<Bytes> tokens;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const size_t open = line.find('"');
        const size_t close = line.rfind('"');
        if (line.empty() || line[0] == '#' || open == std::string::npos || close <= open)
            continue;
        Bytes token;
        for (size_t i = open + 1; i < close; ++i) {
            if (line[i] == '\\' && i + 1 < close) {
                if (line[i + 1] == 'x' && i + 3 < close) {
                    token.push_back(uint8_t(std::stoi(line.substr(i + 2, 2), nullptr, 16)));
                    i += 3;
                } else {
                    token.push_back(uint8_t(line[++i]));
                }
            } else {
                token.push_back(uint8_t(line[i]));
            }
        }
        if (!token.empty())
            tokens.push_back(token);
    }
    return tokens;
}

class Mutator
{
public:
    Mutator(uint64_t seed, size_t maxLength, const std::vector<Bytes> &corpus,
        const std::vector<Bytes> &dictionary)
        : m_random {seed}, m_maxLength(maxLength), m_corpus(corpus), m_dictionary(dictionary)
    { }

    Bytes next()
    {
        Bytes data = m_corpus.empty() ? Bytes() : m_corpus[m_random.below(m_corpus.size())];
        // Mostly one change: a structured input (JSON, HTTP) survives one and reaches the code
        // behind its parser; sometimes many, for inputs far from the seeds.
        const size_t roll = m_random.below(4);
        const size_t steps = roll < 2 ? 1 : roll == 2 ? 2 : 3 + m_random.below(6);
        for (size_t i = 0; i < steps; ++i)
            mutate(data);
        if (data.size() > m_maxLength)
            data.resize(m_maxLength);
        return data;
    }

private:
    void mutate(Bytes &d)
    {
        switch (m_random.below(d.empty() ? 2 : 10)) {
        case 0: { // insert random bytes
            const size_t at = m_random.below(d.size() + 1);
            const size_t n = 1 + m_random.below(8);
            for (size_t i = 0; i < n; ++i)
                d.insert(d.begin() + long(at), uint8_t(m_random.next()));
            return;
        }
        case 1: { // insert a token of the dictionary (or an interesting value)
            const size_t at = m_random.below(d.size() + 1);
            const Bytes token = m_dictionary.empty() || m_random.below(3) == 0
                ? interesting()
                : m_dictionary[m_random.below(m_dictionary.size())];
            d.insert(d.begin() + long(at), token.begin(), token.end());
            return;
        }
        case 2: // flip a bit
            d[m_random.below(d.size())] ^= uint8_t(1u << m_random.below(8));
            return;
        case 3: // a random byte
            d[m_random.below(d.size())] = uint8_t(m_random.next());
            return;
        case 4: { // delete a range
            const size_t at = m_random.below(d.size());
            const size_t n = 1 + m_random.below(std::min<size_t>(d.size() - at, 16));
            d.erase(d.begin() + long(at), d.begin() + long(at + n));
            return;
        }
        case 5: { // overwrite with an interesting value or a token
            const Bytes token = m_dictionary.empty() || m_random.below(2) == 0
                ? interesting()
                : m_dictionary[m_random.below(m_dictionary.size())];
            const size_t at = m_random.below(d.size());
            for (size_t i = 0; i < token.size() && at + i < d.size(); ++i)
                d[at + i] = token[i];
            return;
        }
        case 6: { // copy a range of itself elsewhere (repeats a field, a header, a record)
            const size_t from = m_random.below(d.size());
            const size_t n = 1 + m_random.below(std::min<size_t>(d.size() - from, 64));
            const Bytes part(d.begin() + long(from), d.begin() + long(from + n));
            const size_t at = m_random.below(d.size() + 1);
            d.insert(d.begin() + long(at), part.begin(), part.end());
            return;
        }
        case 7: { // splice: this input's head, another corpus entry's tail
            if (m_corpus.empty())
                return;
            const Bytes &other = m_corpus[m_random.below(m_corpus.size())];
            const size_t cut = m_random.below(d.size() + 1);
            const size_t from = m_random.below(other.size() + 1);
            d.resize(cut);
            d.insert(d.end(), other.begin() + long(from), other.end());
            return;
        }
        case 8: // truncate
            d.resize(m_random.below(d.size() + 1));
            return;
        case 9: { // an ASCII digit changed: lengths, counts, counters and seqs are often decimal
            std::vector<size_t> digits;
            for (size_t i = 0; i < d.size(); ++i)
                if (d[i] >= '0' && d[i] <= '9')
                    digits.push_back(i);
            if (!digits.empty())
                d[digits[m_random.below(digits.size())]] = uint8_t('0' + m_random.below(10));
            return;
        }
        }
    }

    Bytes interesting()
    {
        static const std::vector<Bytes> values = {{0x00}, {0xFF}, {0x7F}, {0x80}, {0x00, 0x00},
            {0xFF, 0xFF}, {0x7F, 0xFF}, {0x80, 0x00}, {0xFF, 0xFF, 0xFF, 0xFF},
            {0x7F, 0xFF, 0xFF, 0xFF}, {0x80, 0x00, 0x00, 0x00}, {'-', '1'}, {'0'},
            {'9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9',
                '9', '9', '9'},
            {'1', 'e', '3', '0', '8'}, {'\r', '\n'}, {'\n'}, {'\r'}, {' '}, {'"'}, {'\\'},
            {0xE0, 0xB8, 0x81}, // a Thai letter in UTF-8
            {0xED, 0xA0, 0x80}, // a lone surrogate in UTF-8 (invalid)
            {0xC0, 0x80}}; // an overlong NUL (invalid UTF-8)
        return values[m_random.below(values.size())];
    }

    Random m_random;
    size_t m_maxLength;
    const std::vector<Bytes> &m_corpus;
    const std::vector<Bytes> &m_dictionary;
};

void runOne(const Bytes &input, const char *name, long long run)
{
    // An exact-size copy on the heap, as libFuzzer passes it: ASan sees a read past the end.
    uint8_t *copy = new uint8_t[input.empty() ? 1 : input.size()];
    if (!input.empty())
        std::memcpy(copy, input.data(), input.size());
    g_current = copy;
    g_currentSize = input.size();
    g_currentName = name;
    g_currentRun = run;
    LLVMFuzzerTestOneInput(copy, input.size());
    g_current = nullptr;
    g_currentSize = 0;
    delete[] copy;
}

int usage(const char *program)
{
    std::fprintf(stderr,
        "usage: %s [--runs N] [--seed S] [--max-len BYTES] [--dict FILE] CORPUS_DIR_OR_FILE...\n",
        program);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    long long runs = 10000;
    uint64_t seed = 1;
    size_t maxLength = 0;
    std::vector<Bytes> dictionary;
    std::vector<std::filesystem::path> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--runs" && hasValue)
            runs = std::atoll(argv[++i]);
        else if (arg == "--seed" && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--max-len" && hasValue)
            maxLength = size_t(std::atoll(argv[++i]));
        else if (arg == "--dict" && hasValue)
            dictionary = readDictionary(argv[++i]);
        else if (arg.starts_with("--"))
            return usage(argv[0]);
        else
            paths.emplace_back(arg);
    }
    if (paths.empty())
        return usage(argv[0]);

    // Corpus files in name order, so the mutations are the same whatever order the directory
    // lists them in.
    std::vector<std::filesystem::path> files;
    for (const auto &path : paths) {
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else if (std::filesystem::is_regular_file(path)) {
            files.push_back(path);
        } else {
            std::fprintf(stderr, "fuzzdriver: %s is neither a file nor a directory\n",
                path.c_str());
            return 2;
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<Bytes> corpus;
    std::vector<std::string> names;
    for (const auto &file : files) {
        Bytes bytes;
        if (!readFile(file, &bytes)) {
            std::fprintf(stderr, "fuzzdriver: cannot read %s\n", file.c_str());
            return 2;
        }
        corpus.push_back(std::move(bytes));
        names.push_back(file.string());
    }
    if (maxLength == 0) {
        maxLength = 4096;
        for (const Bytes &entry : corpus)
            maxLength = std::max(maxLength, entry.size() + 1024);
    }

    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (const int signal : {SIGSEGV, SIGABRT, SIGFPE, SIGILL, SIGBUS})
        std::signal(signal, onFatalSignal);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(reportCurrentInput);

    for (size_t i = 0; i < corpus.size(); ++i)
        runOne(corpus[i], names[i].c_str(), -1);
    Mutator mutator(seed, maxLength, corpus, dictionary);
    for (long long run = 0; run < runs; ++run)
        runOne(mutator.next(), "mutation", run);
    std::printf("fuzzdriver: %zu corpus inputs and %lld mutations (seed %llu): no failure\n",
        corpus.size(), runs, (unsigned long long)seed);
    return 0;
}
