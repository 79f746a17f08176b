#include "gigamap/importers/text_encoding.h"

#include <array>
#include <cstdint>

namespace gigamap::importers {
namespace {

// Windows-1252's 0x80..0x9F; the undefined 0x81, 0x8D, 0x8F, 0x90, 0x9D stay C1 controls.
constexpr std::array<char32_t, 32> kHighControls{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

}  // namespace

bool isUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<std::uint8_t>(text[i]);
        if (byte < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t c = 0;
        if ((byte & 0xE0U) == 0xC0U) {
            length = 2;
            c = byte & 0x1FU;
        } else if ((byte & 0xF0U) == 0xE0U) {
            length = 3;
            c = byte & 0x0FU;
        } else if ((byte & 0xF8U) == 0xF0U) {
            length = 4;
            c = byte & 0x07U;
        } else {
            return false;
        }
        if (i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<std::uint8_t>(text[i + k]);
            if ((next & 0xC0U) != 0x80U) {
                return false;
            }
            c = (c << 6U) | (next & 0x3FU);
        }
        // No overlong forms, no surrogates, nothing past U+10FFFF.
        const char32_t smallest = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000);
        if (c < smallest || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
            return false;
        }
        i += length;
    }
    return true;
}

std::string utf8FromWindows1252(std::string_view text) {
    if (isUtf8(text)) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    for (const char byte : text) {
        const auto b = static_cast<std::uint8_t>(byte);
        append(out, b >= 0x80 && b < 0xA0 ? kHighControls[b - 0x80U] : char32_t{b});
    }
    return out;
}

}  // namespace gigamap::importers
