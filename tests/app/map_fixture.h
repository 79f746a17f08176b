#pragma once

#include <gtest/gtest.h>

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <filesystem>
#include <memory>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/project.h"
#include "support/temp_dir.h"

namespace gigamap::desktop {
class MainWindow;
}

namespace gigamap::test {

// A small project near Lancaster whose features sit at known places, in metres
// from kOrigin: an existing duct along y = 500 (fid 1), a planned duct along
// y = 800 (fid 2), an abandoned one at x = 500 from y = 100 to 300 (fid 3);
// postcodes at (200, 200) 10 % gigabit (fid 1), (800, 200) 95 % (fid 2) and
// (800, 250) 50 % (fid 3); a ward "Castle" covering (0, 0)-(1000, 1000).
class MapFixture : public ::testing::Test {
public:
    static constexpr double kX0 = 347000.0;
    static constexpr double kY0 = 461000.0;

    MapFixture();

    // The map point at (dx, dy) metres from the origin.
    [[nodiscard]] static QPointF at(double dx, double dy) { return {kX0 + dx, kY0 + dy}; }
    [[nodiscard]] static core::BoundingBox box(double minX, double minY, double maxX, double maxY) {
        return {kX0 + minX, kY0 + minY, kX0 + maxX, kY0 + maxY};
    }
    // Adds `count` chambers in a row (refs CH-00001...), for paging tests.
    void addChambers(int count);
    // Closes the fixture's own connection (and its editing lock).
    void closeProject() { project_.reset(); }
    // Hands the project to `window`: closes the fixture's connection, shows the
    // window at `size` and opens the project in it for editing.
    [[nodiscard]] bool openInWindow(desktop::MainWindow& window, QSize size = {900, 700});

    // Whether two colours are within `tolerance` on every channel.
    static bool near(QColor a, QColor b, int tolerance = 40);
    // Whether a pixel within `radius` of `at` has (nearly) `colour`: lines are
    // antialiased, so the pixel a map point falls on may be a blend.
    static bool colourAround(const QImage& image, QPoint at, QColor colour, int radius = 2,
                             int tolerance = 40);

    TempDir dir_;
    std::filesystem::path path_ = dir_.file("map.sqlite");
    std::unique_ptr<core::Project> project_;
};

}  // namespace gigamap::test
