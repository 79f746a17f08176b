#pragma once

// What GDAL (and so ogrinfo and QGIS) must see in a project, file or server.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <string>

#include "gigamap/core/layer_schema.h"

namespace gigamap::test {

inline OGRwkbGeometryType ogrGeometryType(core::GeometryType type) {
    switch (type) {
        case core::GeometryType::Point:
            return wkbPoint;
        case core::GeometryType::LineString:
            return wkbLineString;
        case core::GeometryType::MultiPolygon:
            return wkbMultiPolygon;
        case core::GeometryType::Any:
            return wkbUnknown;
    }
    return wkbUnknown;
}

// Every layer of the project schema is in `ds` with its geometry type, CRS
// (EPSG:`epsg`), fid and geom columns, and its fields in order with their
// types; an integer field reads as `integerType` (OFTInteger from SQLite,
// OFTInteger64 from PostgreSQL's bigint). A server project's layers have one
// more field after them, `row_version` (row_version.h).
enum class RowVersions { Absent, Present };
inline void expectProjectLayers(GDALDataset& ds, const std::string& epsg, OGRFieldType integerType,
                                RowVersions rowVersions = RowVersions::Absent) {
    for (const auto& schema : core::projectLayers()) {
        SCOPED_TRACE(schema.table);
        OGRLayer* layer = ds.GetLayerByName(schema.table.c_str());
        ASSERT_NE(layer, nullptr);
        EXPECT_EQ(wkbFlatten(layer->GetGeomType()), ogrGeometryType(schema.geometryType));
        const OGRSpatialReference* srs = layer->GetSpatialRef();
        ASSERT_NE(srs, nullptr);
        EXPECT_EQ(std::string(srs->GetAuthorityCode(nullptr)), epsg);
        EXPECT_STREQ(layer->GetFIDColumn(), "fid");
        EXPECT_STREQ(layer->GetGeometryColumn(), "geom");
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        const int extra = rowVersions == RowVersions::Present ? 1 : 0;
        ASSERT_EQ(defn->GetFieldCount(), static_cast<int>(schema.fields.size()) + extra);
        if (extra == 1) {
            const OGRFieldDefn* version = defn->GetFieldDefn(defn->GetFieldCount() - 1);
            EXPECT_STREQ(version->GetNameRef(), "row_version");
            EXPECT_EQ(version->GetType(), OFTInteger64);
        }
        for (std::size_t i = 0; i < schema.fields.size(); ++i) {
            const OGRFieldDefn* field = defn->GetFieldDefn(static_cast<int>(i));
            EXPECT_EQ(field->GetNameRef(), schema.fields[i].name);
            const OGRFieldType expected =
                schema.fields[i].type == core::FieldType::Integer ? integerType
                : schema.fields[i].type == core::FieldType::Real  ? OFTReal
                                                                  : OFTString;
            EXPECT_EQ(field->GetType(), expected) << field->GetNameRef();
        }
    }
}

}  // namespace gigamap::test
