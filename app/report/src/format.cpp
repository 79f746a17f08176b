#include "format.h"

#include <fmt/format.h>

#include <cmath>

namespace gigamap::report {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string grouped(std::int64_t value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

std::string whole(double value) {
    return grouped(static_cast<std::int64_t>(std::llround(value)));
}

std::string pounds(double value) {
    return "£" + whole(value);
}

std::string metres(double value) {
    const auto tenths = static_cast<std::int64_t>(std::llround(value * 10.0));
    return fmt::format("{}.{} m", grouped(tenths / 10), std::abs(tenths % 10));
}

std::string percent(double share) {
    return fmt::format("{:.1f} %", share * 100.0);
}

std::string squareKilometres(double squareMetres) {
    return fmt::format("{:.2f} km²", squareMetres / 1e6);
}

}  // namespace gigamap::report
