#include "map_fixture.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/transaction.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

std::string coordinates(double dx, double dy) {
    return std::to_string(MapFixture::kX0 + dx) + " " + std::to_string(MapFixture::kY0 + dy);
}

}  // namespace

MapFixture::MapFixture()
    : project_(std::make_unique<core::Project>(
          core::Project::create(path_, {"map fixture", "EPSG:27700"}))) {
    const core::GeosContext geos;
    const auto wkb = [&](const std::string& wkt) { return geos.writeWkb(geos.readWkt(wkt)); };
    const auto line = [&](double x0, double y0, double x1, double y1) {
        return wkb("LINESTRING (" + coordinates(x0, y0) + ", " + coordinates(x1, y1) + ")");
    };
    core::Transaction transaction(project_->database());
    auto& ducts = project_->layer("ducts");
    ducts.insert({0,
                  {{"ref", std::string("D1")}, {"status", std::string("existing")}},
                  line(100, 500, 900, 500)});
    ducts.insert({0,
                  {{"ref", std::string("D2")}, {"status", std::string("planned")}},
                  line(100, 800, 900, 800)});
    ducts.insert({0,
                  {{"ref", std::string("D3")}, {"status", std::string("abandoned")}},
                  line(500, 100, 500, 300)});
    auto& postcodes = project_->layer("postcodes");
    const auto postcode = [&](const char* code, double dx, double dy, double gigabit) {
        postcodes.insert({0,
                          {{"postcode", std::string(code)}, {"gigabit_pct", gigabit}},
                          core::pointWkb(kX0 + dx, kY0 + dy)});
    };
    postcode("LA1 1AA", 200, 200, 10.0);
    postcode("LA1 1AB", 800, 200, 95.0);
    postcode("LA1 1AD", 800, 250, 50.0);
    project_->layer("boundaries")
        .insert({0,
                 {{"code", std::string("E05000001")},
                  {"name", std::string("Castle")},
                  {"kind", std::string("ward")}},
                 wkb("MULTIPOLYGON (((" + coordinates(0, 0) + ", " + coordinates(1000, 0) + ", " +
                     coordinates(1000, 1000) + ", " + coordinates(0, 1000) + ", " +
                     coordinates(0, 0) + ")))")});
    transaction.commit();
}

bool MapFixture::openInWindow(desktop::MainWindow& window, QSize size) {
    closeProject();
    window.resize(size);
    window.show();
    return window.openProject(path_);
}

void MapFixture::addChambers(int count) {
    core::Transaction transaction(project_->database());
    auto& chambers = project_->layer("chambers");
    for (int i = 1; i <= count; ++i) {
        char ref[16];
        std::snprintf(ref, sizeof ref, "CH-%05d", i);
        chambers.insert({0,
                         {{"ref", std::string(ref)},
                          {"chamber_type", std::string(i % 3 == 0 ? "JC" : "JB")},
                          {"depth_m", 0.5 + (i % 7) * 0.1}},
                         core::pointWkb(kX0 + 10.0 + (i % 90) * 10.0, kY0 + 900.0)});
    }
    transaction.commit();
}

bool MapFixture::near(QColor a, QColor b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

bool MapFixture::colourAround(const QImage& image, QPoint at, QColor colour, int radius,
                              int tolerance) {
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (image.rect().contains(p) && near(image.pixelColor(p), colour, tolerance)) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace gigamap::test
