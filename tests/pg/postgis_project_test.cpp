// A project on a real PostgreSQL + PostGIS server (the suite's throwaway cluster).
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_store.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "pg_test_support.h"
#include "support/gdal_layers.h"

namespace gigamap::core {
namespace {

class PostgisProjectTest : public test::ServerTest {
protected:
    static void SetUpTestSuite() { GDALAllRegister(); }

    // The schema through GDAL's PostgreSQL driver, as ogrinfo and QGIS open it.
    static GDALDatasetUniquePtr openWithGdal(const ProjectLocator& locator) {
        const std::string uri = locator.conninfo();
        const auto question = uri.find("host=");
        const std::string host = uri.substr(question + 5, uri.find('&', question) - question - 5);
        const std::string connection =
            "PG:dbname=gigamap_test user=postgres host=" + host + " schemas=" + locator.schema();
        return GDALDatasetUniquePtr(GDALDataset::Open(
            connection.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    }
};

TEST_F(PostgisProjectTest, InitMakesEveryLayerThatGdalReadsWithItsCrsAndFields) {
    const auto locator = schemaLocator("init");
    const auto project = PostgisProject::create(locator, {"Lancaster", "EPSG:27700"});
    EXPECT_EQ(project.meta().name, "Lancaster");
    EXPECT_EQ(project.srid(), 27700);

    auto ds = openWithGdal(locator);
    ASSERT_TRUE(ds) << "GDAL cannot open the schema";
    EXPECT_STREQ(ds->GetDriver()->GetDescription(), "PostgreSQL");
    test::expectProjectLayers(*ds, "27700", OFTInteger64, test::RowVersions::Present);
}

TEST_F(PostgisProjectTest, InitRefusesAnExistingSchemaAndAGeographicCrs) {
    const auto locator = schemaLocator("twice");
    (void)PostgisProject::create(locator, {"first", "EPSG:27700"});
    EXPECT_THROW((void)PostgisProject::create(locator, {"second", "EPSG:27700"}), StoreError);
    EXPECT_EQ(PostgisProject::open(locator).meta().name, "first");
    EXPECT_THROW((void)PostgisProject::create(schemaLocator("wgs84"), {"x", "EPSG:4326"}),
                 CrsError);
}

TEST_F(PostgisProjectTest, OpenRefusesASchemaWithoutAProject) {
    const auto locator = schemaLocator("empty");
    PgConnection connection(locator.conninfo());
    connection.exec("CREATE SCHEMA " + connection.identifier(locator.schema()));
    EXPECT_THROW((void)PostgisProject::open(locator), NotAProjectError);
    EXPECT_THROW((void)PostgisProject::open(schemaLocator("missing")), NotAProjectError);
}

TEST_F(PostgisProjectTest, CopyFileToServerToFileKeepsEveryLayerAndTableExactly) {
    auto file = Project::create(dir_.file("a.sqlite"), {"Lancaster", "EPSG:27700"});
    test::fillProject(file);
    const auto server = PostgisProject::copyOf(file, schemaLocator("copy"), false);
    test::expectSameLayers(file.features(), server.features());
    EXPECT_EQ(server.metaValues(), file.metaValues());

    auto back = server.copyToFile(dir_.file("b.sqlite"));
    test::expectSameLayers(file.features(), back.features());
    EXPECT_EQ(back.metaValues(), file.metaValues());
    for (const char* table : {"layer_styles", "edit_log"}) {
        const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1";
        auto want = file.database().prepare(sql);
        auto got = back.database().prepare(sql);
        int rows = 0;
        while (want.step()) {
            ASSERT_TRUE(got.step()) << table;
            for (int i = 0; i < want.columnCount(); ++i) {
                EXPECT_TRUE(got.columnValue(i) == want.columnValue(i)) << table << " column " << i;
            }
            ++rows;
        }
        EXPECT_FALSE(got.step()) << table;
        EXPECT_EQ(rows, 1) << table;
    }
}

TEST_F(PostgisProjectTest, NewFeaturesOnTheServerTakeFidsAfterTheCopiedOnes) {
    auto file = Project::create(dir_.file("a.sqlite"), {"x", "EPSG:27700"});
    test::fillProject(file);
    auto server = PostgisProject::copyOf(file, schemaLocator("ids"), false);
    const auto inserted = server.connection().query(
        "INSERT INTO " + server.connection().identifier(server.locator().schema()) +
            ".ducts (ref) VALUES ($1) RETURNING fid",
        {std::string("new")});
    EXPECT_EQ(std::stoll(inserted.text(0, 0)), file.features().count("ducts", {}) + 1);
}

TEST_F(PostgisProjectTest, CopyRefusesAnExistingSchemaUnlessOverwriteAndThenReplacesIt) {
    auto file = Project::create(dir_.file("a.sqlite"), {"new", "EPSG:27700"});
    test::fillProject(file);
    const auto locator = schemaLocator("over");
    (void)PostgisProject::create(locator, {"old", "EPSG:27700"});
    EXPECT_THROW((void)PostgisProject::copyOf(file, locator, false), StoreError);
    EXPECT_EQ(PostgisProject::open(locator).meta().name, "old");
    EXPECT_EQ(PostgisProject::open(locator).features().count("ducts", {}), 0);

    const auto replaced = PostgisProject::copyOf(file, locator, true);
    EXPECT_EQ(replaced.meta().name, "new");
    test::expectSameLayers(file.features(), replaced.features());
}

TEST_F(PostgisProjectTest, SchemaNamesAndValuesThatLookLikeSqlAreKeptAsText) {
    const std::string schema = "x\"; DROP SCHEMA public CASCADE; --";
    const auto locator = ProjectLocator::parse(uriOfSchema(schema));
    EXPECT_EQ(locator.schema(), schema);
    auto file = Project::create(dir_.file("a.sqlite"), {"'); DROP TABLE ducts; --", "EPSG:27700"});
    test::fillProject(file);
    const auto server = PostgisProject::copyOf(file, locator, false);
    EXPECT_EQ(server.meta().name, "'); DROP TABLE ducts; --");
    test::expectSameLayers(file.features(), server.features());
    PgConnection connection(locator.conninfo());
    EXPECT_EQ(connection.query("SELECT 1 FROM pg_namespace WHERE nspname = 'public'").rows(), 1);
    EXPECT_EQ(connection.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", {schema}).rows(),
              1);
}

TEST_F(PostgisProjectTest, APasswordInTheUriIsNeverInAMessage) {
    const auto locator = ProjectLocator::parse(
        "postgresql://planner:s3cret-pw@/gigamap_test?host=/nonexistent-socket-dir&schema=x");
    try {
        (void)PostgisProject::open(locator);
        FAIL() << "no server there";
    } catch (const StoreError& error) {
        EXPECT_EQ(std::string(error.what()).find("s3cret-pw"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("cannot connect"), std::string::npos);
    }
    EXPECT_EQ(locator.display().find("s3cret-pw"), std::string::npos);
}

}  // namespace
}  // namespace gigamap::core
