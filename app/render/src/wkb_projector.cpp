#include "gigamap/render/wkb_projector.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "gigamap/core/error.h"

namespace gigamap::render {

// Reads WKB numbers in the byte order each geometry declares.
class WkbProjector::Cursor {
public:
    explicit Cursor(std::span<const unsigned char> bytes) : bytes_(bytes) {}

    void readByteOrder() { littleEndian_ = take(1)[0] == 1; }
    std::uint32_t readUInt32() {
        std::uint32_t value = 0;
        std::memcpy(&value, ordered(take(4)).data(), 4);
        return value;
    }
    double readDouble() {
        double value = 0.0;
        std::memcpy(&value, ordered(take(8)).data(), 8);
        return value;
    }

private:
    std::span<const unsigned char> take(std::size_t count) {
        if (offset_ + count > bytes_.size()) {
            throw core::GeometryError("truncated WKB geometry");
        }
        const auto part = bytes_.subspan(offset_, count);
        offset_ += count;
        return part;
    }
    std::array<unsigned char, 8> ordered(std::span<const unsigned char> raw) const {
        std::array<unsigned char, 8> buffer{};
        std::memcpy(buffer.data(), raw.data(), raw.size());
        const bool native = littleEndian_ == (std::endian::native == std::endian::little);
        if (!native) {
            std::reverse(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(raw.size()));
        }
        return buffer;
    }

    std::span<const unsigned char> bytes_;
    std::size_t offset_ = 0;
    bool littleEndian_ = true;
};

WkbProjector::WkbProjector(const MapViewport& viewport, double tolerance)
    : viewport_(viewport), tolerance_(tolerance) {}

ScreenGeometry WkbProjector::project(std::span<const unsigned char> wkb) const {
    ScreenGeometry out;
    out.areas.setFillRule(Qt::OddEvenFill);
    Cursor cursor(wkb);
    readGeometry(cursor, out);
    return out;
}

QPolygonF WkbProjector::readPoints(Cursor& cursor, int dimensions) const {
    const std::uint32_t count = cursor.readUInt32();
    QPolygonF points;
    points.reserve(static_cast<qsizetype>(std::min<std::uint32_t>(count, 1U << 16)));
    QPointF last;
    for (std::uint32_t i = 0; i < count; ++i) {
        const double x = cursor.readDouble();
        const double y = cursor.readDouble();
        for (int extra = 2; extra < dimensions; ++extra) {
            (void)cursor.readDouble();
        }
        const QPointF pixel = viewport_.toPixel(x, y);
        const bool isLast = i + 1 == count;
        if (points.isEmpty() || isLast || std::abs(pixel.x() - last.x()) >= tolerance_ ||
            std::abs(pixel.y() - last.y()) >= tolerance_) {
            points.append(pixel);
            last = pixel;
        }
    }
    return points;
}

void WkbProjector::readGeometry(Cursor& cursor, ScreenGeometry& out) const {
    cursor.readByteOrder();
    std::uint32_t type = cursor.readUInt32();
    // ISO WKB numbers Z, M and ZM types 1000, 2000 and 3000 higher; EWKB flags them.
    int dimensions = 2;
    if ((type & 0x80000000U) != 0) {
        ++dimensions;
    }
    if ((type & 0x40000000U) != 0) {
        ++dimensions;
    }
    if ((type & 0x20000000U) != 0) {
        (void)cursor.readUInt32();  // EWKB SRID
    }
    type &= 0x0FFFFFFFU;
    const std::uint32_t thousands = type / 1000;
    dimensions += thousands == 3 ? 2 : (thousands > 0 ? 1 : 0);
    switch (type % 1000) {
        case 1: {
            const double x = cursor.readDouble();
            const double y = cursor.readDouble();
            for (int extra = 2; extra < dimensions; ++extra) {
                (void)cursor.readDouble();
            }
            if (!std::isnan(x) && !std::isnan(y)) {
                out.points.push_back(viewport_.toPixel(x, y));
            }
            return;
        }
        case 2: {
            QPolygonF line = readPoints(cursor, dimensions);
            if (line.size() >= 2) {
                out.lines.push_back(std::move(line));
            }
            return;
        }
        case 3: {
            const std::uint32_t rings = cursor.readUInt32();
            for (std::uint32_t r = 0; r < rings; ++r) {
                const QPolygonF ring = readPoints(cursor, dimensions);
                if (ring.size() >= 2) {
                    out.areas.addPolygon(ring);
                    out.areas.closeSubpath();
                }
            }
            return;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            const std::uint32_t parts = cursor.readUInt32();
            for (std::uint32_t p = 0; p < parts; ++p) {
                readGeometry(cursor, out);
            }
            return;
        }
        default:
            throw core::GeometryError("unsupported WKB geometry type " + std::to_string(type));
    }
}

}  // namespace gigamap::render
