#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli_runner.h"
#include "support/command_output.h"
#include "support/project_fixture.h"

namespace gigamap::test {
namespace {

using ::testing::HasSubstr;

class CliAnalyseTest : public ::testing::Test {
protected:
    TempDir dir_;
    std::string project_ = dir_.file("p.sqlite").string();

    void SetUp() override { ASSERT_EQ(runCli({"init", project_}).exitCode, 0); }

    // Imports GeoJSON features (British National Grid coordinates) into a layer.
    void importFeatures(const std::string& table, const std::string& features,
                        const std::vector<std::string>& extra = {}) {
        const auto file = dir_.file(table + ".geojson");
        std::ofstream(file) << R"({"type":"FeatureCollection","features":[)" << features << "]}";
        std::vector<std::string> args{"import", "vector",  project_,     file.string(), "--into",
                                      table,    "--s-srs", "EPSG:27700", "--quiet"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto result = runCli(args);
        ASSERT_EQ(result.exitCode, 0) << result.err;
    }
};

TEST_F(CliAnalyseTest, GapsWritesTheGapPolygonAndPrintsTheAreas) {
    importFeatures(
        "boundaries",
        R"({"type":"Feature","properties":{"code":"E1","name":"Testshire","kind":"district"},
                      "geometry":{"type":"Polygon","coordinates":[[[0,0],[1000,0],[1000,1000],[0,1000],[0,0]]]}})");
    importFeatures("hotspots",
                   R"({"type":"Feature","properties":{"name":"Square","radius_m":100},
                      "geometry":{"type":"Point","coordinates":[500,500]}})");
    const auto out = dir_.file("gap.gpkg");
    const auto result =
        runCli({"analyse", "gaps", project_, "--out", out.string(), "--json", "--quiet"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["district_code"], "E1");
    EXPECT_EQ(json["hotspots"], 1);
    EXPECT_DOUBLE_EQ(json["district_area_m2"].get<double>(), 1e6);
    EXPECT_NEAR(json["covered_area_m2"].get<double>(), 31214.451522580526, 1e-6);  // the 32-gon
    ASSERT_TRUE(std::filesystem::exists(out));

    // Read back through the CLI's own import: the gap polygon is a real polygon layer.
    const auto text =
        runCli({"analyse", "gaps", project_, "--out", dir_.file("g.geojson").string()});
    EXPECT_THAT(text.out, HasSubstr("Coverage gaps in Testshire (E1)"));
    std::ifstream geojson(dir_.file("g.geojson"));
    const auto written = nlohmann::json::parse(geojson);
    // GDAL's RFC 7946 writer may write a one-part MultiPolygon as a Polygon:
    // either way, the district's ring with the hotspot's 32-gon as a hole.
    const auto& geometry = written["features"][0]["geometry"];
    const auto& rings =
        geometry["type"] == "Polygon" ? geometry["coordinates"] : geometry["coordinates"][0];
    ASSERT_EQ(rings.size(), 2U);
    EXPECT_EQ(rings[1].size(), 33U);
    EXPECT_NEAR(written["features"][0]["properties"]["gap_area_m2"].get<double>(),
                1e6 - 31214.451522580526, 1e-6);

    const auto bad = runCli({"analyse", "gaps", project_, "--out", out.string(), "--district", "E9",
                             "--mobile", "technology=4G"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_THAT(bad.err, HasSubstr("no district with code 'E9'"));
    EXPECT_EQ(
        runCli({"analyse", "gaps", project_, "--out", out.string(), "--mobile", "4G"}).exitCode, 1);
}

TEST_F(CliAnalyseTest, OneDigWritesSixSortedTables) {
    importFeatures(
        "ducts",
        R"({"type":"Feature","properties":{"ref":"P1","status":"planned","owner":"Lancaster Fibre","planned_start":"2026-06-01","planned_end":"2026-06-30"},
                      "geometry":{"type":"LineString","coordinates":[[480331.79,460017.92],[480331.79,460094.22]]}})");
    importFeatures(
        "street_works",
        R"({"type":"Feature","properties":{"work_reference_number":"W2","usrn":7,"promoter_organisation":"Water","start_date":"2026-06-30","end_date":"2026-07-02"},
                      "geometry":{"type":"Point","coordinates":[480341.79,460041.66]}},
                     {"type":"Feature","properties":{"work_reference_number":"W1","usrn":8,"promoter_organisation":"Gas","start_date":"2026-05-01","end_date":"2026-06-30"},
                      "geometry":{"type":"Point","coordinates":[480336.79,460041.66]}},
                     {"type":"Feature","properties":{"work_reference_number":"W3","usrn":8,"promoter_organisation":"Electric","start_date":"2026-07-10","end_date":"2026-07-12"},
                      "geometry":{"type":"Point","coordinates":[480336.79,460045]}})");
    importFeatures(
        "restrictions",
        R"({"type":"Feature","properties":{"reference":"S58-1","usrn":9,"kind":"s58","start_date":"2026-01-01","end_date":"2026-06-01"},
                      "geometry":{"type":"LineString","coordinates":[[480300,460050],[480400,460050]]}})");
    const auto out = dir_.file("one-dig");
    const auto result =
        runCli({"analyse", "one-dig", project_, "--out", out.string(), "--date", "2026-05-20"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("2 dig-once opportunities (1 missed: their join-by day is "
                                      "before 2026-05-20), 1 works conflicts, 1 blocked"));
    EXPECT_THAT(result.out, HasSubstr("3 near misses (different promoters within 90 days"));
    // GEOS may put the 5 m distance a unit in the last place off; the 10 m tie is exact.
    // Sorted by the day to apply by (standard works: 10 working days ahead).
    const std::string opportunities = fileBytes(out / "opportunities.csv");
    EXPECT_THAT(opportunities,
                ::testing::MatchesRegex(
                    "join_by,missed,work_category,work_reference_number,duct_ref,distance_m,"
                    "overlap_start,overlap_end,overlap_days,usrn,promoter_organisation\n"
                    "2026-05-15,1,standard,W1,P1,5(\\.00000000000000[0-9])?,2026-06-01,2026-06-"
                    "30,30,8,Gas\n"
                    "2026-06-16,0,standard,W2,P1,10,2026-06-30,2026-06-30,1,7,Water\n"));
    const std::string nearMisses = fileBytes(out / "near_misses.csv");
    EXPECT_THAT(nearMisses, HasSubstr("reference_a,reference_b,b_is,promoter_a,promoter_b,"
                                      "distance_m,start_a,end_a,start_b,end_b,days_apart,usrn\n"
                                      "W1,W3,street_work,Gas,Electric,"));
    EXPECT_THAT(nearMisses, HasSubstr(",2026-05-01,2026-06-30,2026-07-10,2026-07-12,10,8\n"
                                      "W2,W3,street_work,Water,Electric,"));
    EXPECT_THAT(nearMisses, HasSubstr("W3,P1,planned_duct,Electric,Lancaster Fibre,"));
    EXPECT_THAT(nearMisses, HasSubstr(",2026-07-10,2026-07-12,2026-06-01,2026-06-30,10,8\n"));
    EXPECT_EQ(fileBytes(out / "near_miss_promoters.csv"),
              "promoter_a,promoter_b,near_misses\n"
              "Electric,Gas,1\nElectric,Lancaster Fibre,1\nElectric,Water,1\n");
    EXPECT_EQ(fileBytes(out / "last_chance.csv"),
              "restriction_start,restriction_end,reference,kind,status,usrn,street_name,ducts,"
              "duct_refs,postcodes_lacking_gigabit,premises_lacking_gigabit\n"
              "2026-01-01,2026-06-01,S58-1,s58,in_force,9,,1,P1,0,0\n");
    EXPECT_EQ(runCli({"analyse", "one-dig", project_, "--out", out.string(), "--date", "20 May"})
                  .exitCode,
              1);
    EXPECT_EQ(fileBytes(out / "conflicts.csv"),
              "work_reference_number_a,work_reference_number_b,distance_m,overlap_start,"
              "overlap_end,overlap_days,usrn_a,usrn_b\n"
              "W2,W1,5,2026-06-30,2026-06-30,1,7,8\n");
    EXPECT_EQ(fileBytes(out / "blocked.csv"),
              "duct_ref,usrn,restriction_start,restriction_end,length_m\n"
              "P1,9,2026-01-01,2026-06-01,76.29999999998836\n");
    const auto file = dir_.file("not-a-folder");
    std::ofstream(file) << "x";
    EXPECT_EQ(runCli({"analyse", "one-dig", project_, "--out", file.string()}).exitCode, 2);
}

TEST_F(CliAnalyseTest, ExportMapWritesAPngOfThePaperAndAPdf) {
    importFeatures("ducts",
                   R"({"type":"Feature","properties":{"ref":"D1","status":"existing"},
                      "geometry":{"type":"LineString","coordinates":[[0,0],[1000,1000]]}})");
    const auto png = dir_.file("map.png");
    const auto result = runCli({"export-map", project_, "--out", png.string(), "--dpi", "96"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string bytes = fileBytes(png);
    ASSERT_GT(bytes.size(), 24U);
    EXPECT_EQ(bytes.substr(1, 3), "PNG");
    // An A4 landscape sheet inside 10 mm margins at 96 dpi: 277 x 190 mm.
    const auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 24U) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 16U) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 2])) << 8U) |
               static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 3]));
    };
    EXPECT_NEAR(be32(16), 277.0 / 25.4 * 96.0, 2.0);
    EXPECT_NEAR(be32(20), 190.0 / 25.4 * 96.0, 2.0);

    const auto pdf = dir_.file("map.pdf");
    ASSERT_EQ(runCli({"export-map", project_, "--out", pdf.string(), "--paper", "A3", "--extent",
                      "0,0,1000,1000", "--layers", "ducts", "--quiet"})
                  .exitCode,
              0);
    EXPECT_EQ(fileBytes(pdf).substr(0, 5), "%PDF-");
    EXPECT_EQ(runCli({"export-map", project_, "--out", dir_.file("map.tiff").string()}).exitCode,
              2);
    EXPECT_EQ(runCli({"export-map", project_, "--out", png.string(), "--layers", "moon"}).exitCode,
              2);
    EXPECT_EQ(
        runCli({"export-map", project_, "--out", png.string(), "--extent", "5,5,1,1"}).exitCode, 1);
}

TEST_F(CliAnalyseTest, ReportOnAnEmptyProjectSaysWhatIsMissing) {
    const auto html = dir_.file("report.html");
    const auto result =
        runCli({"report", project_, "--out", html.string(), "--date", "2026-11-27", "--quiet"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string text = fileBytes(html);
    EXPECT_THAT(text, HasSubstr("2026-11-27"));
    EXPECT_THAT(text, HasSubstr("no postcodes with Ofcom premises figures"));
    EXPECT_THAT(text, HasSubstr("no single district boundary"));
    EXPECT_THAT(text, HasSubstr("no planned or proposed ducts"));
    EXPECT_THAT(text, HasSubstr("no street works"));
    EXPECT_THAT(text, HasSubstr("8. Method"));

    const auto pdf = dir_.file("report.pdf");
    ASSERT_EQ(runCli({"report", project_, "--out", pdf.string(), "--quiet"}).exitCode, 0);
    EXPECT_EQ(fileBytes(pdf).substr(0, 5), "%PDF-");

    const auto costs = dir_.file("costs.json");
    std::ofstream(costs) << R"({"rates": [{"key": "tunnel", "pounds": 1}]})";
    const auto bad =
        runCli({"report", project_, "--out", pdf.string(), "--cost-model", costs.string()});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_THAT(bad.err, HasSubstr("unknown rate 'tunnel'"));
    EXPECT_EQ(runCli({"report", project_, "--out", dir_.file("report.docx").string()}).exitCode, 2);
}

// Without a network (here: tiles that are not there) the map is still written
// and the command says why the basemap is missing.
TEST_F(CliAnalyseTest, ExportMapWithABasemapOutOfReachSaysWhy) {
    importFeatures("ducts",
                   R"({"type":"Feature","properties":{"ref":"D1","status":"existing"},
                      "geometry":{"type":"LineString","coordinates":[[347000,461000],[348000,462000]]}})");
    const auto png = dir_.file("map.png");
    const std::string tiles = "file://" + dir_.path().string() + "/no-tiles/{z}/{x}/{y}.png";
    const auto result = runCli({"export-map", project_, "--out", png.string(), "--dpi", "40",
                                "--basemap", tiles, "--basemap-attribution", "Tiles by nobody"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("is not shown: its tiles could not be read"));
    EXPECT_EQ(fileBytes(png).substr(1, 3), "PNG");
    const auto missing = runCli({"export-map", project_, "--out", png.string(), "--basemap",
                                 dir_.file("gone.mbtiles").string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err, HasSubstr("there is no file"));
}

// The pages of a PDF, its words, and each image's pixel size with its size on
// the page (pixels per inch, to the nearest 2 %: Qt rounds an image's height
// to whole pixels of the screen it measures with).
struct PdfFacts {
    std::string pages;
    std::string words;
    std::vector<std::string> images;
    std::vector<double> ppi;
};

PdfFacts pdfFacts(const std::filesystem::path& pdf) {
    const std::string quoted = "'" + pdf.string() + "'";
    PdfFacts facts;
    const std::string info = commandOutput("pdfinfo " + quoted);
    std::smatch match;
    std::regex_search(info, match, std::regex("Pages: +[0-9]+"));
    facts.pages = match.str();
    // pdfimages -list: page, number, type, width, height, ..., x-ppi, y-ppi, size, ratio.
    std::istringstream list(commandOutput("pdfimages -list " + quoted));
    for (std::string line; std::getline(list, line);) {
        std::istringstream fields(line);
        std::vector<std::string> columns{std::istream_iterator<std::string>(fields), {}};
        if (columns.size() >= 14 && std::isdigit(static_cast<unsigned char>(columns[0][0]))) {
            facts.images.push_back(columns[0] + " " + columns[3] + "x" + columns[4]);
            facts.ppi.push_back(std::stod(columns[12]));
            facts.ppi.push_back(std::stod(columns[13]));
        }
    }
    std::istringstream text(commandOutput("pdftotext " + quoted + " -"));
    for (std::string word; text >> word;) {
        facts.words += word + " ";
    }
    return facts;
}

// The report is typeset for paper whatever the screen: on a real display the
// desktop wrote a longer PDF with stretched maps than the command line did,
// QTextDocument having scaled by the screen's DPI. Qt's offscreen platform
// given a 144-dpi screen stands in for that display.
TEST_F(CliAnalyseTest, TheReportIsTheSameOnEveryScreen) {
    if (!havePoppler()) {
        GTEST_SKIP() << "poppler-utils is not installed";
    }
    importFeatures("boundaries",
                   R"({"type":"Feature","properties":{"code":"W1","name":"West","kind":"ward"},
            "geometry":{"type":"Polygon","coordinates":[[[347000,461000],[348000,461000],[348000,462000],[347000,462000],[347000,461000]]]}})");
    importFeatures(
        "postcodes",
        R"({"type":"Feature","properties":{"postcode":"LA1 1AA","all_premises":40,"gigabit_pct":10},
                       "geometry":{"type":"Point","coordinates":[347500,461500]}})");
    const auto screen = dir_.file("screen.json");
    std::ofstream(screen) << R"({"screens": [{"name": "Display", "x": 0, "y": 0, "width": 1920,
        "height": 1080, "logicalDpi": 144, "logicalBaseDpi": 96, "dpr": 1}]})";
    const auto onPaper = dir_.file("paper.pdf");
    ASSERT_EQ(runCli({"report", project_, "--out", onPaper.string(), "--quiet"}).exitCode, 0);
    const auto onScreen = dir_.file("screen.pdf");
    ::setenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + screen.string()).c_str(), 1);
    ::setenv("QT_ENABLE_HIGHDPI_SCALING", "0", 1);
    const auto result = runCli({"report", project_, "--out", onScreen.string(), "--quiet"});
    ::unsetenv("QT_QPA_PLATFORM");
    ::unsetenv("QT_ENABLE_HIGHDPI_SCALING");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const PdfFacts paper = pdfFacts(onPaper);
    const PdfFacts display = pdfFacts(onScreen);
    EXPECT_FALSE(paper.images.empty());
    EXPECT_EQ(display.pages, paper.pages);
    EXPECT_EQ(display.images, paper.images);
    ASSERT_EQ(display.ppi.size(), paper.ppi.size());
    for (std::size_t i = 0; i < paper.ppi.size(); ++i) {
        EXPECT_NEAR(display.ppi[i], paper.ppi[i], 0.02 * paper.ppi[i]) << paper.images[i / 2];
    }
    EXPECT_EQ(display.words, paper.words);
}

}  // namespace
}  // namespace gigamap::test
