#include "geojson_writer.h"

#include <cmath>
#include <fstream>
#include <stdexcept>

namespace gigamap::sample {
namespace {

// Centimetres, as survey records are kept.
nlohmann::json position(const core::Coordinate& c) {
    return {std::round(c.x * 100.0) / 100.0, std::round(c.y * 100.0) / 100.0};
}

}  // namespace

void GeoJsonWriter::addPoint(const core::Coordinate& point, nlohmann::json properties) {
    features_.push_back({{"type", "Feature"},
                         {"properties", std::move(properties)},
                         {"geometry", {{"type", "Point"}, {"coordinates", position(point)}}}});
}

void GeoJsonWriter::addLine(const std::vector<core::Coordinate>& line, nlohmann::json properties) {
    nlohmann::json coordinates = nlohmann::json::array();
    for (const auto& c : line) {
        coordinates.push_back(position(c));
    }
    features_.push_back({{"type", "Feature"},
                         {"properties", std::move(properties)},
                         {"geometry", {{"type", "LineString"}, {"coordinates", coordinates}}}});
}

void GeoJsonWriter::write(const std::filesystem::path& file) const {
    const nlohmann::json collection{
        {"type", "FeatureCollection"},
        {"crs", {{"type", "name"}, {"properties", {{"name", "urn:ogc:def:crs:EPSG::27700"}}}}},
        {"features", features_}};
    std::ofstream out(file);
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
    out << collection.dump(1) << '\n';
}

}  // namespace gigamap::sample
