// Every importer on a server project (issue 13): the same rows, summaries,
// rejects and sources as on a project file; two imports at once; field values
// that look like SQL stored as text; the commit's change notice.
#include <gtest/gtest.h>

#include <fstream>
#include <future>
#include <map>
#include <optional>
#include <sstream>

#include <unistd.h>

#include "cli/cli_runner.h"
#include "gigamap/core/bulk_writer.h"
#include "gigamap/core/feature_store.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/pg_change_listener.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/import_job.h"
#include "gigamap/importers/rejects_file.h"
#include "pg_test_support.h"
#include "support/data_paths.h"

namespace gigamap::test {
namespace {

std::string contents(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

importers::ImportJob job(importers::ImportKind kind, std::vector<std::filesystem::path> paths) {
    importers::ImportJob made;
    made.kind = kind;
    made.paths = std::move(paths);
    return made;
}

using Pairs = std::map<std::string, std::string>;

// A vector import into `table`: fields taken from other source fields, constants, the source CRS.
importers::VectorOptions into(std::string table, Pairs fields = {}, Pairs values = {},
                              std::optional<std::string> sourceCrs = std::nullopt) {
    importers::VectorOptions options;
    options.table = std::move(table);
    options.fields = std::move(fields);
    options.values = std::move(values);
    options.sourceCrs = std::move(sourceCrs);
    return options;
}

importers::ImportJob vectorJob(const std::filesystem::path& file,
                               importers::VectorOptions options) {
    auto made = job(importers::ImportKind::Vector, {file});
    made.vector = std::move(options);
    return made;
}

class ServerImportTest : public ServerTest {
protected:
    void SetUp() override {
        file_.emplace(core::Project::create(dir_.file("file.sqlite"), {"Lancaster", "EPSG:27700"}));
        server_.emplace(
            core::PostgisProject::create(schemaLocator("import"), {"Lancaster", "EPSG:27700"}));
    }

    // Runs `job` into the file project and into the server project: the
    // summaries and the rejects lists must be the same.
    void importIntoBoth(importers::ImportJob job) {
        SCOPED_TRACE(job.paths.front().filename().string());
        ++imports_;
        const auto fileRejects = dir_.file("file-" + std::to_string(imports_) + ".csv");
        const auto serverRejects = dir_.file("server-" + std::to_string(imports_) + ".csv");
        job.source.rejectsFile = fileRejects;
        const auto onFile = job.run(*core::bulkWriter(*file_));
        job.source.rejectsFile = serverRejects;
        const auto onServer = job.run(*core::bulkWriter(*server_));
        EXPECT_EQ(onServer.read, onFile.read);
        EXPECT_EQ(onServer.inserted, onFile.inserted);
        EXPECT_EQ(onServer.updated, onFile.updated);
        EXPECT_EQ(onServer.skipped, onFile.skipped);
        EXPECT_EQ(onServer.rejected, onFile.rejected);
        EXPECT_EQ(onServer.notes, onFile.notes);
        EXPECT_EQ(std::filesystem::exists(serverRejects), std::filesystem::exists(fileRejects));
        if (std::filesystem::exists(fileRejects)) {
            EXPECT_EQ(contents(serverRejects), contents(fileRejects));
        }
        EXPECT_GT(onFile.inserted + onFile.updated, 0);  // the import did something to compare
    }

    std::optional<core::Project> file_;
    std::optional<core::PostgisProject> server_;
    int imports_ = 0;
};

TEST_F(ServerImportTest, EveryImporterGivesTheServerTheRowsItGivesAFile) {
    using importers::ImportKind;
    auto district = vectorJob(
        sampleSource("lancaster_lad_E07000121_wgs84.geojson"),
        into("boundaries", {{"code", "objectid"}, {"name", "district"}}, {{"kind", "district"}}));
    district.vector.sourceName = "ons_district";
    district.source.vintage = "LAD 2022";
    importIntoBoth(district);
    importIntoBoth(vectorJob(
        testData("vector/wards.geojson"),
        into("boundaries", {{"code", "WD_CODE"}, {"name", "WD_NAME"}}, {{"kind", "ward"}})));
    auto postcodes = job(ImportKind::CodePoint, {testData("codepoint/lancaster_five.csv"),
                                                 testData("codepoint/bad_rows.csv")});
    postcodes.source.vintage = "2025.4.0";
    importIntoBoth(postcodes);
    importIntoBoth(postcodes);  // again: every postcode is updated in place
    importIntoBoth(
        job(ImportKind::OfcomFixed, {testData("ofcom/202305_fixed_pc_coverage_r01_LA.csv")}));
    // The local-authority file has no row for Lancaster: one of its rows under Lancaster's
    // code, found through the district boundary the project holds (read through FeatureStore).
    std::string authorities = contents(testData("ofcom/202209_fixed_laua_coverage_r02.csv"));
    authorities.replace(authorities.find("E07000223"), 9, "E07000121");
    const auto lancasterRow = dir_.file("202209_fixed_laua_coverage_r02.csv");
    std::ofstream(lancasterRow, std::ios::binary) << authorities;
    importIntoBoth(job(ImportKind::OfcomFixed, {lancasterRow}));
    auto mobile = job(ImportKind::OfcomMobile, {testData("ofcom/mobile_by_address.csv")});
    mobile.source.vintage = "2023-05";
    importIntoBoth(mobile);
    importIntoBoth(job(ImportKind::StreetManager, {testData("street_manager/feed")}));
    importIntoBoth(vectorJob(testData("vector/ducts_wgs84.geojson"), into("ducts")));
    importIntoBoth(vectorJob(testData("vector/ducts_wgs84.geojson"),
                             into("ducts", {}, {{"owner", "Lancaster City Council"}})));
    importIntoBoth(vectorJob(testData("vector/chambers_xy.csv"),
                             into("chambers", {{"chamber_type", ""}}, {}, "EPSG:27700")));
    importIntoBoth(vectorJob(testData("vector/mixed_geometries_wkt.csv"),
                             into("street_works", {}, {}, "EPSG:27700")));

    expectSameLayers(file_->features(), server_->features());
    auto serverMeta = server_->metaValues();
    auto fileMeta = file_->metaValues();
    serverMeta.erase("created");  // made a moment apart
    fileMeta.erase("created");
    EXPECT_EQ(serverMeta, fileMeta);

    // Again: each postcode's ratings replaced. The new rows' values and places are the same;
    // their fids are not (SQLite reuses a deleted row's fid, a server's identity never does).
    importIntoBoth(mobile);
    const auto ratings = [](const core::FeatureStore& store) {
        std::vector<std::pair<std::vector<core::Value>, core::Wkb>> rows;
        core::LayerQuery query("mobile_postcodes");
        for (const auto& field : core::layerSchema("mobile_postcodes").fields) {
            query.fields.push_back(field.name);
        }
        store.scan(query.sortBy({"postcode", "operator", "service", "environment", "technology"}),
                   [&rows](const core::FeatureRow& row) {
                       rows.emplace_back(row.values, core::Wkb(row.wkb.begin(), row.wkb.end()));
                       return true;
                   });
        return rows;
    };
    const auto onFile = ratings(file_->features());
    EXPECT_EQ(onFile.size(), 8U);
    EXPECT_TRUE(ratings(server_->features()) == onFile);
}

TEST_F(ServerImportTest, TwoImportsAtOnceBothFinishAndTheirCountsAddUp) {
    const std::string uri = server_->locator().display();
    const auto import = [&](const std::string& file) {
        return runCli({"import", "codepoint", uri, sampleSource(file).string(), "--quiet",
                       "--rejects", dir_.file(file + ".rejects.csv").string()});
    };
    auto first = std::async(std::launch::async, import,
                            "codepoint_open_2025.4.0_lancaster_E07000121_excl_LA3_LA5.csv");
    auto second = std::async(std::launch::async, import,
                             "codepoint_open_2025.4.0_lancaster_E07000121_LA3_LA5.csv");
    const auto a = first.get();
    const auto b = second.get();
    ASSERT_EQ(a.exitCode, 0) << a.err;
    ASSERT_EQ(b.exitCode, 0) << b.err;
    EXPECT_NE(a.out.find("3022 read"), std::string::npos) << a.out;
    EXPECT_NE(b.out.find("1236 read"), std::string::npos) << b.out;

    auto reopened = core::PostgisProject::open(server_->locator());
    EXPECT_EQ(reopened.features().count("postcodes", {}), 3022 + 1236);
}

TEST_F(ServerImportTest, FieldValuesThatLookLikeSqlAreStoredAsTheyAre) {
    const std::string hostile = "x'); DROP TABLE postcodes; --";
    const std::string quoted = "\"ducts\"; DELETE FROM ducts; \\. \t\n";
    auto made =
        vectorJob(testData("vector/chambers_xy.csv"),
                  into("chambers", {{"chamber_type", ""}},
                       {{"owner", hostile}, {"cover", quoted}, {"depth_m", "0.30000000000000004"}},
                       "EPSG:27700"));
    made.source.rejectsFile = dir_.file("rejects.csv");
    made.source.attribution = hostile;
    const auto summary = made.run(*core::bulkWriter(*server_));
    ASSERT_EQ(summary.inserted, 2);

    auto reopened = core::PostgisProject::open(server_->locator());
    std::vector<std::vector<core::Value>> rows;
    reopened.features().scan(
        core::LayerQuery("chambers").select({"owner", "cover", "depth_m"}).noGeometry(),
        [&](const core::FeatureRow& row) {
            rows.push_back(row.values);
            return true;
        });
    ASSERT_EQ(rows.size(), 2U);
    for (const auto& row : rows) {
        EXPECT_EQ(row.at(0), core::Value{hostile});
        EXPECT_EQ(row.at(1), core::Value{quoted});
        EXPECT_EQ(row.at(2), core::Value{0.1 + 0.2});  // all 17 digits through binary COPY
    }
    EXPECT_EQ(reopened.metaValues().at("attribution.chambers"), hostile);
    EXPECT_EQ(reopened.features().count("postcodes", {}), 0);  // the table is still there
}

TEST_F(ServerImportTest, TheDefaultRejectsFileIsNamedAfterAnySchemaName) {
    const std::string schema = "t_rejects_" + std::to_string(::getpid()) + "/../x.y";
    auto project = core::PostgisProject::create(core::ProjectLocator::parse(uriOfSchema(schema)),
                                                {"Lancaster", "EPSG:27700"});
    const auto beside = core::bulkWriter(project)->besidePath();
    EXPECT_EQ(importers::defaultRejectsPath(beside, "codepoint"),
              std::filesystem::current_path() /
                  ("t_rejects_" + std::to_string(::getpid()) + "_.._x.y.codepoint-rejects.csv"));
}

TEST_F(ServerImportTest, TheCommitTellsListenersWhatWasImportedAndWhere) {
    core::PgChangeListener listener(server_->locator());
    auto made = job(importers::ImportKind::CodePoint, {testData("codepoint/lancaster_five.csv")});
    made.source.rejectsFile = dir_.file("rejects.csv");
    (void)made.run(*core::bulkWriter(*server_));

    std::optional<core::ChangeNotice> notice;
    for (int attempt = 0; attempt < 50 && !notice; ++attempt) {
        (void)listener.wait(std::chrono::milliseconds(100));
        for (auto& received : listener.take()) {
            notice = received;
        }
    }
    ASSERT_TRUE(notice.has_value());
    EXPECT_EQ(notice->table, "postcodes");
    EXPECT_EQ(notice->action, "import");
    EXPECT_EQ(notice->features, 5);
    ASSERT_TRUE(notice->box.has_value());
    EXPECT_DOUBLE_EQ(notice->box->minX, 347450.0);
}

TEST_F(ServerImportTest, AFailedImportLeavesTheServerProjectAsItWas) {
    auto made = job(importers::ImportKind::CodePoint, {testData("codepoint/lancaster_five.csv"),
                                                       testData("codepoint/not_codepoint.csv")});
    made.source.rejectsFile = dir_.file("rejects.csv");
    EXPECT_ANY_THROW((void)made.run(*core::bulkWriter(*server_)));
    auto reopened = core::PostgisProject::open(server_->locator());
    EXPECT_EQ(reopened.features().count("postcodes", {}), 0);
    EXPECT_FALSE(reopened.metaValues().contains("vintage.codepoint"));
    EXPECT_FALSE(std::filesystem::exists(dir_.file("rejects.csv")));
}

}  // namespace
}  // namespace gigamap::test
