#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace gigamap::sample {

// Random numbers that are the same on every platform: std::mt19937's sequence
// is fixed by the standard, but its distributions are not, so the mapping to
// numbers is done here.
class DeterministicRandom {
public:
    explicit DeterministicRandom(std::uint32_t seed) : engine_(seed) {}

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(engine_()) / 4294967296.0; }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform in [low, high].
    int integer(int low, int high) {
        return low + static_cast<int>(uniform() * static_cast<double>(high - low + 1));
    }
    bool chance(double probability) { return uniform() < probability; }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(uniform() * static_cast<double>(items.size()))];
    }

private:
    std::mt19937 engine_;
};

}  // namespace gigamap::sample
