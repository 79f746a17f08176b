#include <gtest/gtest.h>

#include "gigamap/core/crs.h"
#include "gigamap/core/error.h"
#include "gigamap/core/proj_context.h"

namespace gigamap::core {
namespace {

TEST(Crs, BritishNationalGridIsProjectedInMetres) {
    const ProjContext context;
    const Crs crs(context, "EPSG:27700");
    EXPECT_TRUE(crs.isProjected());
    EXPECT_FALSE(crs.isGeographic());
    EXPECT_EQ(crs.axisUnit(), "metre");
    EXPECT_EQ(crs.epsgCode(), 27700);
    EXPECT_NE(crs.name().find("British National Grid"), std::string::npos);
    EXPECT_NO_THROW(crs.requireProjectedMetres("EPSG:27700"));
}

TEST(Crs, Wgs84IsGeographicAndRefusedForStorage) {
    const ProjContext context;
    const Crs crs(context, "EPSG:4326");
    EXPECT_TRUE(crs.isGeographic());
    try {
        crs.requireProjectedMetres("EPSG:4326");
        FAIL() << "a geographic CRS was accepted";
    } catch (const CrsError& error) {
        EXPECT_NE(std::string(error.what()).find("geographic"), std::string::npos) << error.what();
    }
}

TEST(Crs, ProjectedCrsInFeetIsRefused) {
    const ProjContext context;
    const Crs crs(context, "EPSG:2249");  // Massachusetts Mainland, US survey foot
    EXPECT_TRUE(crs.isProjected());
    EXPECT_THROW(crs.requireProjectedMetres("EPSG:2249"), CrsError);
}

TEST(Crs, UnknownDefinitionThrowsCrsError) {
    const ProjContext context;
    EXPECT_THROW(Crs(context, "EPSG:999999"), CrsError);
    EXPECT_THROW(Crs(context, "not a crs"), CrsError);
}

}  // namespace
}  // namespace gigamap::core
