#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/core/schema_migrations.h"
#include "gigamap/core/spatialite_database.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

using test::ProjectTest;

// A file as the first builds of version 1 wrote it: no mobile_postcodes
// layer and no street_works.is_active, with one street work in it.
void makeEarlyVersion1(const std::filesystem::path& path) {
    {
        auto project = Project::create(path, {"early", "EPSG:27700"});
        project.layer("street_works")
            .insert({0,
                     {{"work_reference_number", std::string("LS001")}},
                     pointWkb(347000.0, 461000.0)});
    }
    SpatialiteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    db.sql().exec("SELECT DisableSpatialIndex('mobile_postcodes', 'geom')");
    db.sql().exec("SELECT DiscardGeometryColumn('mobile_postcodes', 'geom')");
    db.sql().exec("DROP TABLE idx_mobile_postcodes_geom");
    db.sql().exec("DROP TABLE mobile_postcodes");
    db.sql().exec("ALTER TABLE street_works DROP COLUMN is_active");
    db.sql().exec("PRAGMA user_version = 1");
}

TEST_F(ProjectTest, AnEarlyVersion1FileGetsTheLayersAndFieldsItLacks) {
    makeEarlyVersion1(projectPath_);
    EXPECT_THROW((void)Project::open(projectPath_, Project::Access::ReadOnly), StoreError);
    {
        auto project = Project::open(projectPath_);
        EXPECT_EQ(project.layer("mobile_postcodes").count(), 0);
        (void)project.layer("mobile_postcodes").extent();  // what failed on opening
        const auto work =
            project.layer("street_works").readByKey("work_reference_number", std::string("LS001"));
        ASSERT_TRUE(work);
        EXPECT_TRUE(isNull(work->attribute("is_active")));
        project.layer("street_works").patch(work->fid, {{"is_active", std::int64_t{0}}});
    }
    SpatialiteDatabase db(projectPath_, SqliteDatabase::Mode::ReadOnly);
    EXPECT_EQ(db.sql().queryValue("PRAGMA user_version"),
              Value(std::int64_t{SchemaMigrations::latestVersion()}));
    EXPECT_EQ(db.sql().queryValue(
                  "SELECT count(*) FROM geometry_columns WHERE f_table_name = 'mobile_postcodes'"),
              Value(std::int64_t{1}));
    EXPECT_EQ(db.sql().queryValue("SELECT is_active FROM street_works"), Value(std::int64_t{0}));
}

// A file before version 4 keeps its saved styles in gigamap's own layer_styles
// (layer, style, updated); version 4 moves them into QGIS's layout.
TEST_F(ProjectTest, Version2StylesMoveIntoQgisLayerStylesColumns) {
    { auto project = Project::create(projectPath_, {"styled", "EPSG:27700"}); }
    {
        SpatialiteDatabase db(projectPath_, SqliteDatabase::Mode::ReadWrite);
        db.sql().exec("DROP TABLE layer_styles");
        db.sql().exec(
            "CREATE TABLE layer_styles (layer TEXT PRIMARY KEY NOT NULL, style TEXT NOT NULL, "
            "updated TEXT NOT NULL)");
        db.sql().exec(
            "INSERT INTO layer_styles VALUES ('ducts', '{\"renderer\":\"single\"}', "
            "'2026-01-02T03:04:05Z')");
        db.sql().exec("PRAGMA user_version = 2");
    }
    { auto project = Project::open(projectPath_); }
    SpatialiteDatabase db(projectPath_, SqliteDatabase::Mode::ReadOnly);
    EXPECT_EQ(db.sql().queryValue("PRAGMA user_version"),
              Value(std::int64_t{SchemaMigrations::latestVersion()}));
    EXPECT_EQ(db.sql().queryValue("SELECT count(*) FROM layer_styles"), Value(std::int64_t{1}));
    EXPECT_EQ(
        db.sql().queryValue(
            "SELECT f_table_name || '|' || f_geometry_column || '|' || styleName || '|' || "
            "useAsDefault || '|' || update_time || '|' || gigamap_style FROM layer_styles"),
        Value(std::string("ducts|geom|gigamap|1|2026-01-02T03:04:05Z|{\"renderer\":\"single\"}")));
    for (const char* column : {"f_table_catalog", "f_table_schema", "styleQML", "styleSLD",
                               "description", "owner", "ui"}) {
        EXPECT_EQ(db.sql().queryValue(
                      "SELECT count(*) FROM pragma_table_info('layer_styles') WHERE name = '" +
                      std::string(column) + "'"),
                  Value(std::int64_t{1}))
            << column;
    }
}

}  // namespace
}  // namespace gigamap::core
