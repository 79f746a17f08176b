#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "gigamap/importers/import_summary.h"
#include "gigamap/importers/import_target.h"
#include "gigamap/importers/source_options.h"

namespace gigamap::core {
class Feedback;
class Project;
}  // namespace gigamap::core

namespace gigamap::importers {

struct VectorOptions {
    std::string table;                          // the project layer to fill
    std::optional<std::string> layer;           // the source layer (default: the only/first one)
    std::map<std::string, std::string> fields;  // target field -> source field ("": none)
    std::map<std::string, std::string> values;  // target field -> constant value
    std::optional<std::string> sourceCrs;       // e.g. "EPSG:4326", when the file has none
    SourceOptions source;                       // rejects file, vintage, attribution
    std::string sourceName;  // the name the project records the source under (default: the table)
};

// Imports any vector source GDAL/OGR reads (GeoPackage, Shapefile, GeoJSON,
// KML, FlatGeobuf, CSV with WKT or X/Y columns) into a project layer, in source
// order, transformed into the project CRS. Fields with the target's names are
// taken as they are; `fields` maps others and `values` sets constants. Invalid
// polygons are repaired and counted; features that cannot be stored go to the
// rejects file. The whole file is one transaction.
class VectorImporter {
public:
    VectorImporter(ImportTarget target, VectorOptions options);

    ImportSummary importFile(const std::filesystem::path& file, core::Feedback* feedback = nullptr);

private:
    ImportTarget target_;
    VectorOptions options_;
};

}  // namespace gigamap::importers
