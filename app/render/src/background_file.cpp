#include "gigamap/render/background_file.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QImage>
#include <QPainter>
#include <array>
#include <memory>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/render/extent.h"
#include "gigamap/render/symbol_painter.h"
#include "gigamap/render/wkb_projector.h"

namespace gigamap::render {
namespace {

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation* transform) const {
        OGRCoordinateTransformation::DestroyCT(transform);
    }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

struct WarpOptionsDeleter {
    void operator()(GDALWarpAppOptions* options) const { GDALWarpAppOptionsFree(options); }
};

OGRSpatialReference projectSrs(int srid) {
    OGRSpatialReference srs;
    srs.importFromEPSG(srid);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

TransformPtr transformBetween(const OGRSpatialReference& from, const OGRSpatialReference& to) {
    return TransformPtr(OGRCreateCoordinateTransformation(&from, &to));
}

// A warped raster's bands as an image: grey, palette, RGB, with GDAL's alpha last.
QImage imageOf(GDALDataset& warped, int width, int height) {
    const int bands = warped.GetRasterCount();
    const int colourBands = bands - 1;  // the last band is the alpha -dstalpha adds
    const auto pixels = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    std::vector<std::vector<GByte>> data(static_cast<std::size_t>(bands),
                                         std::vector<GByte>(pixels));
    for (int b = 0; b < bands; ++b) {
        if (warped.GetRasterBand(b + 1)->RasterIO(GF_Read, 0, 0, width, height,
                                                  data[static_cast<std::size_t>(b)].data(), width,
                                                  height, GDT_Byte, 0, 0) != CE_None) {
            return {};
        }
    }
    const GDALColorTable* palette = warped.GetRasterBand(1)->GetColorTable();
    QImage image(width, height, QImage::Format_ARGB32);
    const auto& alpha = data.back();
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const auto i = static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                           static_cast<std::size_t>(x);
            const GByte v = data[0][i];
            if (colourBands >= 3) {
                line[x] = qRgba(v, data[1][i], data[2][i], alpha[i]);
            } else if (palette != nullptr) {
                const GDALColorEntry* entry = palette->GetColorEntry(v);
                line[x] = entry == nullptr ? qRgba(v, v, v, alpha[i])
                                           : qRgba(entry->c1, entry->c2, entry->c3,
                                                   std::min<int>(entry->c4, alpha[i]));
            } else {
                line[x] = qRgba(v, v, v, alpha[i]);
            }
        }
    }
    return image;
}

}  // namespace

struct BackgroundFile::Impl {
    GDALDatasetUniquePtr dataset;
};

BackgroundFile::BackgroundFile(const QString& path) : impl_(std::make_unique<Impl>()) {
    GDALAllRegister();
    const QByteArray file = path.toUtf8();
    impl_->dataset.reset(GDALDataset::Open(file.constData(),
                                           GDAL_OF_RASTER | GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                           nullptr, nullptr, nullptr));
    if (!impl_->dataset) {
        throw core::ImportError(path.toStdString() + " is not a file GDAL can read (" +
                                CPLGetLastErrorMsg() + ")");
    }
    const bool hasCrs = isRaster() ? impl_->dataset->GetSpatialRef() != nullptr
                                   : impl_->dataset->GetLayerCount() > 0 &&
                                         impl_->dataset->GetLayer(0)->GetSpatialRef() != nullptr;
    if (!hasCrs) {
        throw core::ImportError(path.toStdString() +
                                " has no coordinate reference system, so it cannot be placed "
                                "on the map");
    }
}

BackgroundFile::~BackgroundFile() = default;

bool BackgroundFile::isRaster() const {
    return impl_->dataset->GetRasterCount() > 0;
}

std::optional<core::BoundingBox> BackgroundFile::extent(int srid) const {
    const OGRSpatialReference target = projectSrs(srid);
    std::optional<core::BoundingBox> result;
    const auto add = [&](const OGRSpatialReference* source, double minX, double minY, double maxX,
                         double maxY) {
        OGRSpatialReference from(*source);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const TransformPtr transform = transformBetween(from, target);
        std::array<double, 4> out{};
        if (!transform || !transform->TransformBounds(minX, minY, maxX, maxY, &out[0], &out[1],
                                                      &out[2], &out[3], 21)) {
            return;
        }
        extendBy(result, {out[0], out[1], out[2], out[3]});
    };
    GDALDataset& dataset = *impl_->dataset;
    if (isRaster()) {
        std::array<double, 6> geo{};
        if (dataset.GetGeoTransform(geo.data()) == CE_None) {
            const double x0 = geo[0];
            const double y0 = geo[3];
            const double x1 = geo[0] + geo[1] * dataset.GetRasterXSize();
            const double y1 = geo[3] + geo[5] * dataset.GetRasterYSize();
            add(dataset.GetSpatialRef(), std::min(x0, x1), std::min(y0, y1), std::max(x0, x1),
                std::max(y0, y1));
        }
        return result;
    }
    for (OGRLayer* layer : dataset.GetLayers()) {
        OGREnvelope envelope;
        if (layer->GetSpatialRef() != nullptr && layer->GetExtent(&envelope, TRUE) == OGRERR_NONE) {
            add(layer->GetSpatialRef(), envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        }
    }
    return result;
}

void BackgroundFile::paint(QPainter& painter, const MapViewport& viewport, int srid,
                           const Symbol& symbol, const core::Feedback& feedback) const {
    const core::BoundingBox box = viewport.extent();
    const QSize size = viewport.size();
    GDALDataset& dataset = *impl_->dataset;
    if (isRaster()) {
        CPLStringList arguments;
        arguments.AddString("-of");
        arguments.AddString("MEM");
        arguments.AddString("-t_srs");
        arguments.AddString(("EPSG:" + std::to_string(srid)).c_str());
        arguments.AddString("-te");
        for (const double value : {box.minX, box.minY, box.maxX, box.maxY}) {
            arguments.AddString(CPLSPrintf("%.17g", value));
        }
        arguments.AddString("-ts");
        arguments.AddString(std::to_string(size.width()).c_str());
        arguments.AddString(std::to_string(size.height()).c_str());
        arguments.AddString("-r");
        arguments.AddString("bilinear");
        arguments.AddString("-ot");
        arguments.AddString("Byte");
        arguments.AddString("-dstalpha");
        const std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> options(
            GDALWarpAppOptionsNew(arguments.List(), nullptr));
        GDALDatasetH source = GDALDataset::ToHandle(&dataset);
        int failed = FALSE;
        // Tiles out of reach fail block by block: one reason to the caller, not a screenful.
        const CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
        CPLErrorReset();
        const GDALDatasetUniquePtr warped(
            GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &source, options.get(), &failed)));
        if (!warped || CPLGetLastErrorType() >= CE_Failure) {
            // A tile server out of reach (no network, a proxy) or a damaged tile file.
            throw core::ImportError(std::string("its tiles could not be read (") +
                                    CPLGetLastErrorMsg() + ")");
        }
        if (!feedback.isCancelled()) {
            painter.setOpacity(symbol.opacity);
            painter.drawImage(QPointF(0, 0), imageOf(*warped, size.width(), size.height()));
            painter.setOpacity(1.0);
        }
        return;
    }
    const OGRSpatialReference target = projectSrs(srid);
    const WkbProjector projector(viewport);
    SymbolPainter symbols(painter);
    painter.setOpacity(symbol.opacity);
    for (OGRLayer* layer : dataset.GetLayers()) {
        if (layer->GetSpatialRef() == nullptr) {
            continue;
        }
        OGRSpatialReference source(*layer->GetSpatialRef());
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const TransformPtr toProject = transformBetween(source, target);
        const TransformPtr toSource = transformBetween(target, source);
        std::array<double, 4> filter{};
        if (!toProject || !toSource ||
            !toSource->TransformBounds(box.minX, box.minY, box.maxX, box.maxY, &filter[0],
                                       &filter[1], &filter[2], &filter[3], 21)) {
            continue;
        }
        layer->SetSpatialFilterRect(filter[0], filter[1], filter[2], filter[3]);
        layer->ResetReading();
        std::vector<unsigned char> wkb;
        for (const auto& feature : *layer) {
            if (feedback.isCancelled()) {
                break;
            }
            const OGRGeometry* geometry = feature->GetGeometryRef();
            if (geometry == nullptr) {
                continue;
            }
            const std::unique_ptr<OGRGeometry> projected(geometry->clone());
            if (projected->transform(toProject.get()) != OGRERR_NONE) {
                continue;
            }
            wkb.resize(static_cast<std::size_t>(projected->WkbSize()));
            projected->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
            try {
                symbols.draw(projector.project(wkb), symbol);
            } catch (const core::GeometryError&) {
                continue;
            }
        }
        layer->SetSpatialFilter(nullptr);
    }
    painter.setOpacity(1.0);
}

}  // namespace gigamap::render
