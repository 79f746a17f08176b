#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/network_editor.h"

namespace gigamap::core {

class Project;

// One thing wrong with the duct network, where it is and which features it concerns.
struct NetworkProblem {
    enum class Kind {
        LooseDuctEnd,       // a duct end on no chamber or node
        ChambersTooClose,   // two chambers closer than kMinimumChamberSpacing
        OverlappingDucts,   // two ducts sharing a stretch (not just crossing or touching)
        ZeroLengthDuct,     // a duct whose vertices all coincide
        ChamberRefMismatch  // from_chamber / to_chamber not the chamber at that end
    };

    Kind kind = Kind::LooseDuctEnd;
    std::string message;
    Coordinate at;
    std::string table;               // the layer of `fids`
    std::vector<std::int64_t> fids;  // ascending
};

// Checks the duct network of a project: loose duct ends, chambers too close
// together, overlapping and zero-length ducts, and ducts whose chamber refs
// disagree with their geometry. Overlaps are decided exactly by GEOS (a
// one-dimensional intersection) on STRtree candidates. Problems come sorted by
// kind, then fids, so two runs give the same list.
class NetworkCheck {
public:
    static constexpr double kMinimumChamberSpacing = 0.5;  // metres
    // A duct end this close to a chamber or node is on it (metres).
    static constexpr double kOnPoint = NetworkEditor::kCoincidence;

    explicit NetworkCheck(Project& project);

    [[nodiscard]] std::vector<NetworkProblem> run() const;

    [[nodiscard]] static const char* kindName(NetworkProblem::Kind kind);

private:
    Project& project_;
};

}  // namespace gigamap::core
