#include "gigamap/importers/vector_importer.h"

#include <fmt/format.h>

#include <cmath>
#include <variant>

#include "gdal_handles.h"
#include "gigamap/core/crs_transform.h"
#include "gigamap/core/error.h"
#include "gigamap/core/finite_coordinates.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/layer_writer.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/importers/area_check.h"
#include "gigamap/importers/import_frame.h"
#include "gigamap/importers/text_encoding.h"
#include "gigamap/importers/text_values.h"

namespace gigamap::importers {
namespace {

// Where a target field's value comes from: a source field or a constant.
struct FieldSource {
    const core::FieldSpec* target = nullptr;
    int sourceIndex = -1;
    core::Value constant;
};

ConvertedValue fromOgr(const OGRFeature& feature, int index, core::FieldType type) {
    if (!feature.IsFieldSetAndNotNull(index)) {
        return core::Value{};
    }
    const OGRFieldType sourceType = feature.GetFieldDefnRef(index)->GetType();
    const bool numeric =
        sourceType == OFTInteger || sourceType == OFTInteger64 || sourceType == OFTReal;
    if (numeric && type == core::FieldType::Real) {
        return core::Value{feature.GetFieldAsDouble(index)};
    }
    if ((sourceType == OFTInteger || sourceType == OFTInteger64) &&
        type == core::FieldType::Integer) {
        return core::Value{static_cast<std::int64_t>(feature.GetFieldAsInteger64(index))};
    }
    if (sourceType == OFTDate || sourceType == OFTDateTime) {
        // ISO 8601, as the project stores dates, whatever the format's own spelling.
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
        float second = 0.0F;
        feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
        if (sourceType == OFTDate) {
            return valueFromText(fmt::format("{:04d}-{:02d}-{:02d}", year, month, day), type);
        }
        return valueFromText(fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}", year, month,
                                         day, hour, minute, static_cast<int>(second)),
                             type);
    }
    // Drivers that do not declare their text UTF-8 (a CSV from Excel, a DBF without .cpg)
    // follow the one rule for text that is not: read as Windows-1252.
    return valueFromText(utf8FromWindows1252(feature.GetFieldAsString(index)), type);
}

int sourceField(const OGRFeatureDefn& defn, const std::string& name) {
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        if (EQUAL(defn.GetFieldDefn(i)->GetNameRef(), name.c_str())) {
            return i;
        }
    }
    return -1;
}

std::string sourceFieldNames(const OGRFeatureDefn& defn) {
    std::string names;
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        names += (names.empty() ? "" : ", ") + std::string(defn.GetFieldDefn(i)->GetNameRef());
    }
    return names.empty() ? "none" : names;
}

OGRLayer* chooseLayer(GDALDataset& dataset, const VectorOptions& options,
                      const std::filesystem::path& file) {
    if (options.layer) {
        OGRLayer* layer = dataset.GetLayerByName(options.layer->c_str());
        if (layer == nullptr) {
            throw core::ImportError(
                fmt::format("{} has no layer '{}'", file.string(), *options.layer));
        }
        return layer;
    }
    if (dataset.GetLayerCount() == 1) {
        return dataset.GetLayer(0);
    }
    if (dataset.GetLayerCount() == 0) {
        throw core::ImportError(
            fmt::format("{} holds no layer GDAL can read: it is empty, truncated or not a map file",
                        file.string()));
    }
    std::string names;
    for (auto* layer : dataset.GetLayers()) {
        names += (names.empty() ? "" : ", ") + std::string(layer->GetName());
    }
    throw core::ImportError(fmt::format("{} has {} layers ({}); choose one with --layer",
                                        file.string(), dataset.GetLayerCount(), names));
}

std::vector<FieldSource> planFields(const core::LayerSchema& schema, const OGRFeatureDefn& defn,
                                    const VectorOptions& options,
                                    const std::filesystem::path& file) {
    for (const auto& [target, unused] : options.fields) {
        if (schema.field(target) == nullptr) {
            throw core::ImportError(fmt::format("--map {}=...: layer {} has no field '{}'", target,
                                                schema.table, target));
        }
    }
    std::vector<FieldSource> plan;
    for (const auto& field : schema.fields) {
        FieldSource source{&field, -1, {}};
        if (const auto constant = options.values.find(field.name);
            constant != options.values.end()) {
            const ConvertedValue value = valueFromText(constant->second, field.type);
            if (const auto* problem = std::get_if<std::string>(&value)) {
                throw core::ImportError(
                    fmt::format("--set {}={}: {}", field.name, constant->second, *problem));
            }
            source.constant = std::get<core::Value>(value);
        } else if (const auto mapped = options.fields.find(field.name);
                   mapped != options.fields.end()) {
            if (mapped->second.empty()) {
                continue;  // left empty on purpose, even if the source has a field of its name
            }
            source.sourceIndex = sourceField(defn, mapped->second);
            if (source.sourceIndex < 0) {
                throw core::ImportError(fmt::format(
                    "--map {}={}: {} has no field '{}'; its fields are: {}", field.name,
                    mapped->second, file.string(), mapped->second, sourceFieldNames(defn)));
            }
        } else {
            source.sourceIndex = sourceField(defn, field.name);
        }
        if (source.sourceIndex >= 0 || !core::isNull(source.constant)) {
            plan.push_back(source);
        }
    }
    for (const auto& [target, unused] : options.values) {
        if (schema.field(target) == nullptr) {
            throw core::ImportError(fmt::format("--set {}=...: layer {} has no field '{}'", target,
                                                schema.table, target));
        }
    }
    return plan;
}

// One import of one file.
class VectorRun {
public:
    VectorRun(ImportFrame& frame, const VectorOptions& options, const std::filesystem::path& file)
        : frame_(frame),
          writer_(frame.writer()),
          options_(options),
          file_(file),
          summary_(frame.summary()),
          table_(writer_.layer(options.table)),
          area_(proj_, writer_.srid()) {}

    void run(OGRLayer& layer) {
        const auto plan = planFields(table_.schema(), *layer.GetLayerDefn(), options_, file_);
        prepareTransformation(layer);
        const GIntBig total = layer.GetFeatureCount(FALSE);
        std::int64_t number = 0;
        layer.ResetReading();
        for (auto& feature : layer) {
            ++number;
            ++summary_.read;
            importFeature(*feature, number, plan);
            frame_.progress().tick(static_cast<std::uint64_t>(number),
                                   static_cast<std::uint64_t>(std::max<GIntBig>(total, 0)));
        }
        if (transform_) {
            describeTransformation(transformLabel_.empty() ? "the source CRS" : transformLabel_);
        }
        if (linearisedCount_ > 0) {
            summary_.notes.push_back(
                fmt::format("{} curved geometries turned into lines", linearisedCount_));
        }
    }

private:
    void prepareTransformation(OGRLayer& layer) {
        OGRSpatialReference source;
        if (options_.sourceCrs) {
            if (source.SetFromUserInput(options_.sourceCrs->c_str()) != OGRERR_NONE) {
                throw core::CrsError("unknown CRS given with --s-srs: " + *options_.sourceCrs);
            }
        } else if (const OGRSpatialReference* fileCrs = layer.GetSpatialRef()) {
            source = *fileCrs;
        } else {
            throw core::ImportError(file_.string() +
                                    " does not say which CRS its coordinates are in; give it "
                                    "with --s-srs EPSG:N");
        }
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        target_.importFromEPSG(writer_.srid());
        target_.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        sourceIsGeographic_ = source.IsGeographic() != 0;
        const char* code = source.GetAuthorityCode(nullptr);
        const std::string sourceLabel =
            code != nullptr ? fmt::format("EPSG:{}", code) : source.GetName();
        if (source.IsSame(&target_) == 0) {
            transform_.reset(OGRCreateCoordinateTransformation(&source, &target_));
            if (!transform_) {
                throw core::CrsError(fmt::format("no transformation from {} to EPSG:{}",
                                                 sourceLabel, writer_.srid()));
            }
            transformLabel_ = code != nullptr ? sourceLabel : std::string();
        } else {
            summary_.notes.push_back(
                fmt::format("source CRS {} is the project CRS: no transformation", sourceLabel));
        }
    }

    // Which operation PROJ picks for this data (e.g. a Helmert fit or the OSTN15
    // grid), found by transforming the first feature's first corner.
    void describeTransformation(const std::string& sourceLabel) {
        std::string note =
            fmt::format("transformed from {} to EPSG:{}", sourceLabel, writer_.srid());
        if (firstCorner_) {
            try {
                const core::CrsTransform probe(proj_, sourceLabel,
                                               fmt::format("EPSG:{}", writer_.srid()));
                (void)probe.forward(*firstCorner_);
                note += " with " + probe.operationName();
            } catch (const core::CrsError&) {
                // The note is informative only.
            }
        }
        summary_.notes.push_back(note);
    }

    void reject(std::int64_t number, std::string_view field, std::string_view reason,
                std::string_view value = {}) {
        frame_.reject(file_, number, field, reason, value);
    }

    // Curves become lines (GDAL's default stroking), triangles, TINs and polyhedral
    // surfaces become (multi)polygons; other geometries are returned as they are.
    static OGRGeometry* linearised(OGRGeometry* geometry, OGRGeometryUniquePtr& owner) {
        if (geometry->hasCurveGeometry() != 0) {
            owner.reset(geometry->getLinearGeometry());
            geometry = owner.get();
        }
        const auto type = wkbFlatten(geometry->getGeometryType());
        if (type == wkbTriangle || type == wkbTIN || type == wkbPolyhedralSurface) {
            owner.reset(OGRGeometryFactory::forceTo(geometry->clone(), wkbMultiPolygon));
            geometry = owner.get();
        }
        return geometry;
    }

    std::optional<core::Wkb> geometryOf(OGRFeature& feature, std::int64_t number) {
        OGRGeometry* geometry = feature.GetGeometryRef();
        if (geometry == nullptr || geometry->IsEmpty()) {
            reject(number, "geometry", "empty geometry");
            return std::nullopt;
        }
        OGRGeometryUniquePtr owner;
        const bool curved = geometry->hasCurveGeometry() != 0;
        geometry = linearised(geometry, owner);
        if (geometry == nullptr) {
            reject(number, "geometry",
                   "a curve or surface GDAL cannot turn into lines or polygons");
            return std::nullopt;
        }
        geometry->flattenTo2D();
        core::Wkb wkb(static_cast<std::size_t>(geometry->WkbSize()));
        geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
        if (!core::hasFiniteCoordinates(wkb)) {
            reject(number, "geometry", core::kNonFiniteCoordinate);
            return std::nullopt;
        }
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        const core::BoundingBox box{envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY};
        if (sourceIsGeographic_) {
            if (auto problem = area_.lonLat(box)) {
                reject(number, "geometry", *problem);
                return std::nullopt;
            }
        }
        if (!firstCorner_ && !transformLabel_.empty()) {
            firstCorner_ = core::CrsTransform::Point{envelope.MinX, envelope.MinY};
        }
        if (transform_ && geometry->transform(transform_.get()) != OGRERR_NONE) {
            reject(number, "geometry", "cannot be transformed into the project CRS");
            return std::nullopt;
        }
        geometry->getEnvelope(&envelope);
        if (auto problem =
                area_.projected({envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY})) {
            reject(number, "geometry", *problem);
            return std::nullopt;
        }
        wkb.resize(static_cast<std::size_t>(geometry->WkbSize()));
        geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
        try {
            auto fitted = fitToLayer(wkb, number);
            if (fitted && curved) {
                ++linearisedCount_;
            }
            return fitted;
        } catch (const core::GeometryError& error) {
            // GEOS refuses what cannot be a geometry at all: a ring of two points, an
            // unclosed ring, a line of one point.
            reject(number, "geometry", fmt::format("not a valid geometry: {}", trim(error.what())));
            return std::nullopt;
        }
    }

    // Single-part multi-geometries for single-geometry layers, invalid polygons repaired.
    std::optional<core::Wkb> fitToLayer(const core::Wkb& wkb, std::int64_t number) {
        core::Geometry geometry = geos_.readWkb(wkb);
        const auto wanted = table_.schema().geometryType;
        const auto kind = geometry.kind();
        const bool multi =
            kind == core::GeometryKind::MultiPoint || kind == core::GeometryKind::MultiLineString;
        if (multi &&
            (wanted == core::GeometryType::Point || wanted == core::GeometryType::LineString)) {
            if (geometry.partCount() != 1) {
                reject(
                    number, "geometry",
                    fmt::format("{} of {} parts; layer {} takes single parts", geometry.typeName(),
                                geometry.partCount(), table_.schema().table));
                return std::nullopt;
            }
            geometry = geometry.part(0);
        }
        const bool polygonal =
            kind == core::GeometryKind::Polygon || kind == core::GeometryKind::MultiPolygon;
        if (polygonal && !geometry.isValid()) {
            geometry = geometry.makeValid();
            if (geometry.isEmpty()) {
                reject(number, "geometry", "invalid polygon that repairs to nothing");
                return std::nullopt;
            }
            ++summary_.repaired;
        }
        return geos_.writeWkb(geometry);
    }

    void importFeature(OGRFeature& feature, std::int64_t number,
                       const std::vector<FieldSource>& plan) {
        std::map<std::string, core::Value> attributes;
        for (const auto& source : plan) {
            if (source.sourceIndex < 0) {
                attributes[source.target->name] = source.constant;
                continue;
            }
            const ConvertedValue value = fromOgr(feature, source.sourceIndex, source.target->type);
            if (const auto* problem = std::get_if<std::string>(&value)) {
                reject(number, feature.GetFieldDefnRef(source.sourceIndex)->GetNameRef(), *problem,
                       utf8FromWindows1252(feature.GetFieldAsString(source.sourceIndex)));
                return;
            }
            attributes[source.target->name] = std::get<core::Value>(value);
        }
        const auto wkb = geometryOf(feature, number);
        if (!wkb) {
            return;
        }
        try {
            store(std::move(attributes), *wkb);
        } catch (const core::GeometryError& error) {
            reject(number, "geometry", error.what());
        }
    }

    void store(std::map<std::string, core::Value> attributes, const core::Wkb& wkb) {
        const core::Feature feature{0, std::move(attributes), wkb};
        const auto& keys = table_.schema().naturalKeys;
        if (keys.empty()) {
            table_.add(feature);
            ++summary_.inserted;
            return;
        }
        const auto done = table_.upsert(keys.front(), feature);
        ++(done == core::LayerWriter::Upserted::Inserted ? summary_.inserted : summary_.updated);
    }

    ImportFrame& frame_;
    core::BulkWriter& writer_;
    const VectorOptions& options_;
    const std::filesystem::path& file_;
    ImportSummary& summary_;
    core::LayerWriter& table_;
    core::ProjContext proj_;
    core::GeosContext geos_;
    AreaCheck area_;
    OGRSpatialReference target_;
    CoordinateTransformationPtr transform_;
    bool sourceIsGeographic_ = false;
    std::string transformLabel_;  // "EPSG:N" of the source, when it has a code
    std::optional<core::CrsTransform::Point> firstCorner_;
    std::int64_t linearisedCount_ = 0;
};

}  // namespace

VectorImporter::VectorImporter(ImportTarget target, VectorOptions options)
    : target_(std::move(target)), options_(std::move(options)) {}

ImportSummary VectorImporter::importFile(const std::filesystem::path& file,
                                         core::Feedback* feedback) {
    (void)core::layerSchema(options_.table);  // an unknown table is refused before reading
    auto dataset = openVectorSource(file);
    OGRLayer* layer = chooseLayer(*dataset, options_, file);
    const std::vector<std::filesystem::path> files{file};
    ImportShape shape;
    shape.kind = "vector-" + options_.table;
    shape.table = options_.table;
    shape.sourceKey = options_.sourceName.empty() ? options_.table : options_.sourceName;
    shape.progressEvery = 512;
    ImportFrame frame(target_.writer(), options_.source, std::move(shape), files, feedback);
    return frame.run([&](ImportFrame& self) { VectorRun(self, options_, file).run(*layer); });
}

}  // namespace gigamap::importers
