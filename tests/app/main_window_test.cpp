#include <gtest/gtest.h>

#include <QKeyEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <chrono>

#include "attributes/attribute_table_dock.h"
#include "attributes/attribute_table_model.h"
#include "attributes/identify_dock.h"
#include "gigamap/core/project.h"
#include "gigamap/render/style_store.h"
#include "layers/layer_tree_dock.h"
#include "layers/layer_tree_widget.h"
#include "layers/map_layer_list.h"
#include "map/feature_selection.h"
#include "map/identify_tool.h"
#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "map/measure_tool.h"
#include "map/measurement.h"
#include "map/select_tool.h"
#include "map_fixture.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

using desktop::MainWindow;
using namespace std::chrono_literals;

class MainWindowTest : public MapFixture {
protected:
    void SetUp() override {
        ASSERT_TRUE(openInWindow(window_));
        ASSERT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
    }
    desktop::MapCanvas& canvas() { return window_.canvas(); }
    QPoint pixelOf(double dx, double dy) {
        return canvas().viewport().toPixel(at(dx, dy)).toPoint();
    }

    MainWindow window_;
};

TEST_F(MainWindowTest, OpensFittedToTheProjectAndDrawsTheDucts) {
    const auto extent = canvas().viewport().extent();
    EXPECT_LE(extent.minX, kX0);
    EXPECT_GE(extent.maxX, kX0 + 1000);
    EXPECT_LE(extent.minY, kY0);
    EXPECT_GE(extent.maxY, kY0 + 1000);
    EXPECT_TRUE(colourAround(canvas().mapImage(), pixelOf(400, 500), QColor(0x1f4e9c), 1));
    EXPECT_EQ(canvas().mapImage().pixelColor(pixelOf(300, 650)), QColor(Qt::white));
    EXPECT_FALSE(window_.readOnlyBanner().isVisible());
}

TEST_F(MainWindowTest, ArrowKeysPanAndPlusMinusZoom) {
    const auto before = canvas().viewport();
    QTest::keyClick(&canvas(), Qt::Key_Right);
    const auto right = canvas().viewport();
    EXPECT_NEAR(right.centre().x() - before.centre().x(),
                canvas().width() * 0.25 * before.unitsPerPixel(), 1e-6);
    EXPECT_DOUBLE_EQ(right.centre().y(), before.centre().y());
    QTest::keyClick(&canvas(), Qt::Key_Up);
    EXPECT_GT(canvas().viewport().centre().y(), before.centre().y());
    QTest::keyClick(&canvas(), Qt::Key_Plus);
    EXPECT_DOUBLE_EQ(canvas().viewport().unitsPerPixel(), before.unitsPerPixel() / 2.0);
    QTest::keyClick(&canvas(), Qt::Key_Minus);
    EXPECT_DOUBLE_EQ(canvas().viewport().unitsPerPixel(), before.unitsPerPixel());
}

TEST_F(MainWindowTest, DragPansAndTheWheelZoomsAboutTheCursor) {
    const QPoint from = pixelOf(400, 500);
    const QPointF grabbed = canvas().viewport().toMap(from);
    QTest::mousePress(&canvas(), Qt::LeftButton, {}, from);
    QTest::mouseMove(&canvas(), from + QPoint(40, 30));
    QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, from + QPoint(60, 50));
    const QPointF now = canvas().viewport().toMap(from + QPoint(60, 50));
    EXPECT_NEAR(now.x(), grabbed.x(), 1e-6);
    EXPECT_NEAR(now.y(), grabbed.y(), 1e-6);

    const QPoint cursor(100, 120);
    const QPointF under = canvas().viewport().toMap(cursor);
    const double before = canvas().viewport().unitsPerPixel();
    QWheelEvent wheel(cursor, canvas().mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&canvas(), &wheel);
    EXPECT_LT(canvas().viewport().unitsPerPixel(), before);
    EXPECT_NEAR(canvas().viewport().toMap(cursor).x(), under.x(), 1e-6);
    EXPECT_NEAR(canvas().viewport().toMap(cursor).y(), under.y(), 1e-6);
    EXPECT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
}

TEST_F(MainWindowTest, IdentifyListsEveryFeatureUnderTheCursorWithItsAttributes) {
    canvas().setMapTool(&window_.identifyTool());
    // On the existing duct, inside the ward: both are found, the postcodes are not.
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(400, 500));
    QTreeWidget& tree = window_.identifyDock().tree();
    ASSERT_EQ(tree.topLevelItemCount(), 2);
    EXPECT_EQ(tree.topLevelItem(0)->text(0), QStringLiteral("boundaries"));
    QTreeWidgetItem* layer = tree.topLevelItem(1);
    EXPECT_EQ(layer->text(0), QStringLiteral("ducts"));
    ASSERT_EQ(layer->childCount(), 1);
    EXPECT_EQ(layer->child(0)->text(0), QStringLiteral("fid 1"));
    bool sawStatus = false;
    for (int i = 0; i < layer->child(0)->childCount(); ++i) {
        const auto* field = layer->child(0)->child(i);
        if (field->text(0) == QStringLiteral("status")) {
            sawStatus = field->text(1) == QStringLiteral("existing");
        }
    }
    EXPECT_TRUE(sawStatus);
}

TEST_F(MainWindowTest, RectangleSelectionAndShiftAdds) {
    auto& layers = window_.layers();
    layers.setVisible(layers.indexOf("boundaries"), false);  // else every click is in the ward
    canvas().setMapTool(&window_.selectTool());
    // Around the two eastern postcodes, clear of ducts and the ward's outline.
    QTest::mousePress(&canvas(), Qt::LeftButton, {}, pixelOf(750, 150));
    QTest::mouseMove(&canvas(), pixelOf(850, 300));
    QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, pixelOf(850, 300));
    EXPECT_EQ(window_.selection().ids(), (render::FeatureIds{{"postcodes", {2, 3}}}));

    QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::ShiftModifier, pixelOf(600, 800));
    EXPECT_EQ(window_.selection().ids(),
              (render::FeatureIds{{"postcodes", {2, 3}}, {"ducts", {2}}}));
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(200, 200));
    EXPECT_EQ(window_.selection().ids(), (render::FeatureIds{{"postcodes", {1}}}));
    EXPECT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
}

TEST_F(MainWindowTest, SelectionKeepsToTheLayerChosenInTheLayerTree) {
    QTreeWidget& tree = window_.layerTree().tree();
    const auto postcodes = static_cast<int>(window_.layers().indexOf("postcodes"));
    tree.setCurrentItem(tree.topLevelItem(postcodes));
    window_.selectIn(box(0, 0, 1000, 1000), false);
    EXPECT_EQ(window_.selection().ids(), (render::FeatureIds{{"postcodes", {1, 2, 3}}}));
}

TEST_F(MainWindowTest, HiddenLayersAreNeitherDrawnNorPicked) {
    auto& layers = window_.layers();
    layers.setVisible(layers.indexOf("ducts"), false);
    window_.selectIn(box(390, 490, 410, 510), false);
    EXPECT_EQ(window_.selection().ids(), (render::FeatureIds{{"boundaries", {1}}}));
    window_.selection().clear();
    ASSERT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
    EXPECT_EQ(canvas().mapImage().pixelColor(pixelOf(400, 500)), QColor(Qt::white));
}

TEST_F(MainWindowTest, MeasuresDistanceAndAreaOnTheMap) {
    desktop::MeasureTool* distance = nullptr;
    desktop::MeasureTool* area = nullptr;
    for (auto* tool : window_.findChildren<desktop::MeasureTool*>()) {
        (tool->result().startsWith(QStringLiteral("Distance")) ? distance : area) = tool;
    }
    ASSERT_NE(distance, nullptr);
    ASSERT_NE(area, nullptr);
    // Whole pixels, so that the expected lengths are exact in map units.
    const double perPixel = canvas().viewport().unitsPerPixel();
    const QPoint a = pixelOf(200, 200);
    const QPoint b = a + QPoint(30, 0);
    const QPoint c = a + QPoint(30, -40);
    canvas().setMapTool(distance);
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, a);
    QTest::mouseClick(&canvas(), Qt::LeftButton, {}, b);
    QTest::mouseClick(&canvas(), Qt::RightButton, {}, b);
    EXPECT_EQ(distance->result(),
              QStringLiteral("Distance ") + desktop::Measurement::formatDistance(30 * perPixel));
    canvas().setMapTool(area);
    for (const QPoint& p : {a, b, c}) {
        QTest::mouseClick(&canvas(), Qt::LeftButton, {}, p);
    }
    QTest::mouseClick(&canvas(), Qt::RightButton, {}, c);
    EXPECT_TRUE(area->result().startsWith(
        QStringLiteral("Area ") + desktop::Measurement::formatArea(600 * perPixel * perPixel)))
        << area->result().toStdString();
}

TEST_F(MainWindowTest, TheAttributeTableZoomsToItsSelection) {
    desktop::AttributeTableDock* dock = window_.openAttributeTable("postcodes");
    ASSERT_NE(dock, nullptr);
    if (dock->model().rowCount() == 0) {
        dock->model().fetchMore({});
    }
    dock->view().selectRow(1);
    EXPECT_EQ(window_.selection().ids(), (render::FeatureIds{{"postcodes", {2}}}));
    emit dock->zoomToSelectedRequested();
    const auto& viewport = canvas().viewport();
    EXPECT_NEAR(viewport.centre().x(), at(800, 200).x(), 1e-6);
    EXPECT_NEAR(viewport.centre().y(), at(800, 200).y(), 1e-6);
    // A point is shown with some ground around it, not at an absurd scale.
    EXPECT_GE(viewport.extent().width(), 100.0);
    EXPECT_LT(viewport.extent().width(), 1000.0);
    EXPECT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
}

TEST_F(MainWindowTest, AStyleChosenForALayerIsSavedInTheProject) {
    auto& layers = window_.layers();
    const auto ducts = layers.indexOf("ducts");
    render::LayerStyle style = layers.at(ducts).style;
    style.labelField = QStringLiteral("ref");
    style.categories.at(0).symbol.strokeWidth = 4.0;
    layers.setStyle(ducts, style);
    EXPECT_EQ(render::StyleStore(window_.project()->database()).load("ducts"), style);
    EXPECT_TRUE(desktop::waitUntilMapSettled(canvas(), 30s));
}

using ReadOnlyOpenTest = MapFixture;

TEST_F(ReadOnlyOpenTest, AProjectEditedElsewhereOpensReadOnlyWithABanner) {
    // The fixture keeps its project open for editing, as another gigamap would.
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(path_));
    EXPECT_TRUE(window.project()->isReadOnly());
    EXPECT_TRUE(window.readOnlyBanner().isVisible());
    EXPECT_TRUE(window.readOnlyBanner().text().contains(QStringLiteral("Read-only")));
    EXPECT_TRUE(desktop::waitUntilMapSettled(window.canvas(), std::chrono::seconds(30)));
}

}  // namespace
}  // namespace gigamap::test
