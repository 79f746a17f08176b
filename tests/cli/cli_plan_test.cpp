// gigamap-cli plan end to end: the files it writes read back with GDAL.
#include <gdal_priv.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.h"
#include "support/project_fixture.h"

namespace gigamap::test {
namespace {

using ::testing::HasSubstr;

struct DatasetCloser {
    void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

Dataset openVector(const std::string& path) {
    GDALAllRegister();
    return Dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// The bill's lines: name -> (plan pounds, naive pounds) as text.
std::map<std::string, std::vector<std::string>> readBill(const std::string& path) {
    std::ifstream in(path);
    std::map<std::string, std::vector<std::string>> lines;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream row(line);
        for (std::string cell; std::getline(row, cell, ',');) {
            cells.push_back(cell);
        }
        cells.resize(7);
        lines[cells[0]] = cells;
    }
    return lines;
}

class CliPlanTest : public ::testing::Test {
protected:
    TempDir dir_;
    std::string project_ = dir_.file("p.sqlite").string();

    void SetUp() override {
        // A small town in British National Grid metres (near 0, 0 would read as degrees).
        ASSERT_EQ(runCli({"init", project_}).exitCode, 0);
        importFeatures("roads", R"(
            {"type":"Feature","properties":{"name":"Main Street","road_class":"residential"},
             "geometry":{"type":"LineString","coordinates":[[350000,460000],[351000,460000]]}},
            {"type":"Feature","properties":{"name":"West Lane","road_class":"residential"},
             "geometry":{"type":"LineString","coordinates":[[350500,460000],[350500,460300]]}},
            {"type":"Feature","properties":{"name":"East Lane","road_class":"residential"},
             "geometry":{"type":"LineString","coordinates":[[350800,460000],[350800,460300]]}})");
        importFeatures("nodes", R"(
            {"type":"Feature","properties":{"kind":"exchange","name":"Town","status":"existing"},
             "geometry":{"type":"Point","coordinates":[350000,459980]}})");
        importFeatures("postcodes", R"(
            {"type":"Feature","properties":{"postcode":"LA1 1AA","all_premises":20,"gigabit_pct":0},
             "geometry":{"type":"Point","coordinates":[350500,460310]}},
            {"type":"Feature","properties":{"postcode":"LA1 1AB","all_premises":30,"gigabit_pct":50},
             "geometry":{"type":"Point","coordinates":[350800,460310]}})");
        importFeatures("street_works", R"(
            {"type":"Feature","properties":{"work_reference_number":"W-OPEN","start_date":"2026-05-01",
             "end_date":"2026-05-20","is_active":1},
             "geometry":{"type":"LineString","coordinates":[[350200,460000],[350400,460000]]}})");
    }

    void importFeatures(const std::string& table, const std::string& features) {
        const auto file = dir_.file(table + ".geojson");
        std::ofstream(file) << R"({"type":"FeatureCollection","features":[)" << features << "]}";
        const auto result = runCli({"import", "vector", project_, file.string(), "--into", table,
                                    "--s-srs", "EPSG:27700", "--quiet"});
        ASSERT_EQ(result.exitCode, 0) << result.err;
    }
};

TEST_F(CliPlanTest, WritesThePlanTheBillAndTheGraphThatAgreeWithEachOther) {
    const auto out = dir_.file("plan.gpkg").string();
    const auto bill = dir_.file("bill.csv").string();
    const auto graph = dir_.file("graph.gpkg").string();
    const auto result = runCli({"plan", project_, "--out", out, "--bill", bill, "--explain", graph,
                                "--window", "2026-04-01..2026-09-30", "--json", "--quiet"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["connected"], 2);
    EXPECT_EQ(json["premises_passed"], 50);
    EXPECT_EQ(json["works_in_window"], 1);
    EXPECT_LT(json["total"].get<double>(), json["naive_total"].get<double>());

    // The bill's edge_cost is the sum of the cost of the graph's edges in the plan.
    const auto explained = openVector(graph);
    ASSERT_TRUE(explained);
    OGRLayer* edges = explained->GetLayerByName("edges");
    ASSERT_NE(edges, nullptr);
    double inPlan = 0.0;
    int shared = 0;
    for (const auto& edge : *edges) {
        if (edge->GetFieldAsInteger("in_plan") == 1) {
            inPlan += edge->GetFieldAsDouble("cost");
            shared += edge->GetFieldAsDouble("shared_m") > 0.0 ? 1 : 0;
        }
    }
    EXPECT_EQ(shared, 1);
    const auto lines = readBill(bill);
    ASSERT_EQ(lines.count("edge_cost"), 1U);
    EXPECT_NEAR(std::stod(lines.at("edge_cost")[4]), inPlan, 1e-6);
    EXPECT_NEAR(std::stod(lines.at("edge_cost")[4]), json["edge_cost"].get<double>(), 1e-6);
    EXPECT_NEAR(std::stod(lines.at("shared_dig")[3]), 220.0, 1e-6);
    EXPECT_EQ(lines.at("premises_passed")[3], "50");
    ASSERT_NE(explained->GetLayerByName("targets"), nullptr);
    EXPECT_EQ(explained->GetLayerByName("targets")->GetFeatureCount(), 2);
    ASSERT_NE(explained->GetLayerByName("sources"), nullptr);
    EXPECT_EQ(explained->GetLayerByName("sources")->GetFeatureCount(), 1);

    // The plan: proposed ducts with the window as their dates, chambers, nothing unreachable.
    const auto plan = openVector(out);
    ASSERT_TRUE(plan);
    OGRLayer* ducts = plan->GetLayerByName("ducts");
    ASSERT_NE(ducts, nullptr);
    double ductCost = 0.0;
    for (const auto& duct : *ducts) {
        EXPECT_STREQ(duct->GetFieldAsString("status"), "proposed");
        EXPECT_STREQ(duct->GetFieldAsString("planned_start"), "2026-04-01");
        ductCost += duct->GetFieldAsDouble("cost");
    }
    EXPECT_NEAR(ductCost, inPlan, 1e-6);
    EXPECT_EQ(plan->GetLayerByName("chambers")->GetFeatureCount(), 5);
    EXPECT_EQ(plan->GetLayerByName("unreachable")->GetFeatureCount(), 0);
}

TEST_F(CliPlanTest, AppliesThePlanToTheProjectWithEditLogRows) {
    const auto result = runCli({"plan", project_, "--out", dir_.file("plan.gpkg").string(),
                                "--apply", "--json", "--quiet"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    const auto stored = openVector(project_);
    ASSERT_TRUE(stored);
    OGRLayer* count = stored->ExecuteSQL(
        "SELECT (SELECT count(*) FROM ducts WHERE status = 'proposed'), "
        "(SELECT count(*) FROM chambers WHERE status = 'proposed'), (SELECT count(*) FROM "
        "edit_log)",
        nullptr, nullptr);
    ASSERT_NE(count, nullptr);
    OGRFeatureUniquePtr row(count->GetNextFeature());
    EXPECT_EQ(row->GetFieldAsInteger(0), json["ducts"].get<int>());
    EXPECT_EQ(row->GetFieldAsInteger(1), 5);
    EXPECT_EQ(row->GetFieldAsInteger(2), json["ducts"].get<int>() + 5);
    stored->ReleaseResultSet(count);
}

TEST_F(CliPlanTest, RefusesABadWindowAsUsageAndAnUnknownWardAsBadInput) {
    const auto out = dir_.file("plan.gpkg").string();
    const auto window =
        runCli({"plan", project_, "--out", out, "--window", "2026-09-30..2026-04-01"});
    EXPECT_EQ(window.exitCode, 1);
    EXPECT_THAT(window.err, HasSubstr("--window"));
    const auto ward = runCli({"plan", project_, "--out", out, "--targets", "ward:E05000000"});
    EXPECT_EQ(ward.exitCode, 2);
    EXPECT_THAT(ward.err, HasSubstr("no ward with that code"));
    EXPECT_FALSE(std::filesystem::exists(out));
    const auto list = dir_.file("selection.txt");
    std::ofstream(list) << "postcode\nla11aa\nZZ9 9ZZ\n";
    const auto selection =
        runCli({"plan", project_, "--out", out, "--targets", "selection", list.string()});
    EXPECT_EQ(selection.exitCode, 2);
    EXPECT_THAT(selection.err, HasSubstr("ZZ9 9ZZ"));
}

}  // namespace
}  // namespace gigamap::test
