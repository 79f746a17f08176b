#include <gtest/gtest.h>

#include "map/measurement.h"

namespace gigamap::desktop {
namespace {

TEST(MeasurementTest, LengthAreaAndPerimeterInMetres) {
    const Measurement triangle({{347000, 461000}, {347003, 461000}, {347003, 461004}});
    EXPECT_DOUBLE_EQ(triangle.length(), 7.0);
    EXPECT_DOUBLE_EQ(triangle.perimeter(), 12.0);
    EXPECT_DOUBLE_EQ(triangle.area(), 6.0);
    const Measurement square({{0, 0}, {0, 200}, {200, 200}, {200, 0}});
    EXPECT_DOUBLE_EQ(square.area(), 40'000.0);
}

TEST(MeasurementTest, UnitsGrowWithTheQuantity) {
    EXPECT_EQ(Measurement::formatDistance(12.34), QStringLiteral("12.3 m"));
    EXPECT_EQ(Measurement::formatDistance(2500), QStringLiteral("2.500 km"));
    EXPECT_EQ(Measurement::formatArea(950), QStringLiteral("950.0 m²"));
    EXPECT_EQ(Measurement::formatArea(40'000), QStringLiteral("4.00 ha"));
    EXPECT_EQ(Measurement::formatArea(3'500'000), QStringLiteral("3.500 km²"));
}

}  // namespace
}  // namespace gigamap::desktop
