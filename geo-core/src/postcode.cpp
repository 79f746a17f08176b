#include "gigamap/core/postcode.h"

#include <cctype>

namespace gigamap::core {
namespace {

bool isAlpha(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool isDigit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool validOutward(std::string_view out) {
    // A9, A99, AA9, AA99, A9A, AA9A
    if (out.size() < 2 || out.size() > 4 || !isAlpha(out[0])) {
        return false;
    }
    std::size_t i = isAlpha(out[1]) ? 2 : 1;
    if (i >= out.size() || !isDigit(out[i])) {
        return false;
    }
    ++i;
    if (i == out.size()) {
        return true;
    }
    return i + 1 == out.size() && (isDigit(out[i]) || isAlpha(out[i]));
}

}  // namespace

std::optional<std::string> normalisePostcode(std::string_view text) {
    std::string compact;
    for (const char c : text) {
        if (c == ' ' || c == '\t') {
            continue;
        }
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (compact.size() < 5 || compact.size() > 7) {
        return std::nullopt;
    }
    const std::string_view inward = std::string_view(compact).substr(compact.size() - 3);
    const std::string_view outward = std::string_view(compact).substr(0, compact.size() - 3);
    if (!isDigit(inward[0]) || !isAlpha(inward[1]) || !isAlpha(inward[2]) ||
        !validOutward(outward)) {
        return std::nullopt;
    }
    return std::string(outward) + " " + std::string(inward);
}

}  // namespace gigamap::core
