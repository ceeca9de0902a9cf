#pragma once

#include <QString>
#include <QStringView>
#include <QtCore/qglobal.h>
#include <optional>

#if defined(SADUAK_SDK_LIBRARY)
#define SADUAK_SDK_EXPORT Q_DECL_EXPORT
#else
#define SADUAK_SDK_EXPORT Q_DECL_IMPORT
#endif

namespace saduak {

// An SDK version, "major.minor". A module's JSON says the one it was built against
// ("sdkVersion": "2.0"); the host loads it when kSdkCompatVersion <= it <= kSdkVersion, as Qt
// Creator's PluginSpec does with Version and CompatVersion (app/sdk/README.md, "Versions").
struct SdkVersion
{
    int majorVersion = 0;
    int minorVersion = 0;

    friend constexpr auto operator<=>(const SdkVersion &, const SdkVersion &) = default;

    QString toString() const
    {
        return QString::number(majorVersion) + u'.' + QString::number(minorVersion);
    }

    // "2.0", "2.13": two numbers of digits only with one dot between; nullopt for anything else
    // ("2", "2.0.1", " 2.0", "+2.0", "v2").
    static std::optional<SdkVersion> fromString(QStringView text)
    {
        const qsizetype dot = text.indexOf(u'.');
        if (dot < 0)
            return std::nullopt;
        const std::optional<int> major = number(text.first(dot));
        const std::optional<int> minor = number(text.sliced(dot + 1));
        if (!major || !minor)
            return std::nullopt;
        return SdkVersion {*major, *minor};
    }

private:
    static std::optional<int> number(QStringView digits)
    {
        // At most 9 digits, so the value fits an int; no sign, no space, no second dot.
        if (digits.isEmpty() || digits.size() > 9)
            return std::nullopt;
        int value = 0;
        for (const QChar c : digits) {
            const char16_t unit = c.unicode();
            if (unit < u'0' || unit > u'9')
                return std::nullopt;
            value = value * 10 + (unit - u'0');
        }
        return value;
    }
};

// The SDK this program and its headers are. Raise the minor when the SDK grows in a way a module
// built against the old headers still works with (a new class, a new non-virtual function); raise
// the major, and set the compat version to it, when a module built against the old headers would
// break (a new or changed virtual in an exported class, a changed exported type). CMake reads
// these four lines for the library's VERSION/SOVERSION and the SaduakSdk package's version.
inline constexpr int kSdkVersionMajor = 2;
inline constexpr int kSdkVersionMinor = 0;
// The oldest SDK whose modules this program still loads.
inline constexpr int kSdkCompatVersionMajor = 2;
inline constexpr int kSdkCompatVersionMinor = 0;

inline constexpr SdkVersion kSdkVersion {kSdkVersionMajor, kSdkVersionMinor};
inline constexpr SdkVersion kSdkCompatVersion {kSdkCompatVersionMajor, kSdkCompatVersionMinor};

static_assert(kSdkCompatVersion <= kSdkVersion, "the compat version is never newer");
// The plugin IID carries the major only, so a module of another major is refused before its
// JSON is even read; within one major the JSON's "major.minor" decides.
static_assert(kSdkCompatVersionMajor == kSdkVersionMajor,
    "a new major breaks modules: its compat version is its own x.0");

} // namespace saduak

// Keep the number after the '/' equal to kSdkVersionMajor (checked below).
#define SADUAK_MODULE_IID "th.go.saduak.Module/2"

namespace saduak::detail {
// The number after the last '/' of an IID literal, at compile time.
constexpr int iidMajor(const char *iid)
{
    const char *number = iid;
    for (const char *c = iid; *c; ++c) {
        if (*c == '/')
            number = c + 1;
    }
    int value = 0;
    for (; *number >= '0' && *number <= '9'; ++number)
        value = value * 10 + (*number - '0');
    return value;
}
static_assert(
    iidMajor(SADUAK_MODULE_IID) == kSdkVersionMajor, "SADUAK_MODULE_IID must carry the SDK major");
} // namespace saduak::detail
