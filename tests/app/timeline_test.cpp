#include <gtest/gtest.h>

#include <QCheckBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <chrono>
#include <set>

#include "analysis/analysis_dock.h"
#include "analysis/analysis_runner.h"
#include "analysis_fixture.h"
#include "gigamap/core/day_range.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "layers/map_layer_list.h"
#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "timeline/timeline_colours.h"
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
    ASSERT_EQ(rows[0].bars.size(), 4U);  // the Section 58 on top, then D2, W1, W2 by start
    EXPECT_EQ(rows[0].bars[0].kind, TimelineBar::Kind::Restriction);
    EXPECT_EQ(rows[0].bars[0].lane, 0);
    EXPECT_EQ(rows[0].bars[1].key, "D2");
    EXPECT_EQ(rows[0].bars[1].kind, TimelineBar::Kind::Duct);
    EXPECT_EQ(rows[0].lanes, 4);  // the restriction's lane, then three overlapping in March
    for (std::size_t row = 0; row < rows.size(); ++row) {
        for (std::size_t bar = 0; bar < rows[row].bars.size(); ++bar) {
            const auto& b = rows[row].bars[bar];
            const QRectF rect = view().barRect(row, bar);
            EXPECT_NEAR(rect.left(), view().xOfDay(b.days.start), 1e-9) << b.key;
            EXPECT_NEAR(rect.right(), view().xOfDay(b.days.end + 1), 1e-9) << b.key;
        }
    }
    // W3 (1–5 May) ends after W2 (to 2 April) starts, in time order.
    EXPECT_GT(view().barRect(1, 0).left(), view().barRect(0, 3).right());
    // Time runs over the restriction's year too.
    const auto span = view().model().span();
    ASSERT_TRUE(span);
    EXPECT_EQ(span->start, day("2026-01-01"));
    EXPECT_EQ(span->end, day("2026-12-31"));
}

TEST_F(TimelineTest, OneDigMarksItsPairsOnTheTimeline) {
    auto& dock = window_.analysisDock();
    dock.selectAnalysis(3);
    QSignalSpy done(&dock.runner(), &desktop::AnalysisRunner::succeeded);
    dock.run();
    ASSERT_TRUE(done.wait(60000));
    const auto& bars = view().model().rows()[0].bars;
    for (const auto& bar : bars) {
        const bool restriction = bar.kind == TimelineBar::Kind::Restriction;
        EXPECT_EQ(bar.opportunity, !restriction) << bar.key;
        EXPECT_EQ(bar.conflict, bar.kind == TimelineBar::Kind::Work) << bar.key;
        // The duct carries its opportunities' join-by days (W1's and W2's).
        EXPECT_EQ(bar.joinBy.size(), bar.kind == TimelineBar::Kind::Duct ? 2U : 0U) << bar.key;
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
    ASSERT_EQ(view().model().rows()[1].bars[0].key, "W3");
    QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, w3.center().toPoint());
    const core::BoundingBox shown = window_.canvas().viewport().extent();
    EXPECT_LT(shown.width(), 600.0);  // the fixture spans 1 km
    EXPECT_TRUE(shown.minX <= kX0 + 700 && kX0 + 700 <= shown.maxX);
    EXPECT_TRUE(shown.minY <= kY0 + 200 && kY0 + 200 <= shown.maxY);
    EXPECT_EQ(window_.canvas().highlight().size(), 1U);
}

// The fixture with more Section 58 restrictions: a proposed one and an in-force
// Section 58A on Penny Street (USRN 200), a closed one on Castle Hill (100) and a
// cancelled one on Penny Street, besides the fixture's in-force one on Castle Hill.
class TimelineRestrictionsTest : public TimelineTest {
protected:
    TimelineRestrictionsTest() {
        const core::GeosContext geos;
        const auto street = [&](double y) {
            return geos.writeWkb(geos.readWkt(
                "LINESTRING (" + std::to_string(kX0 + 600) + " " + std::to_string(kY0 + y) + ", " +
                std::to_string(kX0 + 800) + " " + std::to_string(kY0 + y) + ")"));
        };
        const auto restriction = [&](const char* reference, const char* kind, const char* status,
                                     std::int64_t usrn, const char* start, const char* end) {
            project_->layer("restrictions")
                .insert({0,
                         {{"reference", std::string(reference)},
                          {"usrn", usrn},
                          {"kind", std::string(kind)},
                          {"status", std::string(status)},
                          {"start_date", std::string(start)},
                          {"end_date", std::string(end)}},
                         street(usrn == 100 ? 800 : 200)});
        };
        core::Transaction transaction(project_->database());
        restriction("S58-PROPOSED", "proposed_s58", "proposed", 200, "2026-06-01", "2026-08-31");
        restriction("S58A-IN-FORCE", "s58a", "in_force", 200, "2026-02-01", "2026-04-20");
        restriction("S58-CLOSED", "s58", "closed", 100, "2026-02-01", "2026-04-30");
        restriction("S58-CANCELLED", "s58", "cancelled", 200, "2026-09-01", "2026-10-31");
        transaction.commit();
    }

    // Pixels of `image` inside `rect` (its edge left out) that have `colour` exactly.
    static int pixelsOf(const QImage& image, const QRectF& rect, const QColor& colour) {
        int count = 0;
        const QRect inside = rect.toAlignedRect().adjusted(1, 1, -1, -1);
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x) {
                count += image.pixelColor(x, y) == colour ? 1 : 0;
            }
        }
        return count;
    }

    // The bar with this key, as (row, bar).
    std::pair<std::size_t, std::size_t> find(const std::string& key) {
        const auto& rows = view().model().rows();
        for (std::size_t row = 0; row < rows.size(); ++row) {
            for (std::size_t bar = 0; bar < rows[row].bars.size(); ++bar) {
                if (rows[row].bars[bar].key == key) {
                    return {row, bar};
                }
            }
        }
        ADD_FAILURE() << "no bar " << key;
        return {0, 0};
    }
};

TEST_F(TimelineRestrictionsTest, SectionFiftyEightsSitOnTheirStreetsClosedAndCancelledDoNot) {
    const auto& rows = view().model().rows();
    ASSERT_EQ(rows.size(), 2U);
    std::vector<std::string> castleHill;
    std::vector<std::string> pennyStreet;
    for (const auto& bar : rows[0].bars) {
        if (bar.kind == TimelineBar::Kind::Restriction) {
            castleHill.push_back(bar.key);
            EXPECT_FALSE(bar.proposed);  // the fixture's, status NULL: in force
            EXPECT_STREQ(bar.table(), "restrictions");
        }
    }
    for (const auto& bar : rows[1].bars) {
        if (bar.kind == TimelineBar::Kind::Restriction) {
            pennyStreet.push_back(bar.key);
            EXPECT_EQ(bar.proposed, bar.key == "S58-PROPOSED") << bar.key;
            EXPECT_EQ(bar.lane, 0) << bar.key;  // February–April and June–August share a lane
        }
    }
    EXPECT_EQ(castleHill, std::vector<std::string>{""});  // not S58-CLOSED
    EXPECT_EQ(pennyStreet, (std::vector<std::string>{"S58A-IN-FORCE", "S58-PROPOSED"}));
    EXPECT_EQ(rows[1].lanes, 2);  // the restrictions' lane above W3's
    const auto [row, bar] = find("S58-PROPOSED");
    EXPECT_EQ(rows[row].bars[bar].days.start, day("2026-06-01"));
    EXPECT_EQ(rows[row].bars[bar].days.end, day("2026-08-31"));
}

TEST_F(TimelineRestrictionsTest, RestrictionsAreHatchedProposedOnesInTheirOwnColourAndDashed) {
    const QImage image = view().viewport()->grab().toImage();
    const auto [inForceRow, inForceBar] = find("S58A-IN-FORCE");
    const auto [proposedRow, proposedBar] = find("S58-PROPOSED");
    const QRectF inForce = view().barRect(inForceRow, inForceBar);
    const QRectF proposed = view().barRect(proposedRow, proposedBar);
    const int area = static_cast<int>((inForce.width() - 2) * (inForce.height() - 2));
    // Hatched: lines of the colour with the lighter tint between them, not a solid fill.
    const int inForceLines = pixelsOf(image, inForce, desktop::timeline_colours::kRestriction);
    EXPECT_GT(inForceLines, area / 20);
    EXPECT_LT(inForceLines, area / 2);
    EXPECT_EQ(pixelsOf(image, inForce, desktop::timeline_colours::kProposedRestriction), 0);
    const int proposedArea = static_cast<int>((proposed.width() - 2) * (proposed.height() - 2));
    const int proposedLines =
        pixelsOf(image, proposed, desktop::timeline_colours::kProposedRestriction);
    EXPECT_GT(proposedLines, proposedArea / 20);
    EXPECT_LT(proposedLines, proposedArea / 2);
    EXPECT_EQ(pixelsOf(image, proposed, desktop::timeline_colours::kRestriction), 0);
    // Hatched the other way: in force "/" (up to the right), proposed "\".
    const auto diagonal = [&](const QRectF& rect, const QColor& colour, int dx) {
        int along = 0;
        const QRect inside = rect.toAlignedRect().adjusted(2, 2, -2, -2);
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x) {
                along +=
                    image.pixelColor(x, y) == colour && image.pixelColor(x + dx, y - 1) == colour
                        ? 1
                        : 0;
            }
        }
        return along;
    };
    EXPECT_GT(diagonal(inForce, desktop::timeline_colours::kRestriction, 1), 0);
    EXPECT_EQ(diagonal(inForce, desktop::timeline_colours::kRestriction, -1), 0);
    EXPECT_GT(diagonal(proposed, desktop::timeline_colours::kProposedRestriction, -1), 0);
    EXPECT_EQ(diagonal(proposed, desktop::timeline_colours::kProposedRestriction, 1), 0);
    // The in-force edge is solid, the proposed one dashed.
    const auto edge = [&](const QRectF& rect, const QColor& colour) {
        int on = 0;
        const int y = rect.toAlignedRect().top();
        const int left = rect.toAlignedRect().left() + 2;
        const int right = rect.toAlignedRect().right() - 2;
        for (int x = left; x <= right; ++x) {
            on += image.pixelColor(x, y) == colour ? 1 : 0;
        }
        return static_cast<double>(on) / (right - left + 1);
    };
    EXPECT_EQ(edge(inForce, desktop::timeline_colours::kRestriction), 1.0);
    EXPECT_LT(edge(proposed, desktop::timeline_colours::kProposedRestriction), 0.9);
    EXPECT_GT(edge(proposed, desktop::timeline_colours::kProposedRestriction), 0.3);
}

TEST_F(TimelineRestrictionsTest, EachOpportunityShowsItsJoinByDayMissedOnesStruckThrough) {
    // One Dig as of the later join-by day: W1's (earlier) is missed, W2's is not.
    auto project = core::Project::open(path_, core::Project::Access::ReadOnly);
    core::OneDigResult result = core::OneDig(project).run({});
    std::set<int> days;
    for (const auto& o : result.opportunities) {
        days.insert(o.joinBy);
    }
    ASSERT_EQ(days.size(), 2U);
    core::OneDigOptions options;
    options.today = *days.rbegin();
    result = core::OneDig(project).run(options);
    timeline().mark(result);
    timeline().pairsOnlyBox().setChecked(false);

    const auto [row, bar] = find("D2");
    const TimelineBar& duct = view().model().rows()[row].bars[bar];
    ASSERT_EQ(duct.joinBy.size(), 2U);
    EXPECT_EQ(duct.joinBy[0], (desktop::JoinByMark{*days.begin(), true}));
    EXPECT_EQ(duct.joinBy[1], (desktop::JoinByMark{*days.rbegin(), false}));
    for (const auto& b : view().model().rows()[row].bars) {
        if (&b != &duct) {
            EXPECT_TRUE(b.joinBy.empty()) << b.key;  // works and restrictions have none
        }
    }
    // Drawn on the duct's lane at the join-by day: W1's before the duct's window opens (1 March),
    // W2's on it.
    const QImage image = view().viewport()->grab().toImage();
    const QRectF ductRect = view().barRect(row, bar);
    const double perDay = view().xOfDay(1) - view().xOfDay(0);
    for (std::size_t mark = 0; mark < 2; ++mark) {
        const QPointF at = view().joinByPoint(row, bar, mark);
        EXPECT_NEAR(at.x(), view().xOfDay(duct.joinBy[mark].day) + perDay / 2.0, 1.0);
        EXPECT_NEAR(at.y(), ductRect.center().y(), 1.0);
    }
    EXPECT_LT(view().joinByPoint(row, bar, 0).x() + 5.0, ductRect.left());
    EXPECT_GT(view().joinByPoint(row, bar, 1).x(), ductRect.left());
    const QPoint missed = view().joinByPoint(row, bar, 0).toPoint();
    const QPoint open = view().joinByPoint(row, bar, 1).toPoint();
    EXPECT_TRUE(colourAround(image, missed, desktop::timeline_colours::kStrike, 1, 0));
    EXPECT_TRUE(colourAround(image, missed + QPoint(0, -3),
                             desktop::timeline_colours::kMissedJoinBy, 1, 0));
    EXPECT_EQ(image.pixelColor(open), desktop::timeline_colours::kJoinBy);
    EXPECT_FALSE(colourAround(image, open, desktop::timeline_colours::kStrike, 3, 0));
    // A click on a marker outside its duct's bar is a click on the duct.
    std::vector<std::string> clicked;
    const auto connection =
        QObject::connect(&view(), &desktop::TimelineView::barClicked,
                         [&](const TimelineBar& b) { clicked.push_back(b.key); });
    QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, missed);
    QObject::disconnect(connection);
    EXPECT_EQ(clicked, std::vector<std::string>{"D2"});
}

}  // namespace
}  // namespace gigamap::test
