// Opens a project file with GDAL, as ogrinfo and QGIS do, and checks what they see.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
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

OGRwkbGeometryType expectedOgrType(GeometryType type) {
    switch (type) {
        case GeometryType::Point:
            return wkbPoint;
        case GeometryType::LineString:
            return wkbLineString;
        case GeometryType::MultiPolygon:
            return wkbMultiPolygon;
        case GeometryType::Any:
            return wkbUnknown;
    }
    return wkbUnknown;
}

TEST_F(GdalReadbackTest, EveryLayerHasItsGeometryTypeCrsAndFields) {
    (void)Project::create(projectPath_, {"gdal", "EPSG:27700"});
    auto ds = openWithGdal(projectPath_);
    ASSERT_TRUE(ds) << "GDAL cannot open the project";
    EXPECT_STREQ(ds->GetDriver()->GetDescription(), "SQLite");
    for (const auto& schema : projectLayers()) {
        SCOPED_TRACE(schema.table);
        OGRLayer* layer = ds->GetLayerByName(schema.table.c_str());
        ASSERT_NE(layer, nullptr);
        EXPECT_EQ(wkbFlatten(layer->GetGeomType()), expectedOgrType(schema.geometryType));
        const OGRSpatialReference* srs = layer->GetSpatialRef();
        ASSERT_NE(srs, nullptr);
        EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "27700");
        EXPECT_STREQ(layer->GetFIDColumn(), "fid");
        EXPECT_STREQ(layer->GetGeometryColumn(), "geom");
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        ASSERT_EQ(defn->GetFieldCount(), static_cast<int>(schema.fields.size()));
        for (std::size_t i = 0; i < schema.fields.size(); ++i) {
            const OGRFieldDefn* field = defn->GetFieldDefn(static_cast<int>(i));
            EXPECT_EQ(field->GetNameRef(), schema.fields[i].name);
            const OGRFieldType expected = schema.fields[i].type == FieldType::Integer ? OFTInteger
                                          : schema.fields[i].type == FieldType::Real  ? OFTReal
                                                                                      : OFTString;
            EXPECT_EQ(field->GetType(), expected) << field->GetNameRef();
        }
    }
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
