#include "district_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace gigamap::bench {
namespace {

constexpr std::uint32_t kStreetsLayer = 1;
constexpr std::uint32_t kDuctsLayer = 2;

double length(const CentimetrePoint& a, const CentimetrePoint& b) {
    return std::hypot(metres(b.x - a.x), metres(b.y - a.y));
}

}  // namespace

double gaussian(sample::DeterministicRandom& random) {
    const double u = 1.0 - random.uniform();  // (0, 1]
    const double v = random.uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

std::string isoDay(int day) {
    // Days from 1970-01-01 to 2026-01-01, then the civil-from-days algorithm
    // (Howard Hinnant's), which holds for any day.
    std::int64_t z = 20454 + day + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    z = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return fmt::format("{:04d}-{:02d}-{:02d}", z, m, d);
}

DistrictPlan::DistrictPlan(const BenchScale& scale, const WardLattice& lattice, int index)
    : scale_(scale), index_(index), column_(index % scale.columns), row_(index / scale.columns) {
    const CentimetrePoint nominal =
        lattice.nominal(column_ * scale.wardsAcross, row_ * scale.wardsAcross);
    const std::int64_t side = lattice.cell() * scale.wardsAcross;
    const std::int64_t margin = lattice.cell() * 15 / 100;  // beyond the corners' jitter
    low_ = {nominal.x + margin, nominal.y + margin};
    high_ = {nominal.x + side - margin, nominal.y + side - margin};

    sample::DeterministicRandom streets(seed(kStreetsLayer));
    const int towns = streets.integer(3, 5);
    const CentimetrePoint centre = {(low_.x + high_.x) / 2, (low_.y + high_.y) / 2};
    for (int t = 0; t < towns; ++t) {
        towns_.push_back(near(centre, scale.districtSideMetres / 4, streets));
    }
    buildStreets(streets);
    sample::DeterministicRandom ducts(seed(kDuctsLayer));
    buildDucts(ducts);
}

std::string DistrictPlan::code() const {
    return fmt::format("E07{:06d}", index_ + 1);
}

std::string DistrictPlan::name() const {
    return fmt::format("Bench District {}", index_ + 1);
}

std::uint32_t DistrictPlan::seed(std::uint32_t layer) const {
    return static_cast<std::uint32_t>(
        mix((static_cast<std::uint64_t>(index_) << 8U) ^ layer ^ 0x6761676D6170ULL) >> 32U);
}

CentimetrePoint DistrictPlan::clamp(CentimetrePoint point) const {
    return {std::clamp(point.x, low_.x, high_.x), std::clamp(point.y, low_.y, high_.y)};
}

CentimetrePoint DistrictPlan::near(const CentimetrePoint& centre, double sigma,
                                   sample::DeterministicRandom& random) const {
    const double dx = gaussian(random) * sigma;
    const double dy = gaussian(random) * sigma;
    return clamp(offset(centre, dx, dy));
}

std::vector<const DuctPlan*> DistrictPlan::plannedDucts() const {
    std::vector<const DuctPlan*> planned;
    for (const auto& duct : ducts_) {
        if (duct.isPlanned()) {
            planned.push_back(&duct);
        }
    }
    return planned;
}

void DistrictPlan::buildStreets(sample::DeterministicRandom& random) {
    // Wandering streets from near a town: 6 to 14 points, 40 to 160 m apart,
    // turning by at most 0.35 rad at each point.
    for (int s = 0; s < scale_.streets; ++s) {
        Street street;
        street.usrn = 10000000 + static_cast<std::int64_t>(index_) * 10000 + s + 1;
        street.name = fmt::format("Bench Street {}", s + 1);
        street.busy = s % 10 == 0;
        const auto& town = towns_[static_cast<std::size_t>(s) % towns_.size()];
        CentimetrePoint at = near(town, scale_.districtSideMetres / 10, random);
        double heading = random.between(0, 2 * std::numbers::pi);
        const int points = random.integer(6, 14);
        street.points.push_back(at);
        for (int p = 1; p < points; ++p) {
            heading += random.between(-0.35, 0.35);
            const double step = random.between(40, 160);
            const CentimetrePoint next =
                clamp(offset(at, step * std::cos(heading), step * std::sin(heading)));
            if (length(at, next) < 20.0) {
                break;  // ran into the edge of the district
            }
            street.points.push_back(next);
            at = next;
        }
        if (street.points.size() < 2) {
            street.points.push_back(offset(street.points.front(), 50, 0));
        }
        streets_.push_back(std::move(street));
    }
}

void DistrictPlan::buildDucts(sample::DeterministicRandom& random) {
    // The existing network runs along the streets in order, a duct every 1 to
    // 3 street segments, ducts meeting end to end (as at chambers).
    int number = 0;
    const auto newRef = [&] { return fmt::format("BD{:03d}-{:05d}", index_ + 1, ++number); };
    for (std::size_t s = 0;
         s < streets_.size() && std::cmp_less(ducts_.size(), scale_.existingDucts); ++s) {
        const auto& points = streets_[s].points;
        std::size_t first = 0;
        while (first + 1 < points.size() && std::cmp_less(ducts_.size(), scale_.existingDucts)) {
            const auto segments = static_cast<std::size_t>(random.integer(1, 3));
            const std::size_t last = std::min(first + segments, points.size() - 1);
            DuctPlan duct;
            duct.ref = newRef();
            duct.status = random.chance(0.06) ? "abandoned" : "existing";
            duct.street = s;
            duct.firstPoint = first;
            duct.points.assign(points.begin() + static_cast<std::ptrdiff_t>(first),
                               points.begin() + static_cast<std::ptrdiff_t>(last + 1));
            ducts_.push_back(std::move(duct));
            first = last;
        }
    }
    // Planned and proposed ducts along the busy streets, each with a window in 2026.
    std::vector<std::size_t> busy;
    for (std::size_t s = 0; s < streets_.size(); ++s) {
        if (streets_[s].busy) {
            busy.push_back(s);
        }
    }
    for (int p = 0; p < scale_.plannedDucts + scale_.undatedDucts; ++p) {
        const std::size_t s = busy[static_cast<std::size_t>(p) % busy.size()];
        const auto& points = streets_[s].points;
        const auto first =
            static_cast<std::size_t>(random.integer(0, static_cast<int>(points.size()) - 2));
        const std::size_t last =
            std::min(first + static_cast<std::size_t>(random.integer(1, 4)), points.size() - 1);
        DuctPlan duct;
        duct.ref = newRef();
        duct.street = s;
        duct.firstPoint = first;
        duct.points.assign(points.begin() + static_cast<std::ptrdiff_t>(first),
                           points.begin() + static_cast<std::ptrdiff_t>(last + 1));
        if (p < scale_.plannedDucts) {
            duct.status = random.chance(0.65) ? "planned" : "proposed";
            const int start = random.integer(0, 330);
            duct.plannedStart = start;
            duct.plannedEnd = start + random.integer(14, 90);
        } else {
            duct.status = "proposed";  // no window yet: not a planned duct for One Dig
        }
        ducts_.push_back(std::move(duct));
    }
}

}  // namespace gigamap::bench
