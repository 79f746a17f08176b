#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gigamap::core {

// The normal form of a UK postcode: upper case, one space before the inward
// code ("la11pj", "LA1  1PJ", "LA11PJ" -> "LA1 1PJ"). Nothing when the text is
// not shaped like a postcode (outward code A9, A99, AA9, AA99, A9A or AA9A,
// then inward code 9AA).
[[nodiscard]] std::optional<std::string> normalisePostcode(std::string_view text);

}  // namespace gigamap::core
