#include <gtest/gtest.h>

#include <set>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/core/schema_migrations.h"
#include "gigamap/core/sqlite_database.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

using test::ProjectTest;

std::int64_t intValue(const SqliteDatabase& db, const std::string& sql) {
    return std::get<std::int64_t>(db.queryValue(sql));
}

std::string textValue(const SqliteDatabase& db, const std::string& sql) {
    return std::get<std::string>(db.queryValue(sql));
}

TEST_F(ProjectTest, CreateWritesMetaAndReopens) {
    {
        auto project = Project::create(projectPath_, {"Lancaster", "EPSG:27700"});
        EXPECT_FALSE(project.isReadOnly());
    }
    auto project = Project::open(projectPath_);
    const ProjectMeta meta = project.meta();
    EXPECT_EQ(meta.name, "Lancaster");
    EXPECT_EQ(meta.srid, 27700);
    EXPECT_NE(meta.crsName.find("British National Grid"), std::string::npos);
    EXPECT_EQ(meta.schemaVersion, SchemaMigrations::latestVersion());
    EXPECT_EQ(meta.created.size(), 20U) << meta.created;  // 2026-11-27T07:00:00Z
    EXPECT_FALSE(meta.appVersion.empty());
    EXPECT_TRUE(meta.vintages.empty());
}

TEST_F(ProjectTest, NameDefaultsToFileStem) {
    (void)Project::create(projectPath_, {});
    EXPECT_EQ(Project::open(projectPath_, Project::Access::ReadOnly).meta().name, "project");
}

TEST_F(ProjectTest, EveryLayerHasItsFieldsGeometryColumnAndSpatialIndex) {
    auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
    const SqliteDatabase& db = project.database();
    for (const auto& layer : projectLayers()) {
        SCOPED_TRACE(layer.table);
        std::set<std::string> columns;
        auto info = db.prepare("SELECT name FROM pragma_table_info(?)");
        info.bind(1, layer.table);
        while (info.step()) {
            columns.insert(info.columnText(0));
        }
        EXPECT_TRUE(columns.contains("fid"));
        EXPECT_TRUE(columns.contains("geom"));
        for (const auto& field : layer.fields) {
            EXPECT_TRUE(columns.contains(field.name)) << field.name;
        }
        EXPECT_EQ(columns.size(), layer.fields.size() + 2);

        auto geometry = db.prepare(
            "SELECT geometry_type, srid, spatial_index_enabled FROM geometry_columns "
            "WHERE f_table_name = ? AND f_geometry_column = 'geom'");
        geometry.bind(1, layer.table);
        ASSERT_TRUE(geometry.step());
        const std::int64_t expectedType = layer.geometryType == GeometryType::Point          ? 1
                                          : layer.geometryType == GeometryType::LineString   ? 2
                                          : layer.geometryType == GeometryType::MultiPolygon ? 6
                                                                                             : 0;
        EXPECT_EQ(geometry.columnInt64(0), expectedType);
        EXPECT_EQ(geometry.columnInt64(1), 27700);
        EXPECT_EQ(geometry.columnInt64(2), 1);
        EXPECT_TRUE(db.tableExists("idx_" + layer.table + "_geom"));
    }
    for (const char* table : {"project_meta", "edit_log", "layer_styles"}) {
        EXPECT_TRUE(db.tableExists(table)) << table;
    }
}

TEST_F(ProjectTest, ConnectionUsesWalForeignKeysAndSchemaVersion) {
    auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
    const SqliteDatabase& db = project.database();
    EXPECT_EQ(textValue(db, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(intValue(db, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(intValue(db, "PRAGMA user_version"), SchemaMigrations::latestVersion());
    EXPECT_EQ(intValue(db, "PRAGMA application_id"), 0x474D4150);
}

TEST_F(ProjectTest, AnotherProjectedCrsIsUsedForEveryLayer) {
    auto project = Project::create(projectPath_, {"utm", "EPSG:32630"});
    EXPECT_EQ(project.srid(), 32630);
    EXPECT_EQ(
        intValue(project.database(), "SELECT count(*) FROM geometry_columns WHERE srid = 32630"),
        static_cast<std::int64_t>(projectLayers().size()));
}

TEST_F(ProjectTest, GeographicCrsIsRefusedAndNoFileIsLeft) {
    try {
        (void)Project::create(projectPath_, {"t", "EPSG:4326"});
        FAIL() << "EPSG:4326 was accepted";
    } catch (const CrsError& error) {
        EXPECT_NE(std::string(error.what()).find("geographic"), std::string::npos);
    }
    EXPECT_FALSE(std::filesystem::exists(projectPath_));
}

TEST_F(ProjectTest, UnknownCrsIsRefused) {
    EXPECT_THROW((void)Project::create(projectPath_, {"t", "EPSG:999999"}), CrsError);
    EXPECT_FALSE(std::filesystem::exists(projectPath_));
}

TEST_F(ProjectTest, CreateNeverOverwritesAnExistingFile) {
    (void)Project::create(projectPath_, {"first", "EPSG:27700"});
    const std::string before = test::fileBytes(projectPath_);
    EXPECT_THROW((void)Project::create(projectPath_, {"second", "EPSG:27700"}), StoreError);
    EXPECT_EQ(test::fileBytes(projectPath_), before);
    EXPECT_EQ(Project::open(projectPath_).meta().name, "first");
}

TEST_F(ProjectTest, MetaValuesPersist) {
    {
        auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
        project.setMetaValue("vintage.ofcom_fixed", "2023-05");
        project.setMetaValue("attribution.ofcom_fixed", "Contains Ofcom data © Ofcom");
    }
    const auto meta = Project::open(projectPath_, Project::Access::ReadOnly).meta();
    EXPECT_EQ(meta.vintages.at("ofcom_fixed"), "2023-05");
    EXPECT_EQ(meta.attributions.at("ofcom_fixed"), "Contains Ofcom data © Ofcom");
}

TEST_F(ProjectTest, LayerSummariesCountAndMeasureEachLayer) {
    auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
    const auto empty = project.layerSummaries();
    ASSERT_EQ(empty.size(), projectLayers().size());
    for (const auto& summary : empty) {
        EXPECT_EQ(summary.featureCount, 0) << summary.table;
        EXPECT_FALSE(summary.extent.has_value()) << summary.table;
    }
}

TEST_F(ProjectTest, UnknownLayerNameIsAStoreError) {
    auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
    try {
        (void)project.layer("cabinets");
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("ducts"), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace gigamap::core
