#pragma once

#include <QString>
#include <filesystem>

namespace gigamap::render {

// A basemap under the project's layers, which GDAL reads and BackgroundFile
// draws warped into the project CRS: an XYZ ("slippy map") tile server, a WMTS
// service, or a tile file for offline use (MBTiles or a GeoPackage with tiles).
struct Basemap {
    enum class Kind { Xyz, Wmts, TileFile };

    Kind kind = Kind::Xyz;
    QString title;
    // An XYZ URL template with ${z}, ${x} and ${y} (or {z}, {x}, {y}); a WMTS
    // GetCapabilities URL; or the tile file's path.
    QString location;
    QString attribution;  // drawn on every map that shows it, as its licence requires
    int maxZoom = 19;

    // OpenStreetMap's standard tiles: © OpenStreetMap contributors, ODbL.
    [[nodiscard]] static Basemap openStreetMap();
    // The Kind a location means: a URL with ${z}/{z} is XYZ, another URL WMTS, else a file.
    [[nodiscard]] static Basemap fromLocation(const QString& location, const QString& attribution);

    // The name GDAL opens: for XYZ a GDAL_WMS description with a tile cache in
    // `cacheDir` and `userAgent` sent with every request (OpenStreetMap's tile
    // usage policy asks for both); "WMTS:" and the URL for WMTS; the path of a file.
    [[nodiscard]] QString gdalName(const std::filesystem::path& cacheDir,
                                   const QString& userAgent) const;
};

// Where tiles fetched from servers are kept: gigamap/tiles in the user's cache
// folder ($XDG_CACHE_HOME, else ~/.cache).
[[nodiscard]] std::filesystem::path defaultTileCache();

// The identifying user agent gigamap sends to tile servers: name, version and where it lives.
[[nodiscard]] QString tileUserAgent();

}  // namespace gigamap::render
