#include "pg_copy_rows.h"

#include <fmt/format.h>

#include <array>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

constexpr std::uint32_t kEwkbSridFlag = 0x20000000;

void appendHex(std::string& out, unsigned char byte) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    out += digits[byte >> 4];
    out += digits[byte & 0x0F];
}

void appendEscaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
        }
    }
}

}  // namespace

void PgCopyRows::separate() {
    if (rowStarted_) {
        text_ += '\t';
    }
    rowStarted_ = true;
}

void PgCopyRows::add(std::int64_t value) {
    separate();
    text_ += std::to_string(value);
}

void PgCopyRows::add(const Value& value) {
    separate();
    if (const auto* text = std::get_if<std::string>(&value)) {
        appendEscaped(text_, *text);
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        text_ += std::to_string(*integer);
    } else if (const auto* real = std::get_if<double>(&value)) {
        text_ += fmt::format("{}", *real);
    } else {
        text_ += "\\N";
    }
}

// ISO WKB becomes EWKB by a flag in its type and the SRID after it, in the
// WKB's own byte order; the parts of a multi-geometry stay as they are.
void PgCopyRows::addGeometry(std::span<const unsigned char> wkb, int srid) {
    separate();
    if (wkb.empty()) {
        text_ += "\\N";
        return;
    }
    if (wkb.size() < 5 || wkb[0] > 1) {
        throw StoreError("a geometry is not well-known binary and cannot be copied");
    }
    const bool little = wkb[0] == 1;
    std::array<unsigned char, 4> type{wkb[1], wkb[2], wkb[3], wkb[4]};
    std::array<unsigned char, 4> sridBytes{};
    const auto sridValue = static_cast<std::uint32_t>(srid);
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t shift = little ? 8 * i : 8 * (3 - i);
        sridBytes[i] = static_cast<unsigned char>((sridValue >> shift) & 0xFF);
        type[i] = static_cast<unsigned char>(type[i] | ((kEwkbSridFlag >> shift) & 0xFF));
    }
    appendHex(text_, wkb[0]);
    for (const unsigned char byte : type) {
        appendHex(text_, byte);
    }
    for (const unsigned char byte : sridBytes) {
        appendHex(text_, byte);
    }
    for (std::size_t i = 5; i < wkb.size(); ++i) {
        appendHex(text_, wkb[i]);
    }
}

void PgCopyRows::endRow() {
    text_ += '\n';
    rowStarted_ = false;
}

}  // namespace gigamap::core
