#include "gigamap/importers/feature_file_writer.h"

#include <cpl_string.h>
#include <fmt/format.h>

#include <map>
#include <optional>
#include <variant>

#include "gdal_handles.h"
#include "gigamap/core/atomic_file.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/error.h"
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

// `spreadsheet`: the output is a CSV, whose text cells are guarded against formulas.
void setField(OGRFeature& feature, int index, const core::Value& value, bool spreadsheet) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        feature.SetField(index, static_cast<GIntBig>(*i));
    } else if (const auto* d = std::get_if<double>(&value)) {
        feature.SetField(index, *d);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
        feature.SetField(index, spreadsheet ? core::spreadsheetSafe(*s).c_str() : s->c_str());
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

// A folder beside the output where GDAL writes it (with a Shapefile's .shx,
// .dbf and .prj, a GeoPackage's journal): put in place file by file once the
// output is complete and on the disk, removed with whatever is in it otherwise.
class StagingFolder {
public:
    explicit StagingFolder(const std::filesystem::path& out)
        : out_(out),
          folder_(out.parent_path() / ("." + out.filename().string() + ".partial")),
          staged_(folder_ / out.filename()) {
        std::error_code error;
        std::filesystem::remove_all(folder_, error);  // left by a killed export
        if (!std::filesystem::create_directory(folder_, error)) {
            core::throwCannotWrite(out_, error.value());
        }
    }
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;
    ~StagingFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(folder_, ignored);
    }

    // Where GDAL writes the output.
    [[nodiscard]] const std::filesystem::path& staged() const { return staged_; }

    // Flushes every staged file to the disk, then renames each beside the output
    // (the main file last, so it appears only with its sidecars).
    void putInPlace() {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder_)) {
            if (entry.is_regular_file()) {
                core::syncToDisk(entry.path(), out_);
                if (entry.path() != staged_) {
                    files.push_back(entry.path());
                }
            }
        }
        files.push_back(staged_);
        for (const auto& file : files) {
            std::error_code error;
            std::filesystem::rename(file, out_.parent_path() / file.filename(), error);
            if (error) {
                core::throwCannotWrite(out_, error.value());
            }
        }
    }

private:
    std::filesystem::path out_;
    std::filesystem::path folder_;
    std::filesystem::path staged_;
};

std::string requireFormat(const FeatureFileOptions& options, const core::LayerSchema& layer) {
    const std::string format =
        options.format.empty() ? formatForExtension(options.out) : options.format;
    if (format.empty()) {
        throw core::ExportError(
            "cannot tell the format of " + options.out.string() +
            " from its extension; use .gpkg, .geojson, .shp, .kml, .fgb or .csv, "
            "or give --format");
    }
    if (format == "ESRI Shapefile" && layer.geometryType == core::GeometryType::Any) {
        throw core::ExportError(
            "a Shapefile holds one geometry type, but layer " + layer.table +
            " mixes points, lines and polygons; export it as GeoPackage instead");
    }
    return format;
}

// Reads the written file back: drivers do not all report a write that failed
// (GeoJSON, KML and FlatGeobuf on a full disk leave a short file and say nothing).
void requireAllFeatures(const std::filesystem::path& staged, const std::string& layer,
                        std::int64_t written, const std::filesystem::path& out) {
    GDALDatasetUniquePtr check(
        GDALDataset::Open(staged.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    GIntBig found = -1;
    OGRLayer* readBack = nullptr;
    if (check) {
        // Drivers that name the layer after the file (GeoJSON, FlatGeobuf, CSV) hold one layer.
        readBack =
            check->GetLayerCount() == 1 ? check->GetLayer(0) : check->GetLayerByName(layer.c_str());
    }
    if (readBack != nullptr) {
        found = readBack->GetFeatureCount(TRUE);
    }
    if (found != written) {
        core::throwCannotWrite(out, 0);
    }
}

}  // namespace

struct FeatureFileWriter::State {
    State(const FeatureFileOptions& options, const core::LayerSchema& schema)
        : out(options.out), layerSchema(schema) {}

    std::filesystem::path out;
    core::LayerSchema layerSchema;
    std::optional<StagingFolder> staging;  // empty when adding a layer to the caller's file
    // GDAL's messages become this writer's errors and notes, not stderr noise.
    QuietGdalErrors quiet;
    std::string format;
    std::string crs;
    OGRSpatialReference projectCrs;
    OGRSpatialReference wgs84;
    CoordinateTransformationPtr transform;
    GDALDatasetUniquePtr dataset;
    OGRLayer* layer = nullptr;
    std::vector<int> fieldIndex;
    std::vector<std::string> renamed;
    bool transactions = false;
    std::int64_t written = 0;
};

FeatureFileWriter::FeatureFileWriter(const FeatureFileOptions& options,
                                     const core::LayerSchema& layer, int srid) {
    const std::string format = requireFormat(options, layer);
    ensureGdalRegistered();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(format.c_str());
    if (driver == nullptr) {
        throw core::ExportError("GDAL has no driver called '" + format + "'");
    }
    const bool adding = options.addLayer && std::filesystem::exists(options.out);
    if (!adding && std::filesystem::exists(options.out) && !options.overwrite) {
        throw core::ExportError(options.out.string() +
                                " already exists; give --overwrite to replace it");
    }
    // The file it replaces stays as it was until the new one is complete.
    state_ = std::make_unique<State>(options, layer);
    State& s = *state_;
    s.format = format;
    if (adding) {
        // The file is the caller's and is written in place: a failure rolls
        // this layer's transaction back and leaves the file as it was.
        const char* const drivers[] = {format.c_str(), nullptr};
        s.dataset.reset(GDALDataset::Open(options.out.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                          drivers, nullptr, nullptr));
    } else {
        s.staging.emplace(options.out);
        s.dataset.reset(driver->Create(s.staging->staged().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!s.dataset) {
        throw core::ExportError("cannot create " + options.out.string() + ": " +
                                CPLGetLastErrorMsg());
    }
    s.projectCrs.importFromEPSG(srid);
    s.projectCrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    s.wgs84.importFromEPSG(4326);
    s.wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool toWgs84 = isWgs84Format(format);
    if (toWgs84) {
        s.transform.reset(OGRCreateCoordinateTransformation(&s.projectCrs, &s.wgs84));
    }
    s.crs = toWgs84 ? "EPSG:4326" : fmt::format("EPSG:{}", srid);
    CPLStringList layerOptions;
    if (format == "GeoJSON") {
        layerOptions.AddNameValue("RFC7946", "YES");
    } else if (format == "CSV") {
        layerOptions.AddNameValue("GEOMETRY", options.csvAsXy ? "AS_XY" : "AS_WKT");
    }
    s.layer = s.dataset->CreateLayer(layer.table.c_str(), toWgs84 ? &s.wgs84 : &s.projectCrs,
                                     ogrType(layer.geometryType), layerOptions.List());
    if (s.layer == nullptr) {
        throw core::ExportError("cannot create layer " + layer.table + " in " +
                                options.out.string() + ": " + CPLGetLastErrorMsg());
    }
    // Where each field went: drivers may add fields of their own (KML's Name and
    // Description) or shorten names (Shapefile's ten characters).
    for (const auto& field : layer.fields) {
        OGRFieldDefn definition(field.name.c_str(), ogrFieldType(field.type));
        if (s.layer->CreateField(&definition) != OGRERR_NONE) {
            throw core::ExportError("cannot create field " + field.name + " in " +
                                    options.out.string());
        }
        const OGRFeatureDefn* defn = s.layer->GetLayerDefn();
        const int index = defn->GetFieldCount() - 1;
        s.fieldIndex.push_back(index);
        const std::string name = defn->GetFieldDefn(index)->GetNameRef();
        if (name != field.name) {
            s.renamed.push_back(field.name + " -> " + name);
        }
    }
    s.transactions = s.dataset->StartTransaction() == OGRERR_NONE;
}

FeatureFileWriter::~FeatureFileWriter() = default;

void FeatureFileWriter::write(const core::Feature& source) {
    State& s = *state_;
    const std::string& table = s.layerSchema.table;
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(s.layer->GetLayerDefn()));
    if (source.fid != 0) {
        feature->SetFID(source.fid);
    }
    for (std::size_t i = 0; i < s.layerSchema.fields.size(); ++i) {
        setField(*feature, s.fieldIndex[i], source.attribute(s.layerSchema.fields[i].name),
                 s.format == "CSV");
    }
    if (!source.geometry.empty()) {
        OGRGeometry* geometry = nullptr;
        if (OGRGeometryFactory::createFromWkb(source.geometry.data(), nullptr, &geometry,
                                              source.geometry.size()) != OGRERR_NONE) {
            throw core::ExportError(
                fmt::format("feature {} of {} has a geometry GDAL cannot read", source.fid, table));
        }
        OGRGeometryUniquePtr owned(geometry);
        if (s.transform && owned->transform(s.transform.get()) != OGRERR_NONE) {
            throw core::ExportError(
                fmt::format("feature {} of {} cannot be transformed to WGS84", source.fid, table));
        }
        feature->SetGeometry(owned.get());
    }
    if (s.layer->CreateFeature(feature.get()) != OGRERR_NONE) {
        throw core::ExportError(fmt::format("cannot write feature {} to {}: {}", source.fid,
                                            s.out.string(), CPLGetLastErrorMsg()));
    }
    ++s.written;
}

FeatureFileSummary FeatureFileWriter::finish() {
    State& s = *state_;
    if (s.transactions && s.dataset->CommitTransaction() != OGRERR_NONE) {
        throw core::ExportError("cannot finish writing " + s.out.string());
    }
    CPLErrorReset();
    s.dataset.reset();  // flush and close before declaring success
    if (CPLGetLastErrorType() >= CE_Failure) {
        throw core::ExportError("cannot finish writing " + s.out.string() + ": " +
                                CPLGetLastErrorMsg());
    }
    const std::filesystem::path& output = s.staging ? s.staging->staged() : s.out;
    requireAllFeatures(output, s.layerSchema.table, s.written, s.out);
    if (s.staging) {
        s.staging->putInPlace();
    }
    FeatureFileSummary summary{s.format, s.written, s.crs, {}};
    if (!s.renamed.empty()) {
        summary.notes.push_back(
            fmt::format("{} shortened field names: {}", s.format, fmt::join(s.renamed, ", ")));
    }
    return summary;
}

std::string formatForExtension(const std::filesystem::path& file) {
    const auto it = kExtensions.find(lowerCase(file.extension().string()));
    return it == kExtensions.end() ? std::string() : it->second;
}

}  // namespace gigamap::importers
