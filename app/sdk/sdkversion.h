#pragma once

#include <QtCore/qglobal.h>

#if defined(SADUAK_SDK_LIBRARY)
#define SADUAK_SDK_EXPORT Q_DECL_EXPORT
#else
#define SADUAK_SDK_EXPORT Q_DECL_IMPORT
#endif

namespace saduak {

// The SDK's major version. A module built against another one is refused by the host: both its
// plugin IID ("th.go.saduak.Module/1") and its JSON "sdkVersion" must match.
inline constexpr int kSdkVersion = 1;

} // namespace saduak

#define SADUAK_MODULE_IID "th.go.saduak.Module/1"
