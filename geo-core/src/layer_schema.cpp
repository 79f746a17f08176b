#include "gigamap/core/layer_schema.h"

#include <algorithm>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

constexpr FieldType kInt = FieldType::Integer;
constexpr FieldType kReal = FieldType::Real;
constexpr FieldType kText = FieldType::Text;

std::vector<LayerSchema> buildLayers() {
    // Field names follow the sources: Ofcom Connected Nations, Code-Point Open,
    // DfT Street Manager, OFDS / INSPIRE Utility Networks.
    return {
        {"boundaries",
         GeometryType::MultiPolygon,
         {{"code", kText}, {"name", kText}, {"kind", kText}},
         {}},
        {"postcodes",
         GeometryType::Point,
         {{"postcode", kText},
          {"all_premises", kInt},
          {"sfbb_pct", kReal},
          {"ufbb100_pct", kReal},
          {"ufbb_pct", kReal},
          {"full_fibre_pct", kReal},
          {"gigabit_pct", kReal},
          {"unable_2_pct", kReal},
          {"unable_5_pct", kReal},
          {"unable_10_pct", kReal},
          {"unable_30_pct", kReal},
          {"below_uso_pct", kReal},
          {"vintage", kText},
          {"positional_quality", kInt}},
         {"postcode"}},
        {"mobile_coverage",
         GeometryType::MultiPolygon,
         {{"operator", kText}, {"technology", kText}, {"environment", kText}, {"level", kText}},
         {}},
        // Ofcom's per-address mobile ratings, aggregated per postcode: one row per
        // postcode, operator, service, environment and technology, at the postcode.
        {"mobile_postcodes",
         GeometryType::Point,
         {{"postcode", kText},
          {"operator", kText},
          {"service", kText},
          {"environment", kText},
          {"technology", kText},
          {"addresses", kInt},
          {"likely", kInt},
          {"limited", kInt},
          {"none", kInt},
          {"likely_pct", kReal},
          {"vintage", kText}},
         {}},
        {"hotspots",
         GeometryType::Point,
         {{"name", kText}, {"operator", kText}, {"radius_m", kReal}, {"status", kText}},
         {}},
        {"nodes",
         GeometryType::Point,
         {{"kind", kText}, {"name", kText}, {"owner", kText}, {"status", kText}},
         {}},
        {"chambers",
         GeometryType::Point,
         {{"ref", kText},
          {"chamber_type", kText},
          {"owner", kText},
          {"status", kText},
          {"cover", kText},
          {"depth_m", kReal}},
         {"ref"}},
        {"ducts",
         GeometryType::LineString,
         {{"ref", kText},
          {"owner", kText},
          {"status", kText},
          {"duct_type", kText},
          {"diameter_mm", kReal},
          {"subducts", kInt},
          {"spare_subducts", kInt},
          {"depth_m", kReal},
          {"surface", kText},
          {"from_chamber", kText},
          {"to_chamber", kText},
          {"usrn", kInt},
          {"planned_start", kText},
          {"planned_end", kText},
          {"installed", kText},
          // Street Manager work category of the dig (minor, standard, major,
          // immediate; NULL is standard): sets the permit's notice period.
          {"work_category", kText}},
         {"ref"}},
        {"street_works",
         GeometryType::Any,
         {{"work_reference_number", kText},
          {"permit_reference_number", kText},
          {"promoter_organisation", kText},
          {"promoter_swa_code", kText},
          {"highway_authority", kText},
          {"work_category", kText},
          {"work_status", kText},
          {"permit_status", kText},
          {"activity_type", kText},
          {"usrn", kInt},
          {"street_name", kText},
          {"town", kText},
          {"start_date", kText},
          {"end_date", kText},
          {"traffic_management_type", kText},
          {"is_ttro_required", kInt},
          {"collaborative_working", kInt},
          {"collaboration_type", kText},
          {"current_traffic_management_type", kText},
          {"close_footway", kText},
          {"work_category_ref", kText},
          {"traffic_management_type_ref", kText},
          {"source", kText},
          // Folding of Street Manager events: the latest event wins, and
          // cancelled, revoked or refused permits stay but are not active.
          {"event_time", kText},
          {"is_active", kInt}},
         {"work_reference_number"}},
        {"restrictions",
         GeometryType::Any,
         {{"reference", kText},  // Street Manager activity or work reference
          {"usrn", kInt},
          {"street_name", kText},
          {"kind", kText},
          // Street Manager's section_58_status: proposed, in_force, closed or
          // cancelled (NULL: in force); closed and cancelled ones block nothing.
          {"status", kText},
          {"extent", kText},
          {"location_type", kText},
          {"duration", kText},
          {"start_date", kText},
          {"end_date", kText}},
         {"reference"}},
        {"roads",
         GeometryType::LineString,
         {{"usrn", kInt}, {"name", kText}, {"road_class", kText}, {"surface", kText}},
         {}},
    };
}

}  // namespace

const FieldSpec* LayerSchema::field(std::string_view name) const {
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const FieldSpec& f) { return f.name == name; });
    return it == fields.end() ? nullptr : &*it;
}

const std::vector<LayerSchema>& projectLayers() {
    static const std::vector<LayerSchema> layers = buildLayers();
    return layers;
}

const LayerSchema& layerSchema(std::string_view table) {
    for (const auto& layer : projectLayers()) {
        if (layer.table == table) {
            return layer;
        }
    }
    std::string known;
    for (const auto& layer : projectLayers()) {
        known += (known.empty() ? "" : ", ") + layer.table;
    }
    throw StoreError("there is no layer called '" + std::string(table) +
                     "' in a gigamap project; the layers are: " + known);
}

std::string_view spatialiteTypeName(GeometryType type) {
    switch (type) {
        case GeometryType::Point:
            return "POINT";
        case GeometryType::LineString:
            return "LINESTRING";
        case GeometryType::MultiPolygon:
            return "MULTIPOLYGON";
        case GeometryType::Any:
            return "GEOMETRY";
    }
    return "GEOMETRY";
}

std::string_view sqlTypeName(FieldType type) {
    switch (type) {
        case FieldType::Integer:
            return "INTEGER";
        case FieldType::Real:
            return "REAL";
        case FieldType::Text:
            return "TEXT";
    }
    return "TEXT";
}

}  // namespace gigamap::core
