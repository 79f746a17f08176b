#include "gigamap/importers/import_kind.h"

#include <algorithm>
#include <array>

namespace gigamap::importers {
namespace {

const std::array<ImportKindInfo, 5>& kinds() {
    static const std::array<ImportKindInfo, 5> all{{
        {ImportKind::CodePoint,
         "codepoint",
         "Code-Point Open postcodes",
         "Where every postcode is: Ordnance Survey's Code-Point Open CSV files (or any CSV with a "
         "postcode column and easting/northing or latitude/longitude). Fills the postcodes "
         "layer; postcodes already there are moved, keeping their broadband figures.",
         "CSV files (*.csv *.txt)",
         "Importing postcodes",
         "postcodes",
         true,
         false,
         true,
         {"Postcode", "Positional_quality_indicator", "Eastings", "Northings", "Country_code",
          "NHS_regional_HA_code", "NHS_HA_code", "Admin_county_code", "Admin_district_code",
          "Admin_ward_code"}},
        {ImportKind::OfcomFixed,
         "ofcom-fixed",
         "Ofcom fixed broadband coverage",
         "Ofcom Connected Nations figures per postcode (share of premises with superfast, "
         "gigabit, full fibre, below the USO...) joined onto the postcodes already imported; or "
         "the local-authority file, kept as the district's headline figures.",
         "CSV files (*.csv)",
         "Importing Ofcom coverage",
         "postcodes",
         true,
         false,
         true,
         {}},
        {ImportKind::OfcomMobile,
         "ofcom-mobile",
         "Ofcom mobile coverage by address",
         "Ofcom Connected Nations mobile ratings per address (EE, Three, O2, Vodafone; voice and "
         "data; indoor and outdoor), counted per postcode into the mobile_postcodes layer.",
         "CSV files (*.csv)",
         "Importing mobile coverage",
         "mobile_postcodes",
         true,
         false,
         false,
         {}},
        {ImportKind::StreetManager,
         "street-manager",
         "Street Manager works",
         "Planned and live street works from the Department for Transport's Street Manager open "
         "data (event JSON, JSON Lines or the monthly archive CSV); each work keeps its latest "
         "state. Section 58 restrictions go to the restrictions layer.",
         "Street Manager data (*.json *.jsonl *.csv);;All files (*)",
         "Importing street works",
         "street_works",
         true,
         true,
         false,
         {}},
        {ImportKind::Vector,
         "vector",
         "Any map file into a layer",
         "A GeoPackage, Shapefile, GeoJSON, KML, FlatGeobuf or CSV with coordinates, into a "
         "layer you choose (ducts, chambers, boundaries...): you match its fields to the "
         "layer's and say its coordinate system if the file does not.",
         "Map files (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.gml);;All files (*)",
         "Importing",
         "",
         false,
         false,
         false,
         {}},
    }};
    return all;
}

}  // namespace

std::span<const ImportKindInfo> importKinds() {
    return kinds();
}

const ImportKindInfo& importKind(ImportKind kind) {
    return *std::find_if(kinds().begin(), kinds().end(),
                         [kind](const ImportKindInfo& info) { return info.kind == kind; });
}

std::optional<ImportKind> importKindNamed(std::string_view name) {
    for (const auto& info : kinds()) {
        if (info.name == name) {
            return info.kind;
        }
    }
    return std::nullopt;
}

}  // namespace gigamap::importers
