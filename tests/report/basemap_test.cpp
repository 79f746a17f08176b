#include <gtest/gtest.h>

#include <gdal_priv.h>

#include <QImage>
#include <QPainter>
#include <array>
#include <filesystem>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/project.h"
#include "gigamap/render/background_file.h"
#include "gigamap/render/basemap.h"
#include "gigamap/render/map_layer.h"
#include "gigamap/render/map_renderer.h"
#include "gigamap/render/render_request.h"
#include "support/project_fixture.h"

namespace gigamap::render {
namespace {

const QColor kSea(30, 140, 200);
// Lancaster city centre in British National Grid.
const core::BoundingBox kLancaster{346000.0, 460000.0, 349000.0, 463000.0};

bool near(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}

QImage drawn(const BackgroundFile& file) {
    const MapViewport viewport = MapViewport::fitting(kLancaster, QSize(120, 120));
    QImage image(120, 120, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    file.paint(painter, viewport, 27700, Symbol{}, core::Feedback{});
    painter.end();
    return image;
}

class BasemapTest : public test::ProjectTest {
protected:
    // An XYZ tile tree on disk with the whole world in one tile (zoom 0), as a
    // tile server would serve it, read through file:// instead of the network.
    QString tileTemplate() {
        const auto folder = dir_.path() / "tiles" / "0" / "0";
        std::filesystem::create_directories(folder);
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(kSea);
        EXPECT_TRUE(tile.save(QString::fromStdString((folder / "0.png").string())));
        return QStringLiteral("file://%1/tiles/{z}/{x}/{y}.png")
            .arg(QString::fromStdString(dir_.path().string()));
    }
};

TEST_F(BasemapTest, OpenStreetMapIsXyzWithItsAttribution) {
    const Basemap osm = Basemap::openStreetMap();
    EXPECT_EQ(osm.kind, Basemap::Kind::Xyz);
    EXPECT_TRUE(osm.attribution.contains("OpenStreetMap contributors"));
    const QString gdal = osm.gdalName("/var/cache/gigamap/tiles", tileUserAgent());
    EXPECT_TRUE(gdal.contains("<UserAgent>gigamap/")) << "the tile usage policy asks for it";
    EXPECT_TRUE(gdal.contains("<Cache><Path>/var/cache/gigamap/tiles</Path></Cache>"));
    EXPECT_TRUE(gdal.contains("https://tile.openstreetmap.org/${z}/${x}/${y}.png"));
}

TEST_F(BasemapTest, XyzTilesAreDrawnUnderTheProjectAndCached) {
    Basemap basemap = Basemap::fromLocation(tileTemplate(), QStringLiteral("Test tiles"));
    basemap.maxZoom = 0;
    ASSERT_EQ(basemap.kind, Basemap::Kind::Xyz);
    const auto cache = dir_.file("cache");
    const BackgroundFile file(basemap.gdalName(cache, tileUserAgent()));
    EXPECT_TRUE(file.isRaster());
    const QImage image = drawn(file);
    EXPECT_TRUE(near(image.pixelColor(60, 60), kSea))
        << image.pixelColor(60, 60).name().toStdString();
    EXPECT_TRUE(std::filesystem::exists(cache)) << "tiles are kept on disk";
}

TEST_F(BasemapTest, TilesOutOfReachLeaveTheMapDrawnAndSayWhy) {
    Basemap basemap = Basemap::fromLocation(QStringLiteral("file://%1/nowhere/{z}/{x}/{y}.png")
                                                .arg(QString::fromStdString(dir_.path().string())),
                                            QString());
    basemap.title = QStringLiteral("Offline basemap");
    basemap.maxZoom = 0;
    auto project = core::Project::create(projectPath_, {"basemap", "EPSG:27700"});
    RenderRequest request;
    request.viewport = MapViewport::fitting(kLancaster, QSize(120, 120));
    MapLayer layer =
        MapLayer::backgroundFile(basemap.gdalName(dir_.file("cache"), tileUserAgent()), {});
    layer.title = basemap.title;
    request.layers = {layer};
    const MapRenderer renderer(project.database(), 27700);
    const QImage image = renderer.render(request, core::Feedback{});
    EXPECT_FALSE(image.isNull());
    ASSERT_EQ(renderer.problems().size(), 1U);
    EXPECT_TRUE(renderer.problems()[0].startsWith(
        "Offline basemap is not shown: its tiles could not be read"))
        << renderer.problems()[0].toStdString();
}

// MBTiles and GeoPackage tiles made by GDAL from a Web Mercator raster over Lancaster.
class TileFileTest : public BasemapTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(TileFileTest, ATileFileIsAnOfflineBasemap) {
    GDALAllRegister();
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(GetParam());
    if (driver == nullptr) {
        GTEST_SKIP() << "GDAL has no " << GetParam() << " driver";
    }
    GDALDatasetUniquePtr raster(memory->Create("", 256, 256, 3, GDT_Byte, nullptr));
    // 25.6 km around Lancaster (54.05° N, 2.80° W) in EPSG:3857.
    std::array<double, 6> transform{-320000.0, 100.0, 0.0, 7181000.0, 0.0, -100.0};
    raster->SetGeoTransform(transform.data());
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    raster->SetSpatialRef(&mercator);
    const std::array<int, 3> rgb{kSea.red(), kSea.green(), kSea.blue()};
    for (int band = 1; band <= 3; ++band) {
        ASSERT_EQ(raster->GetRasterBand(band)->Fill(rgb[static_cast<std::size_t>(band - 1)]),
                  CE_None);
    }
    const auto path = dir_.file(std::string("basemap.") +
                                (std::string(GetParam()) == "GPKG" ? "gpkg" : "mbtiles"));
    GDALDatasetUniquePtr tiles(
        driver->CreateCopy(path.string().c_str(), raster.get(), FALSE, nullptr, nullptr, nullptr));
    ASSERT_TRUE(tiles) << CPLGetLastErrorMsg();
    tiles.reset();
    const Basemap basemap =
        Basemap::fromLocation(QString::fromStdString(path.string()), QStringLiteral("Own tiles"));
    EXPECT_EQ(basemap.kind, Basemap::Kind::TileFile);
    const BackgroundFile file(basemap.gdalName(dir_.file("cache"), tileUserAgent()));
    const QImage image = drawn(file);
    EXPECT_TRUE(near(image.pixelColor(60, 60), kSea))
        << image.pixelColor(60, 60).name().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Offline, TileFileTest, ::testing::Values("MBTiles", "GPKG"));

}  // namespace
}  // namespace gigamap::render
