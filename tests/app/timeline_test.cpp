#include <gtest/gtest.h>

#include <QCheckBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <chrono>

#include "analysis/analysis_dock.h"
#include "analysis/analysis_runner.h"
#include "analysis_fixture.h"
#include "gigamap/core/day_range.h"
#include "layers/map_layer_list.h"
#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "timeline/timeline_dock.h"
#include "timeline/timeline_view.h"

namespace gigamap::test {
namespace {

using namespace std::chrono_literals;
using desktop::TimelineBar;

int day(const char* iso) {
    return *core::dayNumber(iso);
}

class TimelineTest : public AnalysisFixture {
protected:
    void SetUp() override {
        AnalysisFixture::SetUp();
        timeline().show();
        timeline().resize(900, 300);
        QCoreApplication::processEvents();
    }

    desktop::TimelineDock& timeline() { return window_.timelineDock(); }
    desktop::TimelineView& view() { return timeline().view(); }

    // The filter the map's layer `table` is drawn with.
    std::optional<render::DayFilter> filterOf(const std::string& table) {
        const auto& layers = window_.layers();
        return layers.at(layers.indexOf(table)).dayFilter;
    }

    void setDay(const char* iso) {
        timeline().filterBox().setChecked(true);
        timeline().slider().setValue(day(iso));
    }
};

TEST_F(TimelineTest, OneRowPerStreetWithBarsAtTheirDates) {
    const auto& rows = view().model().rows();
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].usrn, 100);
    EXPECT_EQ(rows[0].street, QStringLiteral("Castle Hill"));
    EXPECT_EQ(rows[1].usrn, 200);
    ASSERT_EQ(rows[0].bars.size(), 3U);  // D2, W1, W2 by start
    EXPECT_EQ(rows[0].bars[0].key, "D2");
    EXPECT_EQ(rows[0].bars[0].kind, TimelineBar::Kind::Duct);
    EXPECT_EQ(rows[0].lanes, 3);  // all three overlap in March
    for (std::size_t row = 0; row < rows.size(); ++row) {
        for (std::size_t bar = 0; bar < rows[row].bars.size(); ++bar) {
            const auto& b = rows[row].bars[bar];
            const QRectF rect = view().barRect(row, bar);
            EXPECT_NEAR(rect.left(), view().xOfDay(b.days.start), 1e-9) << b.key;
            EXPECT_NEAR(rect.right(), view().xOfDay(b.days.end + 1), 1e-9) << b.key;
        }
    }
    // W3 (1–5 May) ends after W2 (to 2 April) starts, in time order.
    EXPECT_GT(view().barRect(1, 0).left(), view().barRect(0, 2).right());
    const auto span = view().model().span();
    ASSERT_TRUE(span);
    EXPECT_EQ(span->start, day("2026-03-01"));
    EXPECT_EQ(span->end, day("2026-05-05"));
}

TEST_F(TimelineTest, OneDigMarksItsPairsOnTheTimeline) {
    auto& dock = window_.analysisDock();
    dock.selectAnalysis(3);
    QSignalSpy done(&dock.runner(), &desktop::AnalysisRunner::succeeded);
    dock.run();
    ASSERT_TRUE(done.wait(60000));
    const auto& bars = view().model().rows()[0].bars;
    for (const auto& bar : bars) {
        EXPECT_TRUE(bar.opportunity) << bar.key;
        EXPECT_EQ(bar.conflict, bar.kind == TimelineBar::Kind::Work) << bar.key;
    }
    // The streets with pairs are listed on their own, until the officer asks for all.
    EXPECT_TRUE(timeline().pairsOnlyBox().isChecked());
    EXPECT_EQ(view().model().rows().size(), 1U);
    timeline().pairsOnlyBox().setChecked(false);
    ASSERT_EQ(view().model().rows().size(), 2U);
    EXPECT_FALSE(view().model().rows()[1].bars[0].opportunity);
}

TEST_F(TimelineTest, TheDaySliderChangesWhatTheMapDraws) {
    EXPECT_FALSE(filterOf("street_works"));
    setDay("2026-03-12");
    ASSERT_TRUE(filterOf("street_works"));
    EXPECT_EQ(filterOf("street_works")->day, "2026-03-12");
    EXPECT_EQ(filterOf("ducts")->day, "2026-03-12");
    EXPECT_TRUE(filterOf("ducts")->keepUndated);  // the existing network stays

    auto& canvas = window_.canvas();
    canvas.zoomToExtent(box(600, 100, 800, 300));  // around W3 at (700, 200)
    ASSERT_TRUE(desktop::waitUntilMapSettled(canvas, 30s));
    const QPoint w3 = canvas.mapImageViewport().toPixel(at(700, 200)).toPoint();
    const QColor march = canvas.mapImage().pixelColor(w3);
    setDay("2026-05-03");
    ASSERT_TRUE(desktop::waitUntilMapSettled(canvas, 30s));
    const QColor may = canvas.mapImage().pixelColor(w3);
    EXPECT_EQ(march, QColor(Qt::white));  // W3 is not dug in March
    EXPECT_NE(may, QColor(Qt::white));    // but is on 3 May

    timeline().filterBox().setChecked(false);
    EXPECT_FALSE(filterOf("street_works"));
}

TEST_F(TimelineTest, ClickingABarTakesTheMapToItsFeature) {
    window_.zoomFull();
    const QRectF w3 = view().barRect(1, 0);
    QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, w3.center().toPoint());
    const core::BoundingBox shown = window_.canvas().viewport().extent();
    EXPECT_LT(shown.width(), 600.0);  // the fixture spans 1 km
    EXPECT_TRUE(shown.minX <= kX0 + 700 && kX0 + 700 <= shown.maxX);
    EXPECT_TRUE(shown.minY <= kY0 + 200 && kY0 + 200 <= shown.maxY);
    EXPECT_EQ(window_.canvas().highlight().size(), 1U);
}

}  // namespace
}  // namespace gigamap::test
