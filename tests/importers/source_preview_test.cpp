#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/importers/source_preview.h"
#include "support/data_paths.h"

namespace gigamap::importers {
namespace {

using test::testData;

TEST(SourcePreviewTest, AHeaderlessCodePointFileGetsTheFormatsColumnNames) {
    const auto preview = previewSource(testData("codepoint/bad_rows.csv"), ImportKind::CodePoint);
    ASSERT_EQ(preview.columns.size(), 10U);
    EXPECT_EQ(preview.columns[0], "Postcode");
    EXPECT_EQ(preview.columns[3], "Northings");
    ASSERT_EQ(preview.rows.size(), 8U);
    EXPECT_EQ(preview.rows[0][0], "LA1 1PJ");
    EXPECT_EQ(preview.lines[0], 1);
    ASSERT_EQ(preview.problems.size(), 1U);
    EXPECT_EQ(preview.problems[0], "line 2: 9 values where 10 are expected");
}

TEST(SourcePreviewTest, ACsvWithAHeaderShowsItsOwnColumns) {
    const auto preview =
        previewSource(testData("codepoint/with_header.csv"), ImportKind::CodePoint, {}, 2);
    EXPECT_EQ(preview.columns[2], "Eastings");
    ASSERT_EQ(preview.rows.size(), 2U);
    EXPECT_EQ(preview.rows[1][0], "la11aa");
    EXPECT_EQ(preview.lines[1], 3);
}

TEST(SourcePreviewTest, AMapFileShowsItsLayerFieldsCrsAndGeometry) {
    const auto preview =
        previewSource(testData("vector/chambers_other_names_wgs84.geojson"), ImportKind::Vector);
    EXPECT_EQ(preview.layers.size(), 1U);
    EXPECT_EQ(preview.fields, (std::vector<std::string>{"id", "type", "owner", "depth"}));
    EXPECT_EQ(preview.columns.back(), "geometry");
    EXPECT_EQ(preview.crs, "EPSG:4326");
    EXPECT_EQ(preview.geometryType, "Point");
    EXPECT_EQ(preview.featureCount, 2);
    EXPECT_EQ(preview.rows[0].back(), "POINT (-2.8016 54.0471)");
}

TEST(SourcePreviewTest, ACsvWithCoordinatesHasNoCrs) {
    const auto preview = previewSource(testData("vector/chambers_xy.csv"), ImportKind::Vector);
    EXPECT_FALSE(preview.crs);
    EXPECT_EQ(preview.fields, (std::vector<std::string>{"ref", "chamber_type"}));
}

TEST(SourcePreviewTest, StreetManagerEventsShowTheirWorks) {
    const auto preview =
        previewSource(testData("street_manager/start_stop_array.json"), ImportKind::StreetManager);
    EXPECT_EQ(preview.columns[2], "work_reference_number");
    EXPECT_FALSE(preview.rows.empty());
}

TEST(SourcePreviewTest, AMissingOrUnreadableFileIsRefusedByName) {
    for (const auto kind : {ImportKind::CodePoint, ImportKind::Vector, ImportKind::StreetManager}) {
        try {
            (void)previewSource(testData("codepoint/nothing.csv"), kind);
            FAIL() << "a missing file was previewed";
        } catch (const core::ImportError& error) {
            EXPECT_NE(std::string(error.what()).find("nothing.csv"), std::string::npos);
        }
    }
    EXPECT_THROW((void)previewSource(testData("codepoint/empty.csv"), ImportKind::CodePoint),
                 core::ImportError);
}

TEST(ImportKindTest, EveryKindHasItsCommandLineName) {
    for (const char* name :
         {"codepoint", "ofcom-fixed", "ofcom-mobile", "street-manager", "vector"}) {
        const auto kind = importKindNamed(name);
        ASSERT_TRUE(kind) << name;
        EXPECT_EQ(importKind(*kind).name, name);
        EXPECT_FALSE(importKind(*kind).description.empty());
    }
    EXPECT_FALSE(importKindNamed("shapefile"));
}

}  // namespace
}  // namespace gigamap::importers
