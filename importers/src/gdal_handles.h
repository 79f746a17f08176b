#pragma once

// RAII for the GDAL/OGR objects the importers hold. Private to importers/:
// no GDAL type appears in a public header.
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>

namespace gigamap::importers {

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation* ct) const {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// Registers GDAL's drivers once.
void ensureGdalRegistered();

// Opens a vector source read-only; throws core::ImportError naming the file when GDAL cannot.
GDALDatasetUniquePtr openVectorSource(const std::filesystem::path& file);

}  // namespace gigamap::importers
