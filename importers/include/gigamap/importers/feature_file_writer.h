#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "gigamap/core/feature.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::importers {

struct FeatureFileOptions {
    std::filesystem::path out;
    // GPKG, GeoJSON, ESRI Shapefile, KML, FlatGeobuf or CSV; empty: from the extension.
    std::string format;
    bool csvAsXy = false;  // CSV: X and Y columns instead of WKT (point layers)
    bool overwrite = false;
    // Add the layer to an existing file of a format that holds several layers
    // (GeoPackage) instead of making a new file; a failure then leaves the
    // file as it was before this layer, less nothing the caller wrote.
    bool addLayer = false;
};

struct FeatureFileSummary {
    std::string format;
    std::int64_t features = 0;
    std::string crs;                 // e.g. "EPSG:4326" for GeoJSON
    std::vector<std::string> notes;  // e.g. field names a format shortened
};

// Writes features to a new file in any vector format GDAL writes: one layer
// named after `layer.table`, its fields typed as the schema says, geometries
// given as WKB in the project CRS (`srid`) and written in it, except GeoJSON
// (RFC 7946) and KML, which are transformed to WGS84 longitude/latitude.
// All the features land in one transaction where the format has them; the
// file appears when finish() returns, and a writer destroyed before that (an
// error, a cancel) leaves no partial file behind.
class FeatureFileWriter {
public:
    FeatureFileWriter(const FeatureFileOptions& options, const core::LayerSchema& layer, int srid);
    FeatureFileWriter(const FeatureFileWriter&) = delete;
    FeatureFileWriter& operator=(const FeatureFileWriter&) = delete;
    ~FeatureFileWriter();

    // Writes one feature: its fid where the format keeps fids (0: the
    // format's own), the schema's fields from its attributes, its geometry.
    void write(const core::Feature& feature);
    FeatureFileSummary finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

// The GDAL driver name for a file name's extension, or empty.
[[nodiscard]] std::string formatForExtension(const std::filesystem::path& file);

}  // namespace gigamap::importers
