#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/feature.h"

namespace gigamap::core {

class Project;

// What the network editor reads to work out an edit, the same for both stores:
// whole features (with their row version on a server) and the ids it finds
// by box, by field values and by natural key.
class FeatureLookup {
public:
    virtual ~FeatureLookup() = default;

    [[nodiscard]] virtual std::optional<Feature> read(const std::string& table,
                                                      std::int64_t fid) const = 0;
    // Ids, ascending, of the features whose bounding box meets `box`.
    [[nodiscard]] virtual std::vector<std::int64_t> idsInBox(const std::string& table,
                                                             const BoundingBox& box) const = 0;
    // Ids, ascending, of the features whose fields equal all the given values.
    [[nodiscard]] virtual std::vector<std::int64_t> idsWhere(
        const std::string& table, const std::map<std::string, Value>& equals) const = 0;
    // The lowest fid whose `field` equals `value`.
    [[nodiscard]] virtual std::optional<std::int64_t> findByKey(const std::string& table,
                                                                std::string_view field,
                                                                const Value& value) const = 0;
};

// The lookup of a project file, through its FeatureTables.
class ProjectFeatureLookup final : public FeatureLookup {
public:
    explicit ProjectFeatureLookup(Project& project) : project_(project) {}

    [[nodiscard]] std::optional<Feature> read(const std::string& table,
                                              std::int64_t fid) const override;
    [[nodiscard]] std::vector<std::int64_t> idsInBox(const std::string& table,
                                                     const BoundingBox& box) const override;
    [[nodiscard]] std::vector<std::int64_t> idsWhere(
        const std::string& table, const std::map<std::string, Value>& equals) const override;
    [[nodiscard]] std::optional<std::int64_t> findByKey(const std::string& table,
                                                        std::string_view field,
                                                        const Value& value) const override;

private:
    Project& project_;
};

}  // namespace gigamap::core
