#pragma once

namespace saduak {

// The two languages every screen, ticket and report is shown in. Thai comes first.
enum class Language { Thai, English };

} // namespace saduak
