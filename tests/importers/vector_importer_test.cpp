#include <gdal_priv.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/vector_importer.h"
#include "support/data_paths.h"
#include "support/project_fixture.h"

namespace gigamap::importers {
namespace {

using test::sampleSource;
using test::testData;
using ::testing::HasSubstr;

class VectorImporterTest : public test::ProjectTest {
protected:
    std::optional<core::Project> project_{core::Project::create(projectPath_, {"v", "EPSG:27700"})};
    core::GeosContext geos_;

    ImportSummary import(const std::filesystem::path& file, VectorOptions options) {
        options.source.rejectsFile = dir_.file("rejects.csv");
        VectorImporter importer(*project_, std::move(options));
        return importer.importFile(file, nullptr);
    }

    core::Feature feature(const std::string& table, std::int64_t fid) {
        return project_->layer(table).read(fid).value();
    }

    std::string rejects() { return test::fileBytes(dir_.file("rejects.csv")); }
};

TEST_F(VectorImporterTest, RealDistrictBoundaryFromWgs84GeoJson) {
    const auto summary = import(sampleSource("lancaster_lad_E07000121_wgs84.geojson"),
                                {"boundaries",
                                 std::nullopt,
                                 {{"code", "objectid"}, {"name", "district"}},
                                 {{"kind", "district"}},
                                 std::nullopt,
                                 {},
                                 {}});
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(summary.rejected, 0);
    const auto district = feature("boundaries", 1);
    EXPECT_EQ(district.attribute("code"), core::Value{std::string("E07000121")});
    EXPECT_EQ(district.attribute("name"), core::Value{std::string("Lancaster")});
    EXPECT_EQ(district.attribute("kind"), core::Value{std::string("district")});
    const auto geometry = geos_.readWkb(district.geometry);
    EXPECT_EQ(geometry.kind(), core::GeometryKind::MultiPolygon);
    // ONS's generalised LAD 2022 outline of Lancaster: about 576 km² of land
    // (the clipped coastline makes it a little smaller than the full-extent 576.2 km²).
    EXPECT_NEAR(geometry.area() / 1e6, 576.0, 25.0);
    const auto box = geometry.envelope();
    EXPECT_NEAR(box.minX, 339500, 1500);
    EXPECT_NEAR(box.maxY, 482750, 1500);
    ASSERT_FALSE(summary.notes.empty());
    EXPECT_THAT(summary.notes[0], HasSubstr("British National Grid"));
}

TEST_F(VectorImporterTest, RealWardsKeepSourceOrderAsFids) {
    const auto file = sampleSource("lancaster_wards_WD_DEC_2025_BSC_wgs84.geojson");
    const auto summary = import(file, {"boundaries",
                                       std::nullopt,
                                       {{"code", "ons_code"}},
                                       {{"kind", "ward"}},
                                       std::nullopt,
                                       {},
                                       {}});
    EXPECT_EQ(summary.inserted, 27);
    GDALAllRegister();
    GDALDatasetUniquePtr source(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(source);
    std::int64_t fid = 0;
    for (auto& ward : *source->GetLayer(0)) {
        ++fid;
        EXPECT_EQ(feature("boundaries", fid).attribute("code"),
                  core::Value{std::string(ward->GetFieldAsString("ons_code"))});
        EXPECT_EQ(feature("boundaries", fid).attribute("name"),
                  core::Value{std::string(ward->GetFieldAsString("name"))});
    }
    EXPECT_EQ(fid, 27);
}

TEST_F(VectorImporterTest, LayerChoiceIsRequiredForMultiLayerFiles) {
    const auto file = sampleSource("lancaster_osm_roads_cyipt_2020_bng.gpkg");
    try {
        (void)import(file, {"roads", std::nullopt, {}, {}, std::nullopt, {}, {}});
        FAIL();
    } catch (const core::ImportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("main_roads, cycleways"));
    }
    const auto summary = import(
        file, {"roads", "main_roads", {{"road_class", "highway"}}, {}, std::nullopt, {}, {}});
    EXPECT_EQ(summary.inserted, 473);
    EXPECT_THAT(summary.notes[0], HasSubstr("no transformation"));
    EXPECT_EQ(feature("roads", 1).attribute("road_class").index(), 3U);  // text
}

TEST_F(VectorImporterTest, RepairsInvalidPolygonsAndRejectsEmptyGeometry) {
    const auto summary =
        import(testData("vector/wards.geojson"), {"boundaries",
                                                  std::nullopt,
                                                  {{"code", "WD_CODE"}, {"name", "WD_NAME"}},
                                                  {{"kind", "ward"}},
                                                  std::nullopt,
                                                  {},
                                                  {}});
    EXPECT_EQ(summary.read, 4);
    EXPECT_EQ(summary.inserted, 3);
    EXPECT_EQ(summary.repaired, 1);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_THAT(rejects(), HasSubstr("wards.geojson,3,geometry,empty geometry"));
    const auto bowtie = geos_.readWkb(feature("boundaries", 2).geometry);
    EXPECT_TRUE(bowtie.isValid());
    EXPECT_NEAR(bowtie.area(), 500000.0, 1e-6);  // two triangles of 250,000 m²
}

TEST_F(VectorImporterTest, DuctsFromWgs84WithEveryKindOfBadFeature) {
    const auto summary = import(testData("vector/ducts_wgs84.geojson"),
                                {"ducts", std::nullopt, {}, {}, std::nullopt, {}, {}});
    EXPECT_EQ(summary.read, 6);
    EXPECT_EQ(summary.inserted, 2);  // D-1 and the single-part D-4
    EXPECT_EQ(summary.rejected, 4);
    const std::string text = rejects();
    EXPECT_THAT(text, HasSubstr(",2,diameter_mm,not a number,wide"));
    EXPECT_THAT(text, HasSubstr(",3,geometry,\"latitude and longitude swapped"));
    EXPECT_THAT(text, HasSubstr(",5,geometry,MultiLineString of 2 parts"));
    EXPECT_THAT(text,
                HasSubstr(",6,geometry,\"layer ducts takes LineString geometries, not Point\""));
    auto& ducts = project_->layer("ducts");
    const auto d1 = ducts.read(*ducts.findByKey("ref", std::string("D-1"))).value();
    EXPECT_EQ(d1.attribute("diameter_mm"), core::Value{110.0});
    EXPECT_NEAR(geos_.readWkb(d1.geometry).length(), 126.0, 10.0);
}

TEST_F(VectorImporterTest, ReimportUpdatesByRef) {
    (void)import(testData("vector/ducts_wgs84.geojson"),
                 {"ducts", std::nullopt, {}, {}, std::nullopt, {}, {}});
    const auto again = import(
        testData("vector/ducts_wgs84.geojson"),
        {"ducts", std::nullopt, {}, {{"owner", "Lancaster City Council"}}, std::nullopt, {}, {}});
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.updated, 2);
    EXPECT_EQ(project_->layer("ducts").count(), 2);
    EXPECT_EQ(feature("ducts", 1).attribute("owner"),
              core::Value{std::string("Lancaster City Council")});
}

TEST_F(VectorImporterTest, AFieldMappedToNothingIsLeftEmpty) {
    const auto chambers =
        import(testData("vector/chambers_xy.csv"),
               {"chambers", std::nullopt, {{"chamber_type", ""}}, {}, "EPSG:27700", {}, {}});
    EXPECT_EQ(chambers.inserted, 2);
    const auto attributes = feature("chambers", 1).attributes;
    EXPECT_EQ(attributes.at("ref"), core::Value{std::string("JC-1")});
    const auto type = attributes.find("chamber_type");
    EXPECT_TRUE(type == attributes.end() || core::isNull(type->second));
}

TEST_F(VectorImporterTest, CsvWithXYNeedsACrsAndCsvWithWktWorks) {
    EXPECT_THROW((void)import(testData("vector/chambers_xy.csv"),
                              {"chambers", std::nullopt, {}, {}, std::nullopt, {}, {}}),
                 core::ImportError);
    const auto chambers = import(testData("vector/chambers_xy.csv"),
                                 {"chambers", std::nullopt, {}, {}, "EPSG:27700", {}, {}});
    EXPECT_EQ(chambers.inserted, 2);
    EXPECT_EQ(geos_.readWkb(feature("chambers", 1).geometry).envelope(),
              (core::BoundingBox{347863.25, 461529.5, 347863.25, 461529.5}));
    const auto works =
        import(testData("vector/works_wkt.csv"),
               {"street_works", std::nullopt, {}, {{"source", "test"}}, "EPSG:27700", {}, {}});
    EXPECT_EQ(works.inserted, 2);
    EXPECT_EQ(geos_.readWkb(feature("street_works", 1).geometry).kind(),
              core::GeometryKind::LineString);
    EXPECT_EQ(geos_.readWkb(feature("street_works", 2).geometry).kind(), core::GeometryKind::Point);
}

TEST_F(VectorImporterTest, WrongOptionsAndFilesAreRefusedBeforeAnythingChanges) {
    project_.reset();
    const std::string before = test::fileBytes(projectPath_);
    project_.emplace(core::Project::open(projectPath_));
    const auto wards = testData("vector/wards.geojson");
    const auto refuse = [&](const std::filesystem::path& file, VectorOptions options,
                            const std::string& words) {
        try {
            (void)import(file, std::move(options));
            ADD_FAILURE() << "accepted: " << words;
        } catch (const core::Error& error) {
            EXPECT_THAT(error.what(), HasSubstr(words));
        }
    };
    refuse(wards, {"boundaries", std::nullopt, {{"colour", "WD_CODE"}}, {}, std::nullopt, {}, {}},
           "layer boundaries has no field 'colour'");
    refuse(wards, {"boundaries", std::nullopt, {{"code", "NOPE"}}, {}, std::nullopt, {}, {}},
           "has no field 'NOPE'; its fields are: WD_CODE, WD_NAME, pop");
    refuse(wards, {"hotspots", std::nullopt, {}, {{"radius_m", "far"}}, std::nullopt, {}, {}},
           "--set radius_m=far: not a number");
    refuse(wards, {"cabinets", std::nullopt, {}, {}, std::nullopt, {}, {}},
           "no layer called 'cabinets'");
    refuse(testData("codepoint/not_codepoint.csv"),
           {"boundaries", std::nullopt, {}, {}, std::nullopt, {}, {}}, "does not say which CRS");
    refuse(testData("codepoint/empty.csv"),
           {"boundaries", std::nullopt, {}, {}, std::nullopt, {}, {}}, "empty.csv");
    refuse(dir_.file("missing.gpkg"), {"boundaries", std::nullopt, {}, {}, std::nullopt, {}, {}},
           "does not exist");
    project_.reset();
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

}  // namespace
}  // namespace gigamap::importers

namespace gigamap::importers {
namespace {

// One bad geometry is one rejected row, never a refused file: curves become
// lines, triangles and TINs polygons; what cannot be a geometry is listed with
// its feature number and reason, and the rest of the file is imported.
TEST_F(VectorImporterTest, CurvesAreLinearisedAndBadGeometriesAreRejectedRows) {
    const auto summary = import(testData("vector/mixed_geometries_wkt.csv"),
                                {"street_works", std::nullopt, {}, {}, "EPSG:27700", {}, {}});
    EXPECT_EQ(summary.read, 11);
    EXPECT_EQ(summary.inserted, 8);
    EXPECT_EQ(summary.rejected, 3);
    auto& works = project_->layer("street_works");
    const auto kindOf = [&](const std::string& ref) {
        const auto fid = works.findByKey("work_reference_number", ref);
        return fid ? geos_.readWkb(works.read(*fid)->geometry).kind() : core::GeometryKind{};
    };
    EXPECT_EQ(kindOf("G-2"), core::GeometryKind::LineString);
    EXPECT_EQ(kindOf("G-3"), core::GeometryKind::LineString);
    EXPECT_EQ(kindOf("G-4"), core::GeometryKind::Polygon);
    EXPECT_EQ(kindOf("G-5"), core::GeometryKind::MultiPolygon);
    EXPECT_EQ(kindOf("G-6"), core::GeometryKind::MultiPolygon);
    EXPECT_EQ(kindOf("G-7"), core::GeometryKind::MultiPolygon);
    EXPECT_EQ(kindOf("G-8"), core::GeometryKind::Point);
    EXPECT_THAT(summary.notes,
                testing::Contains(HasSubstr("3 curved geometries turned into lines")));
    const std::string text = rejects();
    EXPECT_THAT(text, HasSubstr("mixed_geometries_wkt.csv,8,geometry,not a valid geometry: "));
    EXPECT_THAT(text, HasSubstr(",9,geometry,not a valid geometry: invalid WKB geometry (77 "
                                "bytes): IllegalArgumentException: Points of LinearRing do not "
                                "form a closed linestring,\n"));
    EXPECT_THAT(text, HasSubstr(",10,geometry,not a valid geometry: invalid WKB geometry (25 "
                                "bytes): IllegalArgumentException: point array must contain 0 or "
                                ">1 elements,\n"));
}

// GeoJSON's NaN and Infinity (which GDAL reads) are rejected rows, not stored.
// (A point whose coordinates are all NaN is an empty point to GDAL.)
TEST_F(VectorImporterTest, NaNAndInfiniteCoordinatesAreRejectedRows) {
    const auto file = dir_.file("nan.geojson");
    std::ofstream(file) << R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"work_reference_number": "N-1"},
  "geometry": {"type": "LineString", "coordinates": [[NaN, 54.05], [-2.80, 54.06]]}},
 {"type": "Feature", "properties": {"work_reference_number": "N-2"},
  "geometry": {"type": "LineString", "coordinates": [[-2.80, 54.05], [Infinity, 54.06]]}},
 {"type": "Feature", "properties": {"work_reference_number": "OK"},
  "geometry": {"type": "Point", "coordinates": [-2.80, 54.05]}}]})";
    const auto summary = import(file, {"street_works", std::nullopt, {}, {}, std::nullopt, {}, {}});
    EXPECT_EQ(summary.inserted, 1);
    EXPECT_EQ(summary.rejected, 2);
    const std::string text = rejects();
    EXPECT_THAT(text, HasSubstr("nan.geojson,1,geometry,a coordinate is not a number (NaN) or "
                                "infinite"));
    EXPECT_THAT(text, HasSubstr("nan.geojson,2,geometry,a coordinate is not a number (NaN) or "
                                "infinite"));
}

}  // namespace
}  // namespace gigamap::importers
