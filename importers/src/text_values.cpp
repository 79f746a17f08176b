#include "gigamap/importers/text_values.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace gigamap::importers {

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

std::string lowerCase(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lower;
}

std::optional<double> parseDouble(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() ||
        !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> parseInteger(std::string_view text) {
    text = trim(text);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

ConvertedValue valueFromText(std::string_view text, core::FieldType type) {
    if (trim(text).empty() && type != core::FieldType::Text) {
        return core::Value{};
    }
    switch (type) {
        case core::FieldType::Integer:
            if (auto v = parseInteger(text)) {
                return core::Value{*v};
            }
            if (auto d = parseDouble(text); d && std::trunc(*d) == *d) {
                return core::Value{static_cast<std::int64_t>(*d)};
            }
            return std::string("not a whole number");
        case core::FieldType::Real:
            if (auto v = parseDouble(text)) {
                return core::Value{*v};
            }
            return std::string("not a number");
        case core::FieldType::Text:
            return core::Value{std::string(text)};
    }
    return core::Value{};
}

}  // namespace gigamap::importers
