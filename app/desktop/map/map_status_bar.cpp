#include "map/map_status_bar.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <cmath>

#include "gigamap/core/error.h"

namespace gigamap::desktop {
namespace {

QString scaleText(double denominator) {
    return QStringLiteral("1:%1").arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          .toString(std::round(denominator), 'f', 0));
}

// "1:25,000", "25000", "1:25 000" → 25000.
std::optional<double> parseScale(QString text) {
    text.remove(QRegularExpression(QStringLiteral("[\\s,]")));
    if (text.startsWith(QStringLiteral("1:"))) {
        text = text.mid(2);
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && value > 0.0 ? std::optional(value) : std::nullopt;
}

}  // namespace

MapStatusBar::MapStatusBar(QStatusBar& bar, int srid, const QString& crsName)
    : QObject(&bar),
      coordinates_(new QLabel),
      latLon_(new QLabel),
      scaleLabel_(new QLabel(tr("Scale"))),
      scale_(new QLineEdit),
      crs_(new QLabel(QStringLiteral("EPSG:%1 %2").arg(srid).arg(crsName))),
      progress_(new QProgressBar) {
    try {
        toWgs84_.emplace(proj_, "EPSG:" + std::to_string(srid), "EPSG:4326");
    } catch (const core::CrsError&) {
        latLon_->setText(tr("no WGS84 transformation"));
    }
    coordinates_->setMinimumWidth(
        coordinates_->fontMetrics().horizontalAdvance(QStringLiteral("E 000000.0  N 0000000.0 ")));
    latLon_->setMinimumWidth(
        latLon_->fontMetrics().horizontalAdvance(QStringLiteral("00.000000° N 000.000000° W ")));
    scale_->setToolTip(tr("Map scale: type 1:N and press Enter"));
    scale_->setFixedWidth(scale_->fontMetrics().horizontalAdvance(QStringLiteral("1:00,000,000")) +
                          16);
    progress_->setRange(0, 0);  // busy: drawing has no meaningful percentage
    progress_->setMaximumWidth(90);
    progress_->setMaximumHeight(14);
    progress_->setVisible(false);
    bar.addPermanentWidget(coordinates_);
    bar.addPermanentWidget(latLon_);
    bar.addPermanentWidget(scaleLabel_);
    bar.addPermanentWidget(scale_);
    bar.addPermanentWidget(crs_);
    bar.addPermanentWidget(progress_);
    connect(scale_, &QLineEdit::returnPressed, this, [this] {
        if (const auto denominator = parseScale(scale_->text())) {
            emit scaleRequested(*denominator);
        }
    });
}

MapStatusBar::~MapStatusBar() {
    // The widgets belong to the status bar, which outlives a project.
    for (QWidget* widget : std::initializer_list<QWidget*>{coordinates_, latLon_, scaleLabel_,
                                                           scale_, crs_, progress_}) {
        delete widget;
    }
}

void MapStatusBar::showCursor(QPointF mapPoint) {
    coordinates_->setText(
        QStringLiteral("E %1  N %2").arg(mapPoint.x(), 0, 'f', 1).arg(mapPoint.y(), 0, 'f', 1));
    if (!toWgs84_) {
        return;
    }
    try {
        const auto lonLat = toWgs84_->forward({mapPoint.x(), mapPoint.y()});
        latLon_->setText(QStringLiteral("%1° %2  %3° %4")
                             .arg(std::abs(lonLat.y), 0, 'f', 6)
                             .arg(lonLat.y >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
                             .arg(std::abs(lonLat.x), 0, 'f', 6)
                             .arg(lonLat.x >= 0 ? QLatin1Char('E') : QLatin1Char('W')));
    } catch (const core::CrsError&) {
        latLon_->setText(tr("outside the CRS"));
    }
}

void MapStatusBar::showViewport(const render::MapViewport& viewport) {
    if (!scale_->hasFocus()) {
        scale_->setText(scaleText(viewport.scaleDenominator(kDpi)));
    }
}

void MapStatusBar::setBusy(bool busy) {
    progress_->setVisible(busy);
}

}  // namespace gigamap::desktop
