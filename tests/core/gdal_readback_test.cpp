// Opens a project file with GDAL, as ogrinfo and QGIS do, and checks what they see.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "support/gdal_layers.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

class GdalReadbackTest : public test::ProjectTest {
protected:
    static void SetUpTestSuite() { GDALAllRegister(); }

    static GDALDatasetUniquePtr openWithGdal(const std::filesystem::path& path) {
        return GDALDatasetUniquePtr(
            GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr));
    }
};

TEST_F(GdalReadbackTest, EveryLayerHasItsGeometryTypeCrsAndFields) {
    (void)Project::create(projectPath_, {"gdal", "EPSG:27700"});
    auto ds = openWithGdal(projectPath_);
    ASSERT_TRUE(ds) << "GDAL cannot open the project";
    EXPECT_STREQ(ds->GetDriver()->GetDescription(), "SQLite");
    test::expectProjectLayers(*ds, "27700", OFTInteger);
}

TEST_F(GdalReadbackTest, FeaturesWrittenByTheStoreReadBackInGdal) {
    {
        auto project = Project::create(projectPath_, {"gdal", "EPSG:27700"});
        const GeosContext geos;
        Feature duct;
        duct.attributes = {{"ref", std::string("LAN-D-0001")},
                           {"status", std::string("existing")},
                           {"diameter_mm", 110.0},
                           {"subducts", std::int64_t{4}}};
        duct.geometry = geos.writeWkb(
            geos.readWkt("LINESTRING (347863.25 461529.5, 347900 461540, 347950.75 461600)"));
        (void)project.layer("ducts").insert(duct);
    }
    auto ds = openWithGdal(projectPath_);
    ASSERT_TRUE(ds);
    OGRLayer* ducts = ds->GetLayerByName("ducts");
    ASSERT_NE(ducts, nullptr);
    EXPECT_EQ(ducts->GetFeatureCount(), 1);
    OGRFeatureUniquePtr feature(ducts->GetNextFeature());
    ASSERT_TRUE(feature);
    EXPECT_STREQ(feature->GetFieldAsString("ref"), "LAN-D-0001");
    EXPECT_DOUBLE_EQ(feature->GetFieldAsDouble("diameter_mm"), 110.0);
    EXPECT_EQ(feature->GetFieldAsInteger64("subducts"), 4);
    const OGRGeometry* geometry = feature->GetGeometryRef();
    ASSERT_NE(geometry, nullptr);
    EXPECT_EQ(geometry->toLineString()->getNumPoints(), 3);
    EXPECT_DOUBLE_EQ(geometry->toLineString()->getX(0), 347863.25);
    // The spatial index is found and used by GDAL.
    ducts->SetSpatialFilterRect(347800, 461500, 347870, 461535);
    EXPECT_EQ(ducts->GetFeatureCount(), 1);
    ducts->SetSpatialFilterRect(300000, 400000, 300001, 400001);
    EXPECT_EQ(ducts->GetFeatureCount(), 0);
}

}  // namespace
}  // namespace gigamap::core
