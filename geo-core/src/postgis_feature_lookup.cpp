#include "gigamap/core/postgis_feature_lookup.h"

#include "gigamap/core/feature_store.h"
#include "gigamap/core/postgis_project.h"
#include "postgis_rows.h"

namespace gigamap::core {
namespace {

std::vector<std::int64_t> fidsOf(const FeatureStore& store, const LayerQuery& query) {
    std::vector<std::int64_t> fids;
    store.scan(query, [&](const FeatureRow& row) {
        fids.push_back(row.fid);
        return true;
    });
    return fids;
}

LayerQuery idsOf(const std::string& table, const std::map<std::string, Value>& equals) {
    LayerQuery query(table);
    query.noGeometry().withNullGeometry();
    for (const auto& [field, value] : equals) {
        query.where(FieldCondition::equal(field, value));
    }
    return query;
}

}  // namespace

PostgisFeatureLookup::PostgisFeatureLookup(PostgisProject& project)
    : project_(project),
      rows_(std::make_unique<PostgisRows>(project.connection(), project.locator().schema(),
                                          project.srid())) {}

PostgisFeatureLookup::~PostgisFeatureLookup() = default;

std::optional<Feature> PostgisFeatureLookup::read(const std::string& table,
                                                  std::int64_t fid) const {
    auto found = rows_->read(table, {fid}, false);
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

std::vector<std::int64_t> PostgisFeatureLookup::idsInBox(const std::string& table,
                                                         const BoundingBox& box) const {
    LayerQuery query(table);
    query.noGeometry().inBox(box);
    return fidsOf(project_.features(), query);
}

std::vector<std::int64_t> PostgisFeatureLookup::idsWhere(
    const std::string& table, const std::map<std::string, Value>& equals) const {
    return fidsOf(project_.features(), idsOf(table, equals));
}

std::optional<std::int64_t> PostgisFeatureLookup::findByKey(const std::string& table,
                                                            std::string_view field,
                                                            const Value& value) const {
    const auto fids =
        fidsOf(project_.features(), idsOf(table, {{std::string(field), value}}).first(1));
    if (fids.empty()) {
        return std::nullopt;
    }
    return fids.front();
}

}  // namespace gigamap::core
