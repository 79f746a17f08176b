#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <array>
#include <chrono>

#include "common/user_errors.h"
#include "gigamap/core/crs_transform.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/render/background_file.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/map_renderer.h"
#include "layers/layer_tree_dock.h"
#include "layers/layer_tree_widget.h"
#include "layers/map_layer_list.h"
#include "layers/style_dialog.h"
#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "map/map_status_bar.h"
#include "map_fixture.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

using namespace std::chrono_literals;

class LayersTest : public MapFixture {
protected:
    // A GeoJSON file in WGS84 with one line from (100, 300) to (900, 300) in the fixture's metres.
    QString writeWgs84Line() {
        const core::ProjContext proj;
        const core::CrsTransform toWgs84(proj, "EPSG:27700", "EPSG:4326");
        const auto a = toWgs84.forward({kX0 + 100, kY0 + 300});
        const auto b = toWgs84.forward({kX0 + 900, kY0 + 300});
        const QString path = QString::fromStdString(dir_.file("background.geojson").string());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{},"geometry":{"type":"LineString","coordinates":[[%1,%2],[%3,%4]]}}]})")
                       .arg(a.x, 0, 'f', 9)
                       .arg(a.y, 0, 'f', 9)
                       .arg(b.x, 0, 'f', 9)
                       .arg(b.y, 0, 'f', 9)
                       .toUtf8());
        return path;
    }
};

TEST_F(LayersTest, ABackgroundVectorFileIsReprojectedOnTheFly) {
    const QString path = writeWgs84Line();
    const render::BackgroundFile file(path);
    EXPECT_FALSE(file.isRaster());
    const auto extent = file.extent(27700);
    ASSERT_TRUE(extent.has_value());
    // Bounds of the file's longitude/latitude box, which is a little larger in the grid.
    EXPECT_NEAR(extent->minX, kX0 + 100, 25.0);
    EXPECT_NEAR(extent->maxX, kX0 + 900, 25.0);
    EXPECT_NEAR(extent->minY, kY0 + 300, 25.0);

    render::LayerStyle style;
    style.symbol.stroke = QColor(220, 0, 0);
    style.symbol.strokeWidth = 3.0;
    render::RenderRequest request;
    request.viewport = render::MapViewport::fitting(box(0, 0, 1000, 1000), QSize(200, 200));
    request.layers.push_back(render::MapLayer::backgroundFile(path, style));
    request.scaleBar = false;
    const core::Feedback feedback;
    const QImage image = render::MapRenderer(project_->database(), 27700).render(request, feedback);
    EXPECT_TRUE(colourAround(image, request.viewport.toPixel(at(500, 300)).toPoint(),
                             QColor(220, 0, 0), 1, 30));
    EXPECT_EQ(image.pixelColor(request.viewport.toPixel(at(500, 600)).toPoint()),
              QColor(Qt::white));
}

TEST_F(LayersTest, ABackgroundRasterIsWarpedToTheMapsPixels) {
    // A blue GeoTIFF in WGS84 over the middle of the fixture, its corners' own
    // longitudes/latitudes.
    const core::ProjContext proj;
    const core::CrsTransform toWgs84(proj, "EPSG:27700", "EPSG:4326");
    const auto southWest = toWgs84.forward({kX0 + 300, kY0 + 300});
    const auto northEast = toWgs84.forward({kX0 + 700, kY0 + 700});
    const std::string path = dir_.file("blue.tif").string();
    {
        GDALAllRegister();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
        ASSERT_NE(driver, nullptr);
        const GDALDatasetUniquePtr raster(
            driver->Create(path.c_str(), 20, 20, 3, GDT_Byte, nullptr));
        std::array<double, 6> transform{southWest.x, (northEast.x - southWest.x) / 20,
                                        0,           northEast.y,
                                        0,           -(northEast.y - southWest.y) / 20};
        raster->SetGeoTransform(transform.data());
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        raster->SetSpatialRef(&wgs84);
        for (int band = 1; band <= 3; ++band) {
            ASSERT_EQ(raster->GetRasterBand(band)->Fill(band == 3 ? 200 : 20), CE_None);
        }
    }
    render::RenderRequest request;
    request.viewport = render::MapViewport::fitting(box(0, 0, 1000, 1000), QSize(200, 200));
    request.layers.push_back(
        render::MapLayer::backgroundFile(QString::fromStdString(path), render::LayerStyle{}));
    request.scaleBar = false;
    const core::Feedback feedback;
    const QImage image = render::MapRenderer(project_->database(), 27700).render(request, feedback);
    const QColor inside = image.pixelColor(request.viewport.toPixel(at(500, 500)).toPoint());
    EXPECT_TRUE(near(inside, QColor(20, 20, 200), 10)) << inside.name().toStdString();
    EXPECT_EQ(image.pixelColor(request.viewport.toPixel(at(100, 100)).toPoint()),
              QColor(Qt::white));
    EXPECT_TRUE(render::BackgroundFile(QString::fromStdString(path)).isRaster());
}

TEST_F(LayersTest, WhatGdalCannotReadIsRefusedWithAMessage) {
    const QString path = QString::fromStdString(dir_.file("notes.txt").string());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a map\n");
    file.close();
    EXPECT_THROW(render::BackgroundFile{path}, core::ImportError);

    closeProject();
    desktop::MainWindow window;
    ASSERT_TRUE(window.openProject(path_));
    QSignalSpy reported(&window.errors(), &desktop::UserErrors::reported);
    const auto before = window.layers().size();
    window.addBackgroundFile(path);
    ASSERT_EQ(reported.count(), 1);
    EXPECT_TRUE(reported.at(0).at(0).toString().contains(QStringLiteral("notes.txt")));
    EXPECT_EQ(window.layers().size(), before);
    window.addBackgroundFile(writeWgs84Line());
    ASSERT_EQ(window.layers().size(), before + 1);
    EXPECT_EQ(window.layers().at(before).source, render::MapLayer::Source::BackgroundFile);
    EXPECT_TRUE(desktop::waitUntilMapSettled(window.canvas(), 30s));
}

TEST_F(LayersTest, TheProjectRemembersItsLayerTree) {
    closeProject();
    const QString background = writeWgs84Line();
    std::vector<std::string> order;
    {
        desktop::MainWindow window;
        ASSERT_TRUE(window.openProject(path_));
        auto& layers = window.layers();
        layers.setVisible(layers.indexOf("ducts"), false);
        std::vector<std::size_t> reversed(layers.size());
        for (std::size_t i = 0; i < reversed.size(); ++i) {
            reversed[i] = reversed.size() - 1 - i;
        }
        layers.reorder(reversed);
        window.addBackgroundFile(background);
        for (const auto& layer : layers.layers()) {
            order.push_back(layer.source == render::MapLayer::Source::Project
                                ? layer.table
                                : layer.filePath.toStdString());
        }
    }
    desktop::MainWindow reopened;
    ASSERT_TRUE(reopened.openProject(path_));
    std::vector<std::string> restored;
    for (const auto& layer : reopened.layers().layers()) {
        restored.push_back(layer.source == render::MapLayer::Source::Project
                               ? layer.table
                               : layer.filePath.toStdString());
    }
    EXPECT_EQ(restored, order);
    const auto& layers = reopened.layers();
    EXPECT_FALSE(layers.at(layers.indexOf("ducts")).visible);
    EXPECT_TRUE(layers.at(layers.indexOf("postcodes")).visible);
    EXPECT_EQ(layers.layers().back().source, render::MapLayer::Source::BackgroundFile);
}

TEST_F(LayersTest, TheLayerTreeFollowsTheListAndTogglesVisibility) {
    desktop::MapLayerList layers;
    desktop::LayerTreeDock dock(layers);
    layers.setLayers({render::MapLayer::projectLayer("ducts", render::defaultStyle("ducts")),
                      render::MapLayer::projectLayer("roads", render::defaultStyle("roads"))});
    QTreeWidget& tree = dock.tree();
    ASSERT_EQ(tree.topLevelItemCount(), 2);
    EXPECT_EQ(tree.topLevelItem(0)->text(0), QStringLiteral("ducts"));
    // The ducts' legend: one row per status and one for the others.
    EXPECT_EQ(tree.topLevelItem(0)->childCount(),
              static_cast<int>(render::defaultStyle("ducts").categories.size()) + 1);
    layers.reorder({1, 0});
    EXPECT_EQ(tree.topLevelItem(0)->text(0), QStringLiteral("roads"));
    tree.topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    EXPECT_FALSE(layers.at(1).visible);
    EXPECT_TRUE(layers.at(0).visible);
}

TEST_F(LayersTest, TheStyleDialogShowsAStyleAndClassifiesByAField) {
    const auto& ducts = project_->layer("ducts").schema();
    const render::LayerStyle initial = render::defaultStyle("ducts");
    desktop::StyleDialog dialog(QStringLiteral("ducts"), initial, &ducts,
                                desktop::FieldValues(project_->database(), ducts));
    EXPECT_EQ(dialog.style(), initial);
    auto* classify = dialog.findChild<QPushButton*>(QStringLiteral("classify"));
    ASSERT_NE(classify, nullptr);
    QTest::mouseClick(classify, Qt::LeftButton);
    const auto classified = dialog.style();
    ASSERT_EQ(classified.categories.size(), 3U);  // the fixture's statuses, sorted
    EXPECT_EQ(classified.categories[0].value, QStringLiteral("abandoned"));
    EXPECT_EQ(classified.categories[2].value, QStringLiteral("planned"));
    EXPECT_NE(classified.categories[0].symbol.stroke, classified.categories[2].symbol.stroke);
}

TEST_F(LayersTest, TheStatusBarShowsGridAndLatitudeLongitudeAndTakesAScale) {
    desktop::MainWindow window;
    ASSERT_TRUE(openInWindow(window));
    desktop::MapCanvas& canvas = window.canvas();
    ASSERT_TRUE(desktop::waitUntilMapSettled(canvas, 30s));
    const QPoint pixel = canvas.viewport().toPixel(at(400, 500)).toPoint();
    const QPointF map = canvas.viewport().toMap(pixel);
    QTest::mouseMove(&canvas, pixel);
    const desktop::MapStatusBar* status = window.findChild<desktop::MapStatusBar*>();
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->coordinates().text(),
              QStringLiteral("E %1  N %2").arg(map.x(), 0, 'f', 1).arg(map.y(), 0, 'f', 1));
    // Lancaster is at about 54.05° N, 2.80° W.
    EXPECT_TRUE(status->latLon().text().startsWith(QStringLiteral("54.0")))
        << status->latLon().text().toStdString();
    EXPECT_TRUE(status->latLon().text().contains(QStringLiteral("2.8")));
    EXPECT_TRUE(status->latLon().text().endsWith(QStringLiteral("W")));

    status->scaleEdit().setText(QStringLiteral("1:5,000"));
    QTest::keyClick(&status->scaleEdit(), Qt::Key_Return);
    EXPECT_NEAR(canvas.viewport().scaleDenominator(desktop::MapStatusBar::kDpi), 5000.0, 1e-6);
    EXPECT_TRUE(desktop::waitUntilMapSettled(canvas, 30s));
}

}  // namespace
}  // namespace gigamap::test
