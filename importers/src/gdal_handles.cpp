#include "gdal_handles.h"

#include <cpl_error.h>
#include <cpl_string.h>

#include <mutex>
#include <string>

#include "gigamap/core/error.h"

namespace gigamap::importers {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

GDALDatasetUniquePtr openVectorSource(const std::filesystem::path& file) {
    ensureGdalRegistered();
    if (!std::filesystem::exists(file)) {
        throw core::ImportError(file.string() + " does not exist");
    }
    CPLStringList openOptions;
    const std::string extension = file.extension().string();
    if (extension == ".csv" || extension == ".CSV") {
        // CSV with WKT or X/Y columns: let the driver build the geometry.
        openOptions.AddNameValue("GEOM_POSSIBLE_NAMES", "wkt,geom,geometry,the_geom");
        openOptions.AddNameValue("X_POSSIBLE_NAMES", "x,lon,long,lng,longitude,easting,eastings");
        openOptions.AddNameValue("Y_POSSIBLE_NAMES", "y,lat,latitude,northing,northings");
        openOptions.AddNameValue("KEEP_GEOM_COLUMNS", "NO");
        openOptions.AddNameValue("AUTODETECT_TYPE", "YES");
    }
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                   nullptr, openOptions.List(), nullptr));
    CPLPopErrorHandler();
    if (!dataset) {
        const std::string reason = CPLGetLastErrorMsg();
        throw core::ImportError(file.string() + " is not a vector file GDAL can read" +
                                (reason.empty() ? std::string() : ": " + reason));
    }
    return dataset;
}

}  // namespace gigamap::importers
