#include "gigamap/core/feature_json.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "gigamap/core/error.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

std::string toHex(const Wkb& wkb) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string hex;
    hex.reserve(wkb.size() * 2);
    for (const unsigned char byte : wkb) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0F]);
    }
    return hex;
}

Wkb fromHex(const std::string& hex) {
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
        throw StoreError("edit log geometry is not hex WKB");
    };
    if (hex.size() % 2 != 0) {
        throw StoreError("edit log geometry is not hex WKB");
    }
    Wkb wkb(hex.size() / 2);
    for (std::size_t i = 0; i < wkb.size(); ++i) {
        wkb[i] = static_cast<unsigned char>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
    }
    return wkb;
}

}  // namespace

std::string featureJson(const Feature& feature) {
    nlohmann::ordered_json json;
    json["fid"] = feature.fid;
    nlohmann::ordered_json attributes = nlohmann::ordered_json::object();
    for (const auto& [name, value] : feature.attributes) {
        std::visit(
            [&, &key = name](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>) {
                    attributes[key] = nullptr;
                } else {
                    attributes[key] = v;
                }
            },
            value);
    }
    json["attributes"] = std::move(attributes);
    if (feature.geometry.empty()) {
        json["wkt"] = nullptr;
        json["wkb"] = nullptr;
    } else {
        const GeosContext geos;
        json["wkt"] = geos.writeWkt(geos.readWkb(feature.geometry));
        json["wkb"] = toHex(feature.geometry);
    }
    return json.dump();
}

Feature featureFromJson(std::string_view text) {
    try {
        const auto json = nlohmann::json::parse(text);
        Feature feature;
        feature.fid = json.at("fid").get<std::int64_t>();
        for (const auto& [name, value] : json.at("attributes").items()) {
            if (value.is_null()) {
                feature.attributes.emplace(name, Value{});
            } else if (value.is_number_integer()) {
                feature.attributes.emplace(name, value.get<std::int64_t>());
            } else if (value.is_number()) {
                feature.attributes.emplace(name, value.get<double>());
            } else {
                feature.attributes.emplace(name, value.get<std::string>());
            }
        }
        if (const auto& wkb = json.at("wkb"); !wkb.is_null()) {
            feature.geometry = fromHex(wkb.get<std::string>());
        }
        return feature;
    } catch (const nlohmann::json::exception& error) {
        throw StoreError(fmt::format("edit log entry is not a feature: {}", error.what()));
    }
}

}  // namespace gigamap::core
