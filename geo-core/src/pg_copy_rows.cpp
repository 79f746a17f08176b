#include "pg_copy_rows.h"

#include <fmt/format.h>

#include <array>
#include <bit>

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
// `write` receives the EWKB byte by byte.
namespace {

template <typename Write>
void toEwkb(std::span<const unsigned char> wkb, int srid, Write&& write) {
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
    write(wkb[0]);
    for (const unsigned char byte : type) {
        write(byte);
    }
    for (const unsigned char byte : sridBytes) {
        write(byte);
    }
    for (std::size_t i = 5; i < wkb.size(); ++i) {
        write(wkb[i]);
    }
}

}  // namespace

void appendHexEwkb(std::string& out, std::span<const unsigned char> wkb, int srid) {
    toEwkb(wkb, srid, [&out](unsigned char byte) { appendHex(out, byte); });
}

void PgCopyRows::addGeometry(std::span<const unsigned char> wkb, int srid) {
    separate();
    if (wkb.empty()) {
        text_ += "\\N";
        return;
    }
    appendHexEwkb(text_, wkb, srid);
}

void PgCopyRows::endRow() {
    text_ += '\n';
    rowStarted_ = false;
}

// The signature, flags (none) and header extension length (none).
PgBinaryCopyRows::PgBinaryCopyRows() : data_("PGCOPY\n\377\r\n\0", 11) {
    append32(0);
    append32(0);
}

void PgBinaryCopyRows::append32(std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        data_ += static_cast<char>((value >> static_cast<unsigned>(shift)) & 0xFFU);
    }
}

void PgBinaryCopyRows::append64(std::uint64_t value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
        data_ += static_cast<char>((value >> static_cast<unsigned>(shift)) & 0xFFU);
    }
}

void PgBinaryCopyRows::beginRow(int columns) {
    data_ += static_cast<char>((columns >> 8) & 0xFF);
    data_ += static_cast<char>(columns & 0xFF);
    ++rows_;
}

void PgBinaryCopyRows::add(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        append32(static_cast<std::uint32_t>(text->size()));
        data_ += *text;
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        append32(8);
        append64(static_cast<std::uint64_t>(*integer));
    } else if (const auto* real = std::get_if<double>(&value)) {
        append32(8);
        append64(std::bit_cast<std::uint64_t>(*real));
    } else {
        append32(0xFFFFFFFFU);  // -1: NULL
    }
}

void PgBinaryCopyRows::addGeometry(std::span<const unsigned char> wkb, int srid) {
    if (wkb.empty()) {
        append32(0xFFFFFFFFU);
        return;
    }
    append32(static_cast<std::uint32_t>(wkb.size() + 4));  // the SRID is added
    toEwkb(wkb, srid, [this](unsigned char byte) { data_ += static_cast<char>(byte); });
}

std::string PgBinaryCopyRows::finished() const {
    return data_ + std::string("\xFF\xFF", 2);  // the trailer: a field count of -1
}

}  // namespace gigamap::core
