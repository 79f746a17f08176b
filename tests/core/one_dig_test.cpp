#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include "gigamap/core/error.h"
#include "gigamap/core/exact_distance.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class OneDigTest : public test::ProjectTest {
protected:
    Project project_ = Project::create(projectPath_, {"one dig", "EPSG:27700"});
    GeosContext geos_;

    void work(const std::string& ref, const std::string& wkt, const std::string& start,
              const std::string& end, std::int64_t active = 1, const std::string& promoter = "") {
        Feature feature;
        feature.attributes = {
            {"work_reference_number", ref},
            {"promoter_organisation", promoter.empty() ? "Promoter " + ref : promoter},
            {"usrn", std::int64_t{1000}},
            {"start_date", start},
            {"end_date", end},
            {"is_active", active}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("street_works").insert(feature);
    }

    void duct(const std::string& ref, const std::string& status, const std::string& wkt,
              const std::string& start, const std::string& end, const std::string& category = "",
              const std::string& owner = "") {
        Feature feature;
        feature.attributes = {{"ref", ref}, {"status", status}};
        if (!category.empty()) {
            feature.attributes["work_category"] = category;
        }
        if (!owner.empty()) {
            feature.attributes["owner"] = owner;
        }
        if (!start.empty()) {
            feature.attributes["planned_start"] = start;
            feature.attributes["planned_end"] = end;
        }
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("ducts").insert(feature);
    }

    void restriction(const std::string& reference, const std::string& kind, const std::string& wkt,
                     const std::string& start, const std::string& end,
                     const std::string& status = "") {
        Feature feature;
        feature.attributes = {{"reference", reference},
                              {"kind", kind},
                              {"status", status.empty() ? Value{} : Value{status}},
                              {"usrn", std::int64_t{2000}},
                              {"start_date", start},
                              {"end_date", end}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("restrictions").insert(feature);
    }
};

TEST_F(OneDigTest, OpportunitiesKeepTheDistanceAndDateRules) {
    // A planned duct along x = 480331.79 through June.
    duct("P1", "planned", "LINESTRING (480331.79 460017.92, 480331.79 460094.22)", "2026-06-01",
         "2026-06-30");
    duct("EXISTING", "existing", "LINESTRING (480331.79 460000, 480331.79 460100)", "2026-06-01",
         "2026-06-30");
    duct("NO-WINDOW", "proposed", "LINESTRING (480331.79 460000, 480331.79 460100)", "", "");
    // Exactly 10 m away (in, though GEOS computes 10.000000000000002), 10.001 m away (out).
    work("W-AT-D", "POINT (480341.79 460041.66)", "2026-06-10", "2026-06-12");
    work("W-BEYOND", "POINT (480341.791 460050)", "2026-06-10", "2026-06-12");
    // Next to the duct: touching dates on one day (in), adjacent days (out).
    work("W-TOUCH", "POINT (480332 460060)", "2026-05-20", "2026-06-01");
    work("W-ADJACENT", "POINT (480332 460070)", "2026-07-01", "2026-07-05");
    work("W-CANCELLED", "POINT (480332 460080)", "2026-06-01", "2026-06-05", 0);

    ASSERT_GT(geos_.readWkt("POINT (480341.79 460041.66)")
                  .distance(geos_.readWkt("LINESTRING (480331.79 460017.92, 480331.79 460094.22)")),
              10.0);  // the case the exact decision exists for
    const auto result = OneDig(project_).run({10.0, 90, std::nullopt});
    EXPECT_EQ(result.plannedDucts, 1U);
    EXPECT_EQ(result.works, 4U);
    ASSERT_EQ(result.opportunities.size(), 2U);
    // Sorted by the day to join by: W-TOUCH shares 1 June, W-AT-D from 10 June.
    EXPECT_EQ(result.opportunities[1].workReference, "W-AT-D");
    EXPECT_EQ(result.opportunities[1].ductRef, "P1");
    EXPECT_EQ(result.opportunities[1].distance, 10.0);
    EXPECT_EQ(isoDate(result.opportunities[1].overlap.start), "2026-06-10");
    EXPECT_EQ(result.opportunities[1].overlap.days(), 3);
    EXPECT_EQ(result.opportunities[1].usrn, 1000);
    EXPECT_EQ(result.opportunities[1].promoter, "Promoter W-AT-D");
    EXPECT_EQ(result.opportunities[0].workReference, "W-TOUCH");
    EXPECT_EQ(result.opportunities[0].overlap.days(), 1);
    EXPECT_EQ(isoDate(result.opportunities[0].overlap.end), "2026-06-01");
    // Standard works by default: 10 working days before the first shared day.
    EXPECT_EQ(result.opportunities[0].category, WorkCategory::Standard);
    EXPECT_EQ(isoDate(result.opportunities[0].joinBy), "2026-05-15");
    EXPECT_EQ(isoDate(result.opportunities[1].joinBy), "2026-05-27");

    EXPECT_EQ(OneDig(project_).run({10.002, 90, std::nullopt}).opportunities.size(),
              3U);  // W-BEYOND now in
    EXPECT_THROW((void)OneDig(project_).run({-1.0, 90, std::nullopt}), AnalysisError);
}

TEST_F(OneDigTest, ConflictsArePairsOfDistinctWorksLowerFidFirst) {
    work("B-SECOND", "POINT (100 100)", "2026-03-01", "2026-03-10");
    work("A-FIRST", "POINT (110 100)", "2026-03-10", "2026-03-20");    // 10 m, one day shared
    work("C-LATER", "POINT (105 100)", "2026-03-11", "2026-03-12");    // 5 m from both
    work("D-FAR", "POINT (120.001 100)", "2026-03-01", "2026-03-31");  // 10.001 from A-FIRST
    const auto result = OneDig(project_).run({});
    ASSERT_EQ(result.conflicts.size(), 2U);
    // Sorted by references; a is always the work with the lower fid.
    EXPECT_EQ(result.conflicts[0].workReferenceA, "A-FIRST");
    EXPECT_EQ(result.conflicts[0].workReferenceB, "C-LATER");
    EXPECT_EQ(result.conflicts[0].overlap.days(), 2);
    EXPECT_EQ(result.conflicts[1].workReferenceA, "B-SECOND");
    EXPECT_EQ(result.conflicts[1].workReferenceB, "A-FIRST");
    EXPECT_EQ(result.conflicts[1].distance, 10.0);
    EXPECT_EQ(result.conflicts[1].overlap.days(), 1);
}

TEST_F(OneDigTest, BlockedDigsNeedAnActiveSection58DuringTheWindow) {
    duct("CROSSES", "planned", "LINESTRING (0 50, 100 50)", "2026-06-01", "2026-06-30");
    duct("ALONG", "proposed", "LINESTRING (200 0, 200 100)", "2026-06-01", "2026-06-30");
    duct("ELSEWHERE", "planned", "LINESTRING (500 500, 600 500)", "2026-06-01", "2026-06-30");
    // A polygonal restriction 40 m wide across CROSSES: 40 m of it are blocked.
    restriction("R-AREA", "s58", "POLYGON ((30 0, 70 0, 70 100, 30 100, 30 0))", "2026-01-01",
                "2026-06-01");
    // Ends the day before the window: not blocked.
    restriction("R-ENDED", "s58", "POLYGON ((30 0, 70 0, 70 100, 30 100, 30 0))", "2025-01-01",
                "2026-05-31");
    // Only proposed: not blocking.
    restriction("R-PROPOSED", "proposed_s58", "POLYGON ((30 0, 70 0, 70 100, 30 100, 30 0))",
                "2026-01-01", "2026-12-31");
    // A street centreline crossing ALONG: the whole duct is blocked.
    restriction("R-LINE", "s58a", "LINESTRING (150 50, 250 50)", "2026-06-30", "2026-12-31");
    const auto result = OneDig(project_).run({});
    EXPECT_EQ(result.restrictions, 3U);
    ASSERT_EQ(result.blocked.size(), 2U);
    EXPECT_EQ(result.blocked[0].ductRef, "ALONG");
    EXPECT_DOUBLE_EQ(result.blocked[0].length, 100.0);
    EXPECT_EQ(isoDate(result.blocked[0].restriction.start), "2026-06-30");
    EXPECT_EQ(result.blocked[1].ductRef, "CROSSES");
    EXPECT_DOUBLE_EQ(result.blocked[1].length, 40.0);
    EXPECT_EQ(result.blocked[1].usrn, 2000);
}

TEST_F(OneDigTest, CancellingWritesNothingAndEndsWithCancelledError) {
    work("W1", "POINT (0 0)", "2026-01-01", "2026-01-02");
    Feedback feedback;
    feedback.cancel();
    EXPECT_THROW((void)OneDig(project_).run({}, &feedback), CancelledError);
}

// Every analysis result against a brute-force O(n·m) pass over all pairs.
TEST_F(OneDigTest, MatchesBruteForceOnRandomWorksAndDucts) {
    std::mt19937 random(11);
    // Centimetre coordinates on a 10 m grid offset, so exact 10 m ties occur.
    const auto coordinate = [&] { return 400000.0 + static_cast<double>(random() % 500U) * 1.0; };
    const auto day = [&](int from) { return from + static_cast<int>(random() % 40U); };
    struct Item {
        std::string ref;
        Geometry geometry;
        DayRange days;
    };
    std::vector<Item> works;
    std::vector<Item> ducts;
    {
        Transaction transaction(project_.database());
        for (int i = 0; i < 400; ++i) {
            const int start = day(20000);
            const DayRange days{start, day(start)};
            const std::string wkt = i % 3 == 0
                                        ? fmt::format("POINT ({} {})", coordinate(), coordinate())
                                        : fmt::format("LINESTRING ({} {}, {} {})", coordinate(),
                                                      coordinate(), coordinate(), coordinate());
            const std::string ref = fmt::format("W{:04d}", i);
            work(ref, wkt, isoDate(days.start), isoDate(days.end));
            works.push_back({ref, geos_.readWkt(wkt), days});
        }
        for (int i = 0; i < 60; ++i) {
            const int start = day(20000);
            const DayRange days{start, day(start)};
            const std::string wkt =
                fmt::format("LINESTRING ({} {}, {} {}, {} {})", coordinate(), coordinate(),
                            coordinate(), coordinate(), coordinate(), coordinate());
            const std::string ref = fmt::format("D{:03d}", i);
            duct(ref, "planned", wkt, isoDate(days.start), isoDate(days.end));
            ducts.push_back({ref, geos_.readWkt(wkt), days});
        }
        transaction.commit();
    }
    using Pair = std::tuple<std::string, std::string, double, int, int>;
    std::set<Pair> expectedOpportunities;
    for (const auto& w : works) {
        for (const auto& d : ducts) {
            if (!w.days.overlaps(d.days)) {
                continue;
            }
            if (const auto distance = distanceWithin(geos_, w.geometry, d.geometry, 10.0)) {
                const auto common = w.days.overlap(d.days);
                expectedOpportunities.emplace(w.ref, d.ref, *distance, common.start, common.end);
            }
        }
    }
    std::set<Pair> expectedConflicts;
    for (std::size_t a = 0; a < works.size(); ++a) {
        for (std::size_t b = a + 1; b < works.size(); ++b) {
            if (!works[a].days.overlaps(works[b].days)) {
                continue;
            }
            if (const auto distance =
                    distanceWithin(geos_, works[a].geometry, works[b].geometry, 10.0)) {
                const auto common = works[a].days.overlap(works[b].days);
                expectedConflicts.emplace(works[a].ref, works[b].ref, *distance, common.start,
                                          common.end);
            }
        }
    }
    // Near misses within 30 days: every work has its own promoter, the ducts none.
    using Miss = std::tuple<std::string, std::string, double, int>;
    std::set<Miss> expectedNearMisses;
    const auto nearMiss = [&](const Item& a, const Item& b) {
        const int apart =
            a.days.end < b.days.start ? b.days.start - a.days.end : a.days.start - b.days.end;
        if (a.days.overlaps(b.days) || apart > 30) {
            return;
        }
        if (const auto distance = distanceWithin(geos_, a.geometry, b.geometry, 10.0)) {
            expectedNearMisses.emplace(a.ref, b.ref, *distance, apart);
        }
    };
    for (std::size_t a = 0; a < works.size(); ++a) {
        for (std::size_t b = a + 1; b < works.size(); ++b) {
            nearMiss(works[a], works[b]);
        }
        for (const auto& d : ducts) {
            nearMiss(works[a], d);
        }
    }
    const auto result = OneDig(project_).run({10.0, 30, std::nullopt});
    std::set<Miss> nearMisses;
    for (const auto& n : result.nearMisses) {
        nearMisses.emplace(n.referenceA, n.referenceB, n.distance, n.daysApart);
    }
    EXPECT_GT(expectedNearMisses.size(), 50U);
    EXPECT_EQ(nearMisses, expectedNearMisses);
    EXPECT_EQ(result.nearMisses.size(), expectedNearMisses.size());
    std::set<Pair> opportunities;
    for (const auto& o : result.opportunities) {
        opportunities.emplace(o.workReference, o.ductRef, o.distance, o.overlap.start,
                              o.overlap.end);
    }
    std::set<Pair> conflicts;
    for (const auto& c : result.conflicts) {
        conflicts.emplace(c.workReferenceA, c.workReferenceB, c.distance, c.overlap.start,
                          c.overlap.end);
    }
    EXPECT_GT(expectedOpportunities.size(), 20U);
    EXPECT_GT(expectedConflicts.size(), 50U);
    EXPECT_EQ(opportunities, expectedOpportunities);
    EXPECT_EQ(conflicts, expectedConflicts);
    EXPECT_EQ(result.opportunities.size(), expectedOpportunities.size());  // no duplicates
    EXPECT_EQ(result.conflicts.size(), expectedConflicts.size());
}

TEST_F(OneDigTest, JoinByCountsWorkingDaysAndSkipsBankHolidays) {
    // Works from Tuesday 7 April 2026, the day after Easter Monday.
    work("W-EASTER", "POINT (0 5)", "2026-04-07", "2026-04-10");
    duct("MINOR", "planned", "LINESTRING (0 0, 100 0)", "2026-04-01", "2026-04-30", "Minor");
    duct("STANDARD", "planned", "LINESTRING (0 1, 100 1)", "2026-04-01", "2026-04-30");
    duct("MAJOR", "planned", "LINESTRING (0 2, 100 2)", "2026-04-01", "2026-04-30", "major");
    duct("IMMEDIATE", "planned", "LINESTRING (0 3, 100 3)", "2026-04-01", "2026-04-30",
         "Immediate - urgent");
    // 3 working days before 7 April skip Easter Monday and Good Friday: 31 March (not 2 April).
    // 10 working days: 20 March. Major: the PAA three months before, 7 January.
    const int today = *dayNumber("2026-03-31");
    const auto result = OneDig(project_).run({10.0, 90, today});
    ASSERT_EQ(result.opportunities.size(), 4U);
    std::map<std::string, const DigOpportunity*> byDuct;
    for (const auto& o : result.opportunities) {
        byDuct[o.ductRef] = &o;
    }
    EXPECT_EQ(isoDate(byDuct["MINOR"]->joinBy), "2026-03-31");
    EXPECT_EQ(isoDate(byDuct["STANDARD"]->joinBy), "2026-03-20");
    EXPECT_EQ(isoDate(byDuct["MAJOR"]->joinBy), "2026-01-07");
    EXPECT_EQ(isoDate(byDuct["IMMEDIATE"]->joinBy), "2026-04-07");
    // On the join-by day itself there is still time; the day after, it is missed.
    EXPECT_FALSE(byDuct["MINOR"]->missed);
    EXPECT_TRUE(byDuct["STANDARD"]->missed);
    EXPECT_TRUE(byDuct["MAJOR"]->missed);
    EXPECT_FALSE(byDuct["IMMEDIATE"]->missed);
    const auto dayAfter = OneDig(project_).run({10.0, 90, today + 1});
    EXPECT_TRUE(std::all_of(
        dayAfter.opportunities.begin(), dayAfter.opportunities.end(),
        [](const DigOpportunity& o) { return o.missed == (o.ductRef != "IMMEDIATE"); }));
    // Sorted by join-by day.
    EXPECT_EQ(result.opportunities.front().ductRef, "MAJOR");
    EXPECT_EQ(result.opportunities.back().ductRef, "IMMEDIATE");
}

TEST_F(OneDigTest, NearMissesAreDifferentPromotersWithinTheGapAndTheDistance) {
    // A runs along x = 480331.79; the others are points beside it.
    work("A", "LINESTRING (480331.79 460017.92, 480331.79 460094.22)", "2026-03-01", "2026-03-10",
         1, "Openreach");
    // Starts 90 days after A ends (in); 91 days (out).
    work("B-AT-GAP", "POINT (480336.79 460041.66)", "2026-06-08", "2026-06-09", 1,
         "United Utilities");
    work("C-BEYOND", "POINT (480337.79 460041.66)", "2026-06-09", "2026-06-10", 1, "Cadent Gas");
    // The same promoter (case aside) a month later: not a near miss.
    work("D-SAME", "POINT (480338.79 460041.66)", "2026-04-10", "2026-04-12", 1, "OPENREACH");
    // Exactly 10 m away on centimetre coordinates (in, though GEOS computes
    // 10.000000000000002) and 10.001 m (out), a week later.
    work("E-AT-D", "POINT (480341.79 460041.66)", "2026-03-17", "2026-03-18", 1, "Virgin Media");
    work("F-BEYOND", "POINT (480341.791 460050)", "2026-03-17", "2026-03-18", 1, "Virgin Media");
    // Overlapping A: a conflict, not a near miss.
    work("G-OVERLAP", "POINT (480332.79 460041.66)", "2026-03-10", "2026-03-11", 1, "Cadent Gas");
    // A planned duct dug the day after A ends, by its owner.
    duct("DUCT", "planned", "LINESTRING (480326.79 460041.66, 480336.79 460041.66)", "2026-03-11",
         "2026-03-20", "", "Lancaster Fibre");
    ASSERT_GT(geos_.readWkt("POINT (480341.79 460041.66)")
                  .distance(geos_.readWkt("LINESTRING (480331.79 460017.92, 480331.79 460094.22)")),
              10.0);
    const auto result = OneDig(project_).run({10.0, 90, std::nullopt});
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& n : result.nearMisses) {
        pairs.emplace(n.referenceA, n.referenceB);
    }
    EXPECT_TRUE(pairs.count({"A", "B-AT-GAP"}));
    EXPECT_FALSE(pairs.count({"A", "C-BEYOND"}));
    EXPECT_FALSE(pairs.count({"A", "D-SAME"}));
    EXPECT_TRUE(pairs.count({"A", "E-AT-D"}));
    EXPECT_FALSE(pairs.count({"A", "F-BEYOND"}));
    EXPECT_FALSE(pairs.count({"A", "G-OVERLAP"}));
    EXPECT_TRUE(pairs.count({"A", "DUCT"}));
    const auto toDuct = std::find_if(result.nearMisses.begin(), result.nearMisses.end(),
                                     [](const NearMiss& n) { return n.referenceB == "DUCT"; });
    EXPECT_TRUE(toDuct->bIsDuct);
    EXPECT_EQ(toDuct->daysApart, 1);
    EXPECT_EQ(toDuct->promoterB, "Lancaster Fibre");
    const auto atGap = std::find_if(result.nearMisses.begin(), result.nearMisses.end(),
                                    [](const NearMiss& n) { return n.referenceB == "B-AT-GAP"; });
    EXPECT_EQ(atGap->daysApart, 90);
    EXPECT_EQ(OneDig(project_).run({10.0, 89, std::nullopt}).nearMisses.size(),
              result.nearMisses.size() - 1);
    // Counted per promoter pair, in alphabetical order within the pair.
    std::size_t openreachVirgin = 0;
    for (const auto& p : result.nearMissesByPromoters) {
        EXPECT_LT(p.promoterA, p.promoterB);
        if (p.promoterA == "Openreach" && p.promoterB == "Virgin Media") {
            openreachVirgin = p.nearMisses;
        }
    }
    EXPECT_EQ(openreachVirgin, 1U);
    EXPECT_THROW((void)OneDig(project_).run({10.0, -1, std::nullopt}), AnalysisError);
}

TEST_F(OneDigTest, LastChancesListOpenRestrictionsWithTheirDuctsAndPremises) {
    duct("CROSSES", "planned", "LINESTRING (50 -50, 50 50)", "2027-01-01", "2027-01-31");
    duct("NEAR", "proposed", "LINESTRING (0 5, 100 5)", "2027-01-01", "2027-01-31");
    duct("BUILT", "existing", "LINESTRING (60 -50, 60 50)", "", "");
    restriction("R-IN-FORCE", "s58", "LINESTRING (0 0, 100 0)", "2026-09-01", "2027-08-31",
                "in_force");
    restriction("R-PROPOSED", "proposed_s58", "LINESTRING (0 0, 100 0)", "2026-07-01", "2026-12-31",
                "proposed");
    restriction("R-CLOSED", "s58", "LINESTRING (0 0, 100 0)", "2026-05-01", "2027-04-30", "closed");
    restriction("R-CANCELLED", "s58", "LINESTRING (0 0, 100 0)", "2026-05-01", "2027-04-30",
                "cancelled");
    // Postcodes: 10 m away lacking gigabit for half of 20 premises (in), 10.001 m (out), all
    // gigabit (nothing lacking).
    const auto postcode = [&](const std::string& code, const std::string& wkt,
                              std::int64_t premises, double gigabit) {
        Feature feature;
        feature.attributes = {
            {"postcode", code}, {"all_premises", premises}, {"gigabit_pct", gigabit}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("postcodes").insert(feature);
    };
    postcode("LA1 1AA", "POINT (20 10)", 20, 50.0);
    postcode("LA1 1AB", "POINT (20 -10.001)", 30, 0.0);
    postcode("LA1 1AD", "POINT (30 1)", 40, 100.0);
    const auto result = OneDig(project_).run({});
    // The closed restriction blocks nothing: CROSSES's window is within R-IN-FORCE only.
    ASSERT_EQ(result.blocked.size(), 1U);
    EXPECT_EQ(result.restrictions, 1U);
    ASSERT_EQ(result.lastChances.size(), 2U);
    EXPECT_EQ(result.lastChances[0].reference, "R-PROPOSED");  // sorted by start day
    EXPECT_EQ(result.lastChances[0].status, "proposed");
    const auto& inForce = result.lastChances[1];
    EXPECT_EQ(inForce.reference, "R-IN-FORCE");
    EXPECT_EQ(inForce.ducts, std::vector<std::string>({"CROSSES"}));  // NEAR does not meet it
    EXPECT_EQ(inForce.postcodes, 1U);
    EXPECT_DOUBLE_EQ(inForce.premisesLackingGigabit, 10.0);
}

}  // namespace
}  // namespace gigamap::core
