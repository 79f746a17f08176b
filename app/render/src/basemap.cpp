#include "gigamap/render/basemap.h"

#include <QStandardPaths>
#include <QString>

#include "gigamap/core/version.h"

namespace gigamap::render {
namespace {

// Web Mercator's square, in metres: the extent every XYZ tile pyramid covers.
constexpr const char* kMercatorHalfWidth = "20037508.342789244";

QString xmlEscaped(const QString& text) {
    return text.toHtmlEscaped();
}

}  // namespace

Basemap Basemap::openStreetMap() {
    Basemap basemap;
    basemap.kind = Kind::Xyz;
    basemap.title = QStringLiteral("OpenStreetMap");
    basemap.location = QStringLiteral("https://tile.openstreetmap.org/${z}/${x}/${y}.png");
    basemap.attribution = QStringLiteral("Basemap © OpenStreetMap contributors (ODbL 1.0)");
    basemap.maxZoom = 19;
    return basemap;
}

Basemap Basemap::fromLocation(const QString& location, const QString& attribution) {
    Basemap basemap;
    basemap.location = location.trimmed();
    basemap.attribution = attribution;
    const bool isUrl = basemap.location.contains(QLatin1String("://"));
    const bool hasTiles = basemap.location.contains(QLatin1String("{z}"));
    basemap.kind = hasTiles ? Kind::Xyz : isUrl ? Kind::Wmts : Kind::TileFile;
    basemap.title = basemap.kind == Kind::TileFile
                        ? basemap.location.section(QLatin1Char('/'), -1)
                        : basemap.location.section(QLatin1Char('/'), 2, 2);
    if (basemap.title.isEmpty()) {
        basemap.title = QStringLiteral("The basemap");
    }
    return basemap;
}

QString Basemap::gdalName(const std::filesystem::path& cacheDir, const QString& userAgent) const {
    if (kind == Kind::TileFile) {
        return location;
    }
    if (kind == Kind::Wmts) {
        return QStringLiteral("WMTS:") + location;
    }
    // GDAL's TMS minidriver counts rows from the top with YOrigin top, as XYZ does.
    QString url = location;
    url.replace(QLatin1String("${"), QLatin1String("{"))
        .replace(QLatin1String("{"), QLatin1String("${"));
    const QString half = QString::fromLatin1(kMercatorHalfWidth);
    return QStringLiteral(
               "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>"
               "<DataWindow><UpperLeftX>-%2</UpperLeftX><UpperLeftY>%2</UpperLeftY>"
               "<LowerRightX>%2</LowerRightX><LowerRightY>-%2</LowerRightY>"
               "<TileLevel>%3</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
               "<YOrigin>top</YOrigin></DataWindow><Projection>EPSG:3857</Projection>"
               "<BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY><BandsCount>3</BandsCount>"
               "<UserAgent>%4</UserAgent><Cache><Path>%5</Path></Cache>"
               "<MaxConnections>2</MaxConnections><ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>"
               "</GDAL_WMS>")
        .arg(xmlEscaped(url), half)
        .arg(maxZoom)
        .arg(xmlEscaped(userAgent), xmlEscaped(QString::fromStdString(cacheDir.string())));
}

std::filesystem::path defaultTileCache() {
    return std::filesystem::path(
               QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                   .toStdString()) /
           "gigamap" / "tiles";
}

QString tileUserAgent() {
    return QStringLiteral(
               "gigamap/%1 (desktop GIS for gigabit district planning; "
               "https://example.invalid/gigamap)")
        .arg(QString::fromLatin1(core::kAppVersion));
}

}  // namespace gigamap::render
