#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QImage>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "gigamap/report/report.h"
#include "support/command_output.h"
#include "support/project_fixture.h"

namespace gigamap::report {
namespace {

using ::testing::HasSubstr;

using test::commandOutput;
using test::havePoppler;

class ReportPdfTest : public test::ProjectTest {
protected:
    core::Project project_ = core::Project::create(projectPath_, {"Testshire", "EPSG:27700"});
    core::GeosContext geos_;

    void add(const char* table, std::map<std::string, core::Value> attributes,
             const std::string& wkt) {
        core::Feature feature;
        feature.attributes = std::move(attributes);
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer(table).insert(feature);
    }

    void SetUp() override {
        core::Transaction transaction(project_.database());
        add("boundaries", {{"code", "E1"}, {"name", "Testshire"}, {"kind", "district"}},
            "MULTIPOLYGON (((0 0, 4000 0, 4000 3000, 0 3000, 0 0)))");
        add("boundaries", {{"code", "W1"}, {"name", "West Ward"}, {"kind", "ward"}},
            "MULTIPOLYGON (((0 0, 2000 0, 2000 3000, 0 3000, 0 0)))");
        add("boundaries", {{"code", "W2"}, {"name", "East Ward"}, {"kind", "ward"}},
            "MULTIPOLYGON (((2000 0, 4000 0, 4000 3000, 2000 3000, 2000 0)))");
        // A grid of postcodes with no gigabit at all: red on the map.
        for (int i = 0; i < 20; ++i) {
            for (int j = 0; j < 15; ++j) {
                add("postcodes",
                    {{"postcode", "TS" + std::to_string(i) + " " + std::to_string(j) + "AA"},
                     {"all_premises", std::int64_t{10}},
                     {"gigabit_pct", 0.0},
                     {"sfbb_pct", 50.0},
                     {"full_fibre_pct", 0.0},
                     {"below_uso_pct", 5.0}},
                    "POINT (" + std::to_string(100 + i * 200) + " " +
                        std::to_string(100 + j * 200) + ")");
            }
        }
        transaction.commit();
    }
};

TEST_F(ReportPdfTest, EverySectionAndTheNumbersOfTheAnalyses) {
    if (!havePoppler()) {
        GTEST_SKIP() << "poppler-utils (pdftotext) is not installed";
    }
    const auto pdf = dir_.file("report.pdf");
    ReportOptions options;
    options.date = "2026-11-27";
    const auto summary = writeReport(project_, options, pdf);
    EXPECT_EQ(summary.format, "PDF");
    EXPECT_EQ(summary.wards, 2U);
    const std::string text = commandOutput("pdftotext -layout '" + pdf.string() + "' -");
    for (const char* heading :
         {"1. Data sources", "2. Headline coverage", "3. Wards by premises lacking gigabit",
          "4. Maps", "5. Proposed build", "6. One Dig", "7. Chamber and duct schedules",
          "8. Method", "Ward atlas: West Ward", "Ward atlas: East Ward"}) {
        EXPECT_THAT(text, HasSubstr(heading));
    }
    // 300 postcodes of 10 premises, none gigabit-capable; half lack superfast.
    // Sentences with their line breaks undone.
    std::string flowing;
    for (const char c : commandOutput("pdftotext '" + pdf.string() + "' -")) {
        const char d = c == '\n' ? ' ' : c;
        if (!(d == ' ' && !flowing.empty() && flowing.back() == ' ')) {
            flowing += d;
        }
    }
    // ("figures" is typeset with an fi ligature.)
    EXPECT_THAT(flowing, HasSubstr("From 300 postcodes with Ofcom"));
    EXPECT_THAT(flowing, HasSubstr("gures (3,000 premises)"));
    EXPECT_THAT(text, testing::ContainsRegex("Gigabit capable +0 +0.0 %"));
    EXPECT_THAT(text, testing::ContainsRegex("Below superfast \\(30 Mbit/s\\) +1,500 +50.0 %"));
    EXPECT_THAT(text, HasSubstr("12.00 km²"));  // the district's area
    // Nothing planned and no works: said, not failed.
    EXPECT_THAT(flowing, HasSubstr("no planned or proposed ducts"));
    EXPECT_THAT(flowing, HasSubstr("no street works"));
}

TEST_F(ReportPdfTest, TheMapsAreDrawnOnTheirPages) {
    if (!havePoppler()) {
        GTEST_SKIP() << "poppler-utils (pdftoppm) is not installed";
    }
    const auto pdf = dir_.file("report.pdf");
    ReportOptions options;
    options.atlas = false;
    (void)writeReport(project_, options, pdf);
    // The overview map's page: the first whose text says so.
    int page = 0;
    for (int p = 1; p < 20 && page == 0; ++p) {
        const std::string text = commandOutput("pdftotext -f " + std::to_string(p) + " -l " +
                                               std::to_string(p) + " '" + pdf.string() + "' -");
        if (text.find("4. Maps") != std::string::npos) {
            page = p;
        }
    }
    ASSERT_GT(page, 0);
    const auto prefix = dir_.file("page").string();
    (void)commandOutput("pdftoppm -r 60 -png -f " + std::to_string(page) + " -l " +
                        std::to_string(page) + " '" + pdf.string() + "' '" + prefix + "'");
    QImage image;  // pdftoppm pads the page number to the width of the last one
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
        if (entry.path().filename().string().starts_with("page-")) {
            image.load(QString::fromStdString(entry.path().string()));
        }
    }
    ASSERT_FALSE(image.isNull());
    // The postcodes' red (0 % gigabit) and the hatched gap's grey must be on it.
    int red = 0;
    int grey = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 90 && c.blue() < 90 ? 1 : 0;
            grey += std::abs(c.red() - c.green()) < 12 && std::abs(c.green() - c.blue()) < 12 &&
                            c.red() > 90 && c.red() < 215
                        ? 1
                        : 0;
        }
    }
    EXPECT_GT(red, 200);
    EXPECT_GT(grey, 200);
}

TEST_F(ReportPdfTest, TheHtmlHasTheSameTables) {
    const auto file = dir_.file("report.html");
    ReportOptions options;
    options.atlas = false;
    (void)writeReport(project_, options, file);
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const std::string html = text.str();
    const auto has = [&](const char* part) { return html.find(part) != std::string::npos; };
    EXPECT_TRUE(has("align=\"right\">Lacking gigabit</th>"));
    EXPECT_TRUE(has("West Ward"));
    EXPECT_TRUE(has("From 300 postcodes with Ofcom figures (3,000 premises)"));
    EXPECT_TRUE(has("data:image/png;base64,"));  // figures embedded
    EXPECT_FALSE(has("src=\"map-overview.png\""));
}

}  // namespace
}  // namespace gigamap::report
