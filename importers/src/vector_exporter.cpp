#include "gigamap/importers/vector_exporter.h"

#include <cpl_string.h>
#include <fmt/format.h>

#include <variant>

#include "gdal_handles.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

const std::map<std::string, std::string> kExtensions{
    {".gpkg", "GPKG"}, {".geojson", "GeoJSON"}, {".json", "GeoJSON"}, {".shp", "ESRI Shapefile"},
    {".kml", "KML"},   {".fgb", "FlatGeobuf"},  {".csv", "CSV"}};

bool isWgs84Format(const std::string& format) {
    return format == "GeoJSON" || format == "KML";
}

OGRwkbGeometryType ogrType(core::GeometryType type) {
    switch (type) {
        case core::GeometryType::Point:
            return wkbPoint;
        case core::GeometryType::LineString:
            return wkbLineString;
        case core::GeometryType::MultiPolygon:
            return wkbMultiPolygon;
        case core::GeometryType::Any:
            return wkbUnknown;
    }
    return wkbUnknown;
}

OGRFieldType ogrFieldType(core::FieldType type) {
    switch (type) {
        case core::FieldType::Integer:
            return OFTInteger64;
        case core::FieldType::Real:
            return OFTReal;
        case core::FieldType::Text:
            return OFTString;
    }
    return OFTString;
}

std::map<std::string, core::Value> whereValues(const core::LayerSchema& schema,
                                               const std::map<std::string, std::string>& where) {
    std::map<std::string, core::Value> values;
    for (const auto& [name, text] : where) {
        const auto* field = schema.field(name);
        if (field == nullptr) {
            throw core::ExportError(fmt::format("--where {}=...: layer {} has no field '{}'", name,
                                                schema.table, name));
        }
        const ConvertedValue value = valueFromText(text, field->type);
        if (const auto* problem = std::get_if<std::string>(&value)) {
            throw core::ExportError(fmt::format("--where {}={}: {}", name, text, *problem));
        }
        values[name] = std::get<core::Value>(value);
    }
    return values;
}

void setField(OGRFeature& feature, int index, const core::Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        feature.SetField(index, static_cast<GIntBig>(*i));
    } else if (const auto* d = std::get_if<double>(&value)) {
        feature.SetField(index, *d);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
        feature.SetField(index, s->c_str());
    } else {
        feature.SetFieldNull(index);
    }
}

class QuietGdalErrors {
public:
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
};

// Removes a half-written output unless disarmed.
class PartialOutput {
public:
    explicit PartialOutput(std::filesystem::path path) : path_(std::move(path)) {}
    PartialOutput(const PartialOutput&) = delete;
    PartialOutput& operator=(const PartialOutput&) = delete;
    ~PartialOutput() {
        if (armed_) {
            std::error_code ignored;
            std::filesystem::remove(path_, ignored);
            if (path_.extension() == ".shp") {
                for (const char* extension : {".shx", ".dbf", ".prj", ".cpg"}) {
                    std::filesystem::remove(
                        std::filesystem::path(path_).replace_extension(extension), ignored);
                }
            }
        }
    }
    void keep() { armed_ = false; }

private:
    std::filesystem::path path_;
    bool armed_ = true;
};

}  // namespace

std::string formatForExtension(const std::filesystem::path& file) {
    const auto it = kExtensions.find(lowerCase(file.extension().string()));
    return it == kExtensions.end() ? std::string() : it->second;
}

ExportSummary VectorExporter::exportTable(const ExportOptions& options) {
    const core::LayerSchema& schema = core::layerSchema(options.table);
    const std::string format =
        options.format.empty() ? formatForExtension(options.out) : options.format;
    if (format.empty()) {
        throw core::ExportError(
            "cannot tell the format of " + options.out.string() +
            " from its extension; use .gpkg, .geojson, .shp, .kml, .fgb or .csv, "
            "or give --format");
    }
    ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(format.c_str());
    if (driver == nullptr) {
        throw core::ExportError("GDAL has no driver called '" + format + "'");
    }
    if (format == "ESRI Shapefile" && schema.geometryType == core::GeometryType::Any) {
        throw core::ExportError(
            "a Shapefile holds one geometry type, but layer " + schema.table +
            " mixes points, lines and polygons; export it as GeoPackage instead");
    }
    if (std::filesystem::exists(options.out)) {
        if (!options.overwrite) {
            throw core::ExportError(options.out.string() +
                                    " already exists; give --overwrite to replace it");
        }
        std::filesystem::remove(options.out);
    }
    auto& table = project_.layer(options.table);
    const auto ids = table.idsWhere(whereValues(schema, options.where));

    PartialOutput partial(options.out);
    // GDAL's messages become this function's errors and notes, not stderr noise.
    const QuietGdalErrors quiet;
    GDALDatasetUniquePtr dataset(
        driver->Create(options.out.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        throw core::ExportError("cannot create " + options.out.string() + ": " +
                                CPLGetLastErrorMsg());
    }
    OGRSpatialReference projectCrs;
    projectCrs.importFromEPSG(project_.srid());
    projectCrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool toWgs84 = isWgs84Format(format);
    CoordinateTransformationPtr transform;
    if (toWgs84) {
        transform.reset(OGRCreateCoordinateTransformation(&projectCrs, &wgs84));
    }
    CPLStringList layerOptions;
    if (format == "GeoJSON") {
        layerOptions.AddNameValue("RFC7946", "YES");
    } else if (format == "CSV") {
        layerOptions.AddNameValue("GEOMETRY", options.csvAsXy ? "AS_XY" : "AS_WKT");
    }
    OGRLayer* layer = dataset->CreateLayer(schema.table.c_str(), toWgs84 ? &wgs84 : &projectCrs,
                                           ogrType(schema.geometryType), layerOptions.List());
    if (layer == nullptr) {
        throw core::ExportError("cannot create layer " + schema.table + " in " +
                                options.out.string() + ": " + CPLGetLastErrorMsg());
    }
    // Where each field went: drivers may add fields of their own (KML's Name and
    // Description) or shorten names (Shapefile's ten characters).
    std::vector<int> fieldIndex;
    std::vector<std::string> renamed;
    for (const auto& field : schema.fields) {
        OGRFieldDefn definition(field.name.c_str(), ogrFieldType(field.type));
        if (layer->CreateField(&definition) != OGRERR_NONE) {
            throw core::ExportError("cannot create field " + field.name + " in " +
                                    options.out.string());
        }
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        const int index = defn->GetFieldCount() - 1;
        fieldIndex.push_back(index);
        const std::string written = defn->GetFieldDefn(index)->GetNameRef();
        if (written != field.name) {
            renamed.push_back(field.name + " -> " + written);
        }
    }
    const bool transactions = dataset->StartTransaction() == OGRERR_NONE;
    for (const auto fid : ids) {
        const auto source = table.read(fid);
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetFID(fid);
        for (std::size_t i = 0; i < schema.fields.size(); ++i) {
            setField(*feature, fieldIndex[i], source->attribute(schema.fields[i].name));
        }
        if (!source->geometry.empty()) {
            OGRGeometry* geometry = nullptr;
            if (OGRGeometryFactory::createFromWkb(source->geometry.data(), nullptr, &geometry,
                                                  source->geometry.size()) != OGRERR_NONE) {
                throw core::ExportError(fmt::format(
                    "feature {} of {} has a geometry GDAL cannot read", fid, schema.table));
            }
            OGRGeometryUniquePtr owned(geometry);
            if (transform && owned->transform(transform.get()) != OGRERR_NONE) {
                throw core::ExportError(fmt::format(
                    "feature {} of {} cannot be transformed to WGS84", fid, schema.table));
            }
            feature->SetGeometry(owned.get());
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
            throw core::ExportError(fmt::format("cannot write feature {} to {}: {}", fid,
                                                options.out.string(), CPLGetLastErrorMsg()));
        }
    }
    if (transactions && dataset->CommitTransaction() != OGRERR_NONE) {
        throw core::ExportError("cannot finish writing " + options.out.string());
    }
    dataset.reset();  // flush and close before declaring success
    partial.keep();
    ExportSummary summary{format,
                          static_cast<std::int64_t>(ids.size()),
                          toWgs84 ? "EPSG:4326" : fmt::format("EPSG:{}", project_.srid()),
                          {}};
    if (!renamed.empty()) {
        std::string list;
        for (const auto& name : renamed) {
            list += (list.empty() ? "" : ", ") + name;
        }
        summary.notes.push_back(format + " shortened field names: " + list);
    }
    return summary;
}

}  // namespace gigamap::importers
