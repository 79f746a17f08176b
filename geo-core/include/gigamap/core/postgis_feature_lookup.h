#pragma once

#include <memory>

#include "gigamap/core/feature_lookup.h"

namespace gigamap::core {

class PostgisProject;
class PostgisRows;

// The network editor's reads on a server project: features with their row
// versions (so the edit they make is checked against them), ids through the
// project's FeatureStore (GiST index for boxes, bound values for fields).
class PostgisFeatureLookup final : public FeatureLookup {
public:
    explicit PostgisFeatureLookup(PostgisProject& project);
    ~PostgisFeatureLookup() override;
    PostgisFeatureLookup(const PostgisFeatureLookup&) = delete;
    PostgisFeatureLookup& operator=(const PostgisFeatureLookup&) = delete;

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
    PostgisProject& project_;
    std::unique_ptr<PostgisRows> rows_;
};

}  // namespace gigamap::core
