#include "gigamap/core/finite_coordinates.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

namespace gigamap::core {
namespace {

// Walks one WKB geometry, checking its coordinates: geometry() is false at the
// first non-finite one or when the bytes run out, and nonFinite() says which.
class WkbWalk {
public:
    explicit WkbWalk(const Wkb& wkb) : wkb_(wkb) {}

    bool geometry(int depth) {
        if (depth > 64 || at_ >= wkb_.size()) {
            return false;
        }
        const bool little = wkb_[at_++] == 1;
        std::uint32_t type = 0;
        if (!word(little, type)) {
            return false;
        }
        int dimensions = 2;
        if ((type & 0x80000000U) != 0) {  // EWKB Z
            ++dimensions;
        }
        if ((type & 0x40000000U) != 0) {  // EWKB M
            ++dimensions;
        }
        if ((type & 0x20000000U) != 0) {  // EWKB SRID
            std::uint32_t srid = 0;
            if (!word(little, srid)) {
                return false;
            }
        }
        type &= 0x0FFFFFFFU;
        const std::uint32_t iso = type / 1000;  // 1: Z, 2: M, 3: ZM
        dimensions += iso == 3 ? 2 : (iso == 0 ? 0 : 1);
        switch (type % 1000) {
            case 1:  // Point
                return points(little, dimensions, 1);
            case 2:    // LineString
            case 8: {  // CircularString
                std::uint32_t count = 0;
                return word(little, count) && points(little, dimensions, count);
            }
            case 3:
            case 17: {  // Polygon, Triangle
                std::uint32_t rings = 0;
                if (!word(little, rings)) {
                    return false;
                }
                for (std::uint32_t r = 0; r < rings; ++r) {
                    std::uint32_t count = 0;
                    if (!word(little, count) || !points(little, dimensions, count)) {
                        return false;
                    }
                }
                return true;
            }
            default: {  // multi-geometries, collections, curves, surfaces: nested geometries
                std::uint32_t parts = 0;
                if (!word(little, parts)) {
                    return false;
                }
                for (std::uint32_t p = 0; p < parts; ++p) {
                    if (!geometry(depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    [[nodiscard]] bool nonFinite() const { return nonFinite_; }
    [[nodiscard]] const std::optional<BoundingBox>& bounds() const { return bounds_; }

private:
    bool word(bool little, std::uint32_t& value) {
        if (wkb_.size() - at_ < 4) {
            return false;
        }
        std::memcpy(&value, &wkb_[at_], 4);
        if (little != (std::endian::native == std::endian::little)) {
            value = ((value & 0xFFU) << 24U) | ((value & 0xFF00U) << 8U) |
                    ((value >> 8U) & 0xFF00U) | (value >> 24U);
        }
        at_ += 4;
        return true;
    }

    bool points(bool little, int dimensions, std::uint32_t count) {
        const std::size_t values =
            static_cast<std::size_t>(count) * static_cast<std::size_t>(dimensions);
        if ((wkb_.size() - at_) / 8 < values) {
            return false;
        }
        for (std::size_t i = 0; i < values; ++i) {
            std::uint64_t bits = 0;
            std::memcpy(&bits, &wkb_[at_], 8);
            if (little != (std::endian::native == std::endian::little)) {
                bits = __builtin_bswap64(bits);
            }
            const double value = std::bit_cast<double>(bits);
            if (!std::isfinite(value)) {
                nonFinite_ = true;
                return false;
            }
            widen(i % static_cast<std::size_t>(dimensions), value);
            at_ += 8;
        }
        return true;
    }

    // Grows the bounds by a point's x (axis 0) or y (axis 1).
    void widen(std::size_t axis, double value) {
        if (axis > 1) {
            return;
        }
        if (axis == 0) {
            pendingX_ = value;
            return;
        }
        if (!bounds_) {
            bounds_ = BoundingBox{pendingX_, value, pendingX_, value};
            return;
        }
        bounds_->minX = std::min(bounds_->minX, pendingX_);
        bounds_->maxX = std::max(bounds_->maxX, pendingX_);
        bounds_->minY = std::min(bounds_->minY, value);
        bounds_->maxY = std::max(bounds_->maxY, value);
    }

    const Wkb& wkb_;
    std::size_t at_ = 0;
    bool nonFinite_ = false;
    double pendingX_ = 0.0;
    std::optional<BoundingBox> bounds_;
};

}  // namespace

bool hasFiniteCoordinates(const Wkb& wkb) {
    WkbWalk walk(wkb);
    (void)walk.geometry(0);
    return !walk.nonFinite();
}

std::optional<BoundingBox> wkbBounds(const Wkb& wkb) {
    WkbWalk walk(wkb);
    if (!walk.geometry(0)) {
        return std::nullopt;
    }
    return walk.bounds();
}

}  // namespace gigamap::core
