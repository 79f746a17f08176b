#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/feature_change.h"

namespace gigamap::core {

class FeatureLookup;
class Project;

// Works out the change sets of the network's edits without applying them
// (EditJournal, PostgisEditJournal on a server, applies them): a new duct knows the chambers at its
// ends, a chamber or node that moves takes the ends of its ducts along, a chamber on a duct splits
// it, two ducts meeting end to end merge. Ducts are attached to a chamber by their
// `from_chamber`/`to_chamber` refs and to chambers and nodes by ends that coincide with them
// (within kCoincidence); a move takes along only the coincident ends.
class NetworkEditor {
public:
    // Points this close (metres) are the same place: snapped coordinates are
    // copied exactly, so only rounding needs room. The network check uses the
    // same distance, so an end it calls attached is one a move takes along.
    static constexpr double kCoincidence = 1e-3;

    explicit NetworkEditor(Project& project);
    // Reads through `lookup` (a server project's, PostgisFeatureLookup), which
    // must outlive the editor.
    explicit NetworkEditor(const FeatureLookup& lookup);

    [[nodiscard]] ChangeSet addFeature(const std::string& table, const Feature& feature) const;
    // A duct through `vertices` (at least two, distinct) whose `from_chamber` and
    // `to_chamber` are the refs of the chambers at its ends (when there are any).
    [[nodiscard]] ChangeSet addDuct(const std::vector<Coordinate>& vertices,
                                    const std::map<std::string, Value>& attributes) const;
    // A chamber; where it lies on a duct (not at its ends) that duct is split in two there.
    [[nodiscard]] ChangeSet addChamber(const Feature& chamber) const;
    [[nodiscard]] ChangeSet changeAttributes(const std::string& table, std::int64_t fid,
                                             const std::map<std::string, Value>& attributes) const;
    // Moves a point feature; for chambers and nodes the attached duct ends move with it.
    [[nodiscard]] ChangeSet movePoint(const std::string& table, std::int64_t fid,
                                      const Coordinate& to) const;
    // The ducts attached to chamber or node `fid`, ascending.
    [[nodiscard]] std::vector<std::int64_t> attachedDucts(const std::string& table,
                                                          std::int64_t fid) const;
    // Vertex edits of a duct; an end that moves takes the ref of the chamber it lands on.
    [[nodiscard]] ChangeSet moveVertex(std::int64_t duct, std::size_t index,
                                       const Coordinate& to) const;
    // Inserts `at` as vertex `index` (1 .. vertex count - 1: between two vertices).
    [[nodiscard]] ChangeSet insertVertex(std::int64_t duct, std::size_t index,
                                         const Coordinate& at) const;
    // Refuses to leave fewer than two vertices.
    [[nodiscard]] ChangeSet deleteVertex(std::int64_t duct, std::size_t index) const;
    // Deletes a feature; deleting a chamber clears the refs of the ducts that name it.
    [[nodiscard]] ChangeSet deleteFeature(const std::string& table, std::int64_t fid) const;
    // Splits every duct passing through chamber `fid` (not ending there) at the chamber.
    [[nodiscard]] ChangeSet splitDuctsAtChamber(std::int64_t chamber) const;
    // Merges duct `second` into `first` where they meet end to end; `first` keeps
    // its attributes, `second` is deleted. Refuses ducts that do not meet.
    [[nodiscard]] ChangeSet mergeDucts(std::int64_t first, std::int64_t second) const;

    // The vertices of duct `fid`; throws StoreError when there is no such duct.
    [[nodiscard]] std::vector<Coordinate> ductVertices(std::int64_t fid) const;
    // The ref of a chamber at `at` (lowest fid), or NULL.
    [[nodiscard]] Value chamberRefAt(const Coordinate& at) const;

private:
    [[nodiscard]] Feature readFeature(const std::string& table, std::int64_t fid) const;
    [[nodiscard]] ChangeSet splitAt(const Feature& duct, const Coordinate& at,
                                    const Value& chamberRef,
                                    std::vector<std::string>& takenRefs) const;

    std::shared_ptr<const FeatureLookup> owned_;
    const FeatureLookup* lookup_;
};

}  // namespace gigamap::core
