#include "gigamap/core/feature_lookup.h"

#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"

namespace gigamap::core {

std::optional<Feature> ProjectFeatureLookup::read(const std::string& table,
                                                  std::int64_t fid) const {
    return project_.layer(table).read(fid);
}

std::vector<std::int64_t> ProjectFeatureLookup::idsInBox(const std::string& table,
                                                         const BoundingBox& box) const {
    return project_.layer(table).idsInBox(box);
}

std::vector<std::int64_t> ProjectFeatureLookup::idsWhere(
    const std::string& table, const std::map<std::string, Value>& equals) const {
    return project_.layer(table).idsWhere(equals);
}

std::optional<std::int64_t> ProjectFeatureLookup::findByKey(const std::string& table,
                                                            std::string_view field,
                                                            const Value& value) const {
    return project_.layer(table).findByKey(field, value);
}

}  // namespace gigamap::core
