#include "gigamap/core/feature_json.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "gigamap/core/error.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/wkb_hex.h"

namespace gigamap::core {

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
        json["wkb"] = wkbHex(feature.geometry);
    }
    if (feature.version > 0) {
        json["version"] = feature.version;
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
            feature.geometry = wkbFromHex(wkb.get<std::string>(), "edit log geometry");
        }
        if (const auto version = json.find("version"); version != json.end()) {
            feature.version = version->get<std::int64_t>();
        }
        return feature;
    } catch (const nlohmann::json::exception& error) {
        throw StoreError(fmt::format("edit log entry is not a feature: {}", error.what()));
    }
}

}  // namespace gigamap::core
