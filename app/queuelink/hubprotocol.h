#pragma once

namespace saduak {

// The LAN protocol's version (docs/hub-protocol.md, "hello"): a device lists the versions it
// speaks, the hub answers with the one it chose. Both sides read it from here.
inline constexpr int kHubProtocolVersion = 1;

} // namespace saduak
