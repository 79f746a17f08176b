#include <fmt/format.h>
#include <gtest/gtest.h>

#include <limits>
#include <random>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/nearest_duct.h"
#include "gigamap/core/project.h"
#include "gigamap/core/transaction.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class NearestDuctTest : public test::ProjectTest {
protected:
    Project project_ = Project::create(projectPath_, {"nearest", "EPSG:27700"});
    GeosContext geos_;

    void duct(const std::string& ref, const std::string& status, const std::string& wkt) {
        Feature feature;
        feature.attributes = {{"ref", ref}, {"status", status}};
        feature.geometry = geos_.writeWkb(geos_.readWkt(wkt));
        (void)project_.layer("ducts").insert(feature);
    }

    void postcode(const std::string& code, double x, double y, Value gigabit) {
        Feature feature;
        feature.attributes = {
            {"postcode", code}, {"gigabit_pct", gigabit}, {"full_fibre_pct", 10.0}};
        feature.geometry = pointWkb(x, y);
        (void)project_.layer("postcodes").insert(feature);
    }
};

TEST_F(NearestDuctTest, DistancesThresholdsStatusAndTies) {
    duct("D-FAR", "existing", "LINESTRING (0 100, 100 100)");
    duct("D-TIE-2", "existing", "LINESTRING (0 -10, 100 -10)");  // fid 2
    duct("D-TIE-3", "existing", "LINESTRING (0 10, 100 10)");    // fid 3, as near as fid 2
    duct("D-PLANNED", "planned", "LINESTRING (0 1, 100 1)");
    postcode("LA1 1AA", 50, 0, 20.0);      // 10 m from both ties
    postcode("LA1 1AB", 50, 60, 99.9);     // 40 m from D-FAR, 50 from D-TIE-3
    postcode("LA1 1AD", 50, 60, 100.0);    // served: left out
    postcode("LA1 1AE", 50, 60, Value{});  // no figure: left out
    const auto result = NearestDuct(project_).run({});
    ASSERT_EQ(result.rows.size(), 2U);
    EXPECT_EQ(result.rows[0].postcode, "LA1 1AA");
    EXPECT_DOUBLE_EQ(result.rows[0].distance, 10.0);
    EXPECT_EQ(result.rows[0].ductRef, "D-TIE-2");  // the lower fid of two equal distances
    EXPECT_EQ(result.rows[1].ductRef, "D-FAR");
    EXPECT_DOUBLE_EQ(result.rows[1].distance, 40.0);
    EXPECT_DOUBLE_EQ(result.sum, 50.0);
    EXPECT_DOUBLE_EQ(result.mean, 25.0);
    EXPECT_DOUBLE_EQ(result.max, 40.0);

    const auto planned = NearestDuct(project_).run({"gigabit_pct", 100.0, "planned"});
    EXPECT_DOUBLE_EQ(planned.rows[0].distance, 1.0);
    EXPECT_EQ(NearestDuct(project_).run({"full_fibre_pct", 5.0, "existing"}).rows.size(), 0U);
    EXPECT_THROW((void)NearestDuct(project_).run({"postcode", 100.0, "existing"}), AnalysisError);
    EXPECT_THROW((void)NearestDuct(project_).run({"gigabit_pct", 100.0, "abandoned"}),
                 AnalysisError);
}

TEST_F(NearestDuctTest, CollinearDuctsExactlyAsFarTieToTheLowestFid) {
    // Two ducts in one trench: GEOS puts the first at 10.000000000000002 m and
    // the second at 10 m, but both are exactly 10 m from the stored coordinates.
    duct("D-FIRST", "existing", "LINESTRING (480331.79 460017.92, 480331.79 460094.22)");
    duct("D-SECOND", "existing", "LINESTRING (480331.79 460000, 480331.79 460100)");
    postcode("LA1 1AA", 480341.79, 460041.66, 0.0);
    const auto point = geos_.point(480341.79, 460041.66);
    ASSERT_GT(
        geos_.readWkt("LINESTRING (480331.79 460017.92, 480331.79 460094.22)").distance(point),
        geos_.readWkt("LINESTRING (480331.79 460000, 480331.79 460100)").distance(point));
    const auto result = NearestDuct(project_).run({});
    ASSERT_EQ(result.rows.size(), 1U);
    EXPECT_EQ(result.rows[0].ductRef, "D-FIRST");
}

TEST_F(NearestDuctTest, MatchesBruteForceOnRandomNetworks) {
    std::mt19937 random(7);
    const auto coordinate = [&] { return static_cast<double>(random() % 2000U) / 2.0; };
    std::vector<std::pair<std::string, Geometry>> lines;
    {
        Transaction transaction(project_.database());
        for (int i = 0; i < 300; ++i) {
            const std::string wkt =
                fmt::format("LINESTRING ({} {}, {} {}, {} {})", coordinate(), coordinate(),
                            coordinate(), coordinate(), coordinate(), coordinate());
            const std::string ref = fmt::format("D{:03d}", i);
            duct(ref, "existing", wkt);
            lines.emplace_back(ref, geos_.readWkt(wkt));
        }
        for (int i = 0; i < 400; ++i) {
            postcode(fmt::format("P{:04d}", i), coordinate(), coordinate(), 50.0);
        }
        transaction.commit();
    }
    const auto result = NearestDuct(project_).run({});
    ASSERT_EQ(result.rows.size(), 400U);
    auto& postcodes = project_.layer("postcodes");
    for (std::int64_t fid = 1; fid <= 400; ++fid) {
        const auto feature = postcodes.read(fid).value();
        const Geometry point = geos_.readWkb(feature.geometry);
        double best = std::numeric_limits<double>::infinity();
        std::string ref;
        for (const auto& [name, line] : lines) {
            const double d = line.distance(point);
            if (d < best) {
                best = d;
                ref = name;
            }
        }
        const auto& row =
            result.rows[static_cast<std::size_t>(fid - 1)];  // P0000.. sort as inserted
        EXPECT_EQ(row.postcode, std::get<std::string>(feature.attribute("postcode")));
        EXPECT_EQ(row.distance, best) << row.postcode;
        EXPECT_EQ(row.ductRef, ref) << row.postcode;
    }
}

}  // namespace
}  // namespace gigamap::core
