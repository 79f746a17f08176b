#include <gtest/gtest.h>

#include "gigamap/core/exact_distance.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

class ExactDistanceTest : public ::testing::Test {
protected:
    GeosContext geos_;

    std::optional<double> within(const char* a, const char* b, double limit) {
        return distanceWithin(geos_, geos_.readWkt(a), geos_.readWkt(b), limit);
    }
};

TEST_F(ExactDistanceTest, CentimetreCoordinatesExactlyTheLimitApartAreWithin) {
    const char* left = "LINESTRING (480331.79 460017.92, 480331.79 460094.22)";
    const char* right = "POINT (480341.79 460041.66)";
    // GEOS's own distance is a hair over 10 here; the stored coordinates are exactly 10 apart.
    EXPECT_GT(geos_.readWkt(left).distance(geos_.readWkt(right)), 10.0);
    const auto distance = within(left, right, 10.0);
    ASSERT_TRUE(distance);
    EXPECT_EQ(*distance, 10.0);
    EXPECT_FALSE(within(left, right, 9.999));
}

TEST_F(ExactDistanceTest, AMillimetreBeyondTheLimitIsOut) {
    EXPECT_TRUE(within("POINT (100 100)", "LINESTRING (110 0, 110 200)", 10.0));
    EXPECT_FALSE(within("POINT (100 100)", "LINESTRING (110.001 0, 110.001 200)", 10.0));
    // 110.001 - 100 is a little over 10.001 in doubles, exactly as stored.
    EXPECT_FALSE(within("POINT (100 100)", "LINESTRING (110.001 0, 110.001 200)", 10.001));
    EXPECT_TRUE(within("POINT (100 100)", "LINESTRING (110.001 0, 110.001 200)", 10.002));
}

TEST_F(ExactDistanceTest, DiagonalTiesAreDecidedExactly) {
    // A 3-4-5 triangle scaled to centimetres at grid magnitudes: exactly 5 m.
    const char* a = "POINT (354012.37 461123.45)";
    const char* b = "POINT (354015.37 461127.45)";
    EXPECT_EQ(within(a, b, 5.0), 5.0);
    EXPECT_FALSE(within(a, b, 4.999999));
    // Point to the interior of a slanted segment, exactly 10 m (6-8-10).
    EXPECT_EQ(within("POINT (480014 459998)", "LINESTRING (480000 460000, 480016 460012)", 10.0),
              10.0);
    EXPECT_FALSE(
        within("POINT (480014 459998)", "LINESTRING (480000 460000, 480016 460012)", 9.999999999));
}

TEST_F(ExactDistanceTest, TouchingAndCrossingAreZeroAndPolygonsCount) {
    EXPECT_EQ(within("LINESTRING (0 0, 10 10)", "LINESTRING (0 10, 10 0)", 0.0), 0.0);
    EXPECT_EQ(within("POINT (5 5)", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 0.0), 0.0);
    EXPECT_EQ(within("POINT (20 5)", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 10.0), 10.0);
    EXPECT_FALSE(within("POINT (20.01 5)", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 10.0));
    EXPECT_FALSE(within("POINT (0 0)", "POINT (0 1)", 0.0));
}

}  // namespace
}  // namespace gigamap::core
