#include "gigamap/core/wkb_hex.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"

namespace gigamap::core {

std::string wkbHex(const Wkb& wkb) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string hex;
    hex.reserve(wkb.size() * 2);
    for (const unsigned char byte : wkb) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0F]);
    }
    return hex;
}

Wkb wkbFromHex(std::string_view hex, std::string_view what) {
    const auto notHex = [&] { return StoreError(fmt::format("{} is not hex WKB", what)); };
    const auto nibble = [&](char c) -> unsigned {
        if (c >= '0' && c <= '9') {
            return static_cast<unsigned>(c - '0');
        }
        if (c >= 'A' && c <= 'F') {
            return static_cast<unsigned>(c - 'A' + 10);
        }
        if (c >= 'a' && c <= 'f') {
            return static_cast<unsigned>(c - 'a' + 10);
        }
        throw notHex();
    };
    if (hex.size() % 2 != 0) {
        throw notHex();
    }
    Wkb wkb(hex.size() / 2);
    for (std::size_t i = 0; i < wkb.size(); ++i) {
        wkb[i] = static_cast<unsigned char>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
    }
    return wkb;
}

}  // namespace gigamap::core
