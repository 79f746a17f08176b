#pragma once

#include <filesystem>
#include <vector>

#include <nlohmann/json.hpp>

#include "gigamap/core/geometry.h"

namespace gigamap::sample {

// Collects features and writes them as a GeoJSON FeatureCollection in British
// National Grid (with the legacy "crs" member that GDAL reads).
class GeoJsonWriter {
public:
    void addPoint(const core::Coordinate& point, nlohmann::json properties);
    void addLine(const std::vector<core::Coordinate>& line, nlohmann::json properties);
    void write(const std::filesystem::path& file) const;
    [[nodiscard]] std::size_t size() const { return features_.size(); }

private:
    std::vector<nlohmann::json> features_;
};

}  // namespace gigamap::sample
