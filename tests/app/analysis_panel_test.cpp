#include <gtest/gtest.h>

#include <QFont>

#include <QCoreApplication>
#include <QDate>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "analysis/analysis_dock.h"
#include "analysis/analysis_runner.h"
#include "analysis/coverage_form.h"
#include "analysis/one_dig_form.h"
#include "analysis_fixture.h"
#include "attributes/identify_dock.h"
#include "common/qt_day.h"
#include "gigamap/core/day_range.h"
#include "gigamap/render/result_layer.h"
#include "layers/field_values.h"
#include "layers/map_layer_list.h"
#include "map/map_canvas.h"

namespace gigamap::test {
namespace {

using desktop::AnalysisDock;
using desktop::AnalysisRunner;

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class AnalysisPanelTest : public AnalysisFixture {
protected:
    AnalysisDock& dock() { return window_.analysisDock(); }

    // Runs analysis `index` from the panel to its end.
    void runToEnd(int index) {
        dock().selectAnalysis(index);
        QSignalSpy done(&dock().runner(), &AnalysisRunner::succeeded);
        QSignalSpy failed(&dock().runner(), &AnalysisRunner::failed);
        dock().run();
        ASSERT_TRUE(done.wait(60000))
            << "failed: "
            << (failed.isEmpty() ? std::string("no")
                                 : failed.front().front().toString().toStdString());
    }

    // Runs gigamap-cli with `arguments`; its standard output.
    std::string cli(const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral(GIGAMAP_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return process.readAllStandardOutput().toStdString();
    }

    QString project() const { return QString::fromStdString(path_.string()); }
    QString file(const char* name) const {
        return QString::fromStdString(dir_.file(name).string());
    }

    [[nodiscard]] const render::MapLayer* resultLayer(const std::string& table) const {
        for (const auto& layer : window_.layers().layers()) {
            if (layer.source == render::MapLayer::Source::Result && layer.table == table) {
                return &layer;
            }
        }
        return nullptr;
    }
};

TEST_F(AnalysisPanelTest, CoverageFromThePanelIsTheCliTable) {
    runToEnd(0);
    ASSERT_EQ(dock().tableCount(), 1);
    dock().exportTable(0, dir_.file("panel.csv"));
    cli({"analyse", "coverage", project(), "--out", file("cli.csv"), "--quiet"});
    EXPECT_EQ(readFile(dir_.file("panel.csv")), readFile(dir_.file("cli.csv")));
    EXPECT_EQ(dock().tableView(0).model()->rowCount(), 2);  // Castle and the unassigned line
}

TEST_F(AnalysisPanelTest, NearestDuctFromThePanelIsTheCliTable) {
    runToEnd(2);
    dock().exportTable(0, dir_.file("panel.csv"));
    cli({"analyse", "nearest-duct", project(), "--out", file("cli.csv"), "--quiet"});
    EXPECT_EQ(readFile(dir_.file("panel.csv")), readFile(dir_.file("cli.csv")));
    EXPECT_EQ(dock().tableView(0).model()->rowCount(), 3);
}

TEST_F(AnalysisPanelTest, OneDigFromThePanelIsTheCliTables) {
    runToEnd(3);
    ASSERT_EQ(dock().tableCount(), 6);
    cli({"analyse", "one-dig", project(), "--out", file("cli"), "--quiet"});
    int table = 0;
    for (const char* name : {"opportunities.csv", "conflicts.csv", "blocked.csv", "near_misses.csv",
                             "near_miss_promoters.csv", "last_chance.csv"}) {
        const auto panel = dir_.file(std::string("panel-") + name);
        dock().exportTable(table++, panel);
        EXPECT_EQ(readFile(panel), readFile(dir_.file("cli") / name)) << name;
    }
    // W1 and W2 are near D2 in March, near each other, and D2 is under the restriction.
    EXPECT_EQ(dock().tableView(0).model()->rowCount(), 2);
    EXPECT_EQ(dock().tableView(1).model()->rowCount(), 1);
    EXPECT_EQ(dock().tableView(2).model()->rowCount(), 1);
    // The works of March 2026 are long past: their join-by days are struck through.
    const auto* opportunities = dock().tableView(0).model();
    for (int row = 0; row < opportunities->rowCount(); ++row) {
        EXPECT_EQ(opportunities->data(opportunities->index(row, 1), Qt::UserRole).toLongLong(), 1);
        EXPECT_TRUE(
            qvariant_cast<QFont>(opportunities->data(opportunities->index(row, 0), Qt::FontRole))
                .strikeOut());
        EXPECT_FALSE(
            qvariant_cast<QFont>(opportunities->data(opportunities->index(row, 3), Qt::FontRole))
                .strikeOut());
    }
    const auto* pairs = resultLayer("one_dig_pairs");
    ASSERT_NE(pairs, nullptr);
    EXPECT_EQ(pairs->result->features().size(), 4U);
    // The style dialog classifies a result layer by its own values.
    const desktop::FieldValues values(*pairs->result);
    EXPECT_EQ(values.distinct("kind", 10),
              (std::vector<QString>{"blocked", "conflict", "opportunity"}));
    EXPECT_EQ(values.numbers("distance_m", 10).size(), 4U);
}

TEST_F(AnalysisPanelTest, OneDigsGapAndDateAreTheCommandLinesGapAndDate) {
    auto& form = dynamic_cast<desktop::OneDigForm&>(dock().form(3));
    EXPECT_EQ(form.gapBox().value(), 90);  // the CLI's defaults
    EXPECT_EQ(form.dateEdit().date(), desktop::qDateOfDay(core::today()));
    // As of 1 March 2026: W1's join-by day (24 February) is missed, W2's (2 March) is not.
    form.gapBox().setValue(30);
    form.dateEdit().setDate(QDate(2026, 3, 1));
    runToEnd(3);
    cli({"analyse", "one-dig", project(), "--out", file("cli"), "--gap", "30", "--date",
         "2026-03-01", "--quiet"});
    int table = 0;
    for (const char* name : {"opportunities.csv", "conflicts.csv", "blocked.csv", "near_misses.csv",
                             "near_miss_promoters.csv", "last_chance.csv"}) {
        const auto panel = dir_.file(std::string("panel-") + name);
        dock().exportTable(table++, panel);
        EXPECT_EQ(readFile(panel), readFile(dir_.file("cli") / name)) << name;
    }
    const auto* opportunities = dock().tableView(0).model();
    ASSERT_EQ(opportunities->rowCount(), 2);
    std::vector<bool> struck;
    for (int row = 0; row < opportunities->rowCount(); ++row) {
        struck.push_back(
            qvariant_cast<QFont>(opportunities->data(opportunities->index(row, 0), Qt::FontRole))
                .strikeOut());
    }
    EXPECT_EQ(struck, (std::vector<bool>{true, false}));  // sorted by join-by day
}

TEST_F(AnalysisPanelTest, TheGapIsTheCliGapAndBecomesAResultLayerThatExports) {
    runToEnd(1);
    const auto json = cli({"analyse", "gaps", project(), "--out", file("gap.gpkg"), "--json"});
    const auto* gap = resultLayer("gap_parts");
    ASSERT_NE(gap, nullptr);
    double area = 0.0;
    for (const auto& feature : gap->result->features()) {
        area += std::get<double>(feature.attribute("area_m2"));
    }
    // The district minus one 32-gon of radius 100 m (area 16 r² sin(π/16)).
    EXPECT_NEAR(area, 1e6 - 16.0 * 100.0 * 100.0 * std::sin(std::numbers::pi / 16.0), 1e-3);
    const QJsonObject summary = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    EXPECT_DOUBLE_EQ(area, summary["gap_area_m2"].toDouble());

    // Identify finds the gap where no hotspot reaches, not inside the hotspot's circle.
    window_.identifyAt(box(40, 40, 60, 60));
    const QTreeWidget& found = window_.identifyDock().tree();
    const auto titled = [&](const QString& title) {
        for (int i = 0; i < found.topLevelItemCount(); ++i) {
            if (found.topLevelItem(i)->text(0) == title) {
                return true;
            }
        }
        return false;
    };
    EXPECT_TRUE(titled(gap->title));
    window_.identifyAt(box(495, 495, 505, 505));
    EXPECT_FALSE(titled(gap->title));

    const auto index = static_cast<std::size_t>(gap - window_.layers().layers().data());
    window_.exportResultLayer(index, file("exported.gpkg"));
    const GDALDatasetUniquePtr exported(
        GDALDataset::Open(dir_.file("exported.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_NE(exported, nullptr);
    OGRLayer* layer = exported->GetLayer(0);
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(layer->GetFeatureCount(), static_cast<GIntBig>(gap->result->features().size()));
    double exportedArea = 0.0;
    for (const auto& feature : *layer) {
        exportedArea += feature->GetGeometryRef()->toMultiPolygon()->get_Area();
    }
    EXPECT_NEAR(exportedArea, area, 1e-3);
}

TEST_F(AnalysisPanelTest, ClickingAResultRowZoomsToAndHighlightsItsFeatures) {
    runToEnd(3);
    window_.zoomFull();
    const double before = window_.canvas().viewport().extent().width();
    QTableView& view = dock().tableView(0);
    dock().show();
    const QModelIndex first = view.model()->index(0, 0);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(first).center());
    const core::BoundingBox shown = window_.canvas().viewport().extent();
    EXPECT_LT(shown.width(), before);
    // Work W1 (x 300–400 at y 805) and duct D2 (x 100–900 at y 800).
    EXPECT_LE(shown.minX, kX0 + 100);
    EXPECT_GE(shown.maxX, kX0 + 900);
    EXPECT_LE(shown.minY, kY0 + 800);
    EXPECT_GE(shown.maxY, kY0 + 805);
    EXPECT_EQ(window_.canvas().highlight().size(), 2U);

    // A conflict row shows both works, and the map comes close.
    QTableView& conflicts = dock().tableView(1);
    QTest::mouseClick(conflicts.viewport(), Qt::LeftButton, {},
                      conflicts.visualRect(conflicts.model()->index(0, 0)).center());
    EXPECT_LT(window_.canvas().viewport().extent().width(), 600.0);
    const core::BoundingBox close = window_.canvas().viewport().extent();
    EXPECT_TRUE(close.minX <= kX0 + 350 && kX0 + 350 <= close.maxX);
    EXPECT_TRUE(close.minY <= kY0 + 808 && kY0 + 808 <= close.maxY);
}

TEST_F(AnalysisPanelTest, CancellingAnAnalysisLeavesNoResultLayer) {
    dock().selectAnalysis(1);
    QSignalSpy cancelled(&dock().runner(), &AnalysisRunner::cancelled);
    QSignalSpy succeeded(&dock().runner(), &AnalysisRunner::succeeded);
    dock().run();
    dock().cancel();
    ASSERT_TRUE(cancelled.wait(60000));
    EXPECT_TRUE(succeeded.isEmpty());
    EXPECT_EQ(resultLayer("gap_parts"), nullptr);
    EXPECT_TRUE(dock().summary().contains(QStringLiteral("Cancelled")));
    // And the panel runs again afterwards.
    runToEnd(1);
    EXPECT_NE(resultLayer("gap_parts"), nullptr);
}

TEST_F(AnalysisPanelTest, ABadParameterIsReportedAndRunsNothing) {
    dock().selectAnalysis(0);
    auto& form = dynamic_cast<desktop::CoverageForm&>(dock().form(0));
    form.setBoundaryKind(QStringLiteral("parish"));
    QSignalSpy failed(&dock().runner(), &AnalysisRunner::failed);
    dock().run();
    ASSERT_TRUE(failed.wait(60000));
    EXPECT_TRUE(failed.front().front().toString().contains(QStringLiteral("parish")));
    EXPECT_EQ(dock().tableCount(), 0);
}

}  // namespace
}  // namespace gigamap::test
