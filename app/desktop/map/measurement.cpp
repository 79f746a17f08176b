#include "map/measurement.h"

#include <QLocale>
#include <cmath>
#include <utility>

namespace gigamap::desktop {
namespace {

QString number(double value, int decimals) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', decimals);
}

}  // namespace

Measurement::Measurement(std::vector<QPointF> vertices) : vertices_(std::move(vertices)) {}

double Measurement::length() const {
    double total = 0.0;
    for (std::size_t i = 1; i < vertices_.size(); ++i) {
        const QPointF d = vertices_[i] - vertices_[i - 1];
        total += std::hypot(d.x(), d.y());
    }
    return total;
}

double Measurement::perimeter() const {
    if (vertices_.size() < 2) {
        return 0.0;
    }
    const QPointF d = vertices_.front() - vertices_.back();
    return length() + std::hypot(d.x(), d.y());
}

double Measurement::area() const {
    if (vertices_.size() < 3) {
        return 0.0;
    }
    // Relative to the first vertex, so that national grid coordinates lose no precision.
    const QPointF origin = vertices_.front();
    double twice = 0.0;
    for (std::size_t i = 0; i < vertices_.size(); ++i) {
        const QPointF a = vertices_[i] - origin;
        const QPointF b = vertices_[(i + 1) % vertices_.size()] - origin;
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2.0;
}

QString Measurement::formatDistance(double metres) {
    if (metres < 1000.0) {
        return number(metres, 1) + QStringLiteral(" m");
    }
    return number(metres / 1000.0, 3) + QStringLiteral(" km");
}

QString Measurement::formatArea(double squareMetres) {
    if (squareMetres < 10'000.0) {
        return number(squareMetres, 1) + QStringLiteral(" m²");
    }
    if (squareMetres < 1'000'000.0) {
        return number(squareMetres / 10'000.0, 2) + QStringLiteral(" ha");
    }
    return number(squareMetres / 1'000'000.0, 3) + QStringLiteral(" km²");
}

}  // namespace gigamap::desktop
