#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

TEST(GeosContext, WktAndWkbRoundTrip) {
    const GeosContext geos;
    const Geometry line = geos.readWkt("LINESTRING (347863 461529, 347963 461529, 347963 461629)");
    EXPECT_EQ(line.kind(), GeometryKind::LineString);
    EXPECT_DOUBLE_EQ(line.length(), 200.0);
    const Wkb wkb = geos.writeWkb(line);
    const Geometry back = geos.readWkb(wkb);
    EXPECT_EQ(geos.writeWkt(back), "LINESTRING (347863 461529, 347963 461529, 347963 461629)");
    EXPECT_EQ(back.envelope(), (BoundingBox{347863, 461529, 347963, 461629}));
}

TEST(GeosContext, WkbDropsZ) {
    const GeosContext geos;
    const Geometry point = geos.readWkt("POINT Z (1 2 3)");
    EXPECT_EQ(geos.writeWkt(geos.readWkb(geos.writeWkb(point))), "POINT (1 2)");
}

TEST(GeosContext, PolygonAreaAndPromotionToMulti) {
    const GeosContext geos;
    const Geometry square = geos.readWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    EXPECT_DOUBLE_EQ(square.area(), 100.0);
    const Geometry multi = square.toMulti();
    EXPECT_EQ(multi.kind(), GeometryKind::MultiPolygon);
    EXPECT_DOUBLE_EQ(multi.area(), 100.0);
    EXPECT_TRUE(multi.isValid());
}

TEST(GeosContext, BadInputThrowsGeometryErrorWithGeosMessage) {
    const GeosContext geos;
    EXPECT_THROW((void)geos.readWkt("LINESTRING (0 0"), GeometryError);
    const Wkb garbage{0x01, 0x02, 0x00};
    EXPECT_THROW((void)geos.readWkb(garbage), GeometryError);
    // The context still works after an error.
    EXPECT_EQ(geos.readWkt("POINT (1 1)").kind(), GeometryKind::Point);
}

TEST(GeosContext, InvalidPolygonIsReportedInvalid) {
    const GeosContext geos;
    const Geometry bowtie = geos.readWkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
    EXPECT_FALSE(bowtie.isValid());
}

}  // namespace
}  // namespace gigamap::core
