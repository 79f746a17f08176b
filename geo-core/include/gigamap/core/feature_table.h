#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/layer_writer.h"

namespace gigamap::core {

class SqliteDatabase;

// Reads and writes the features of one layer of a project: attributes by field
// name, geometry as WKB. Each write is a transaction of its own, or a savepoint
// inside the caller's Transaction. Geometry is checked against the layer's type
// (a Polygon given to a MultiPolygon layer is promoted) and stored in 2D.
// Statements are prepared once per table, so bulk inserts stay fast.
class FeatureTable final : public LayerWriter {
public:
    FeatureTable(SqliteDatabase& db, const LayerSchema& schema, int srid);
    FeatureTable(const FeatureTable&) = delete;
    FeatureTable& operator=(const FeatureTable&) = delete;
    ~FeatureTable() override;

    [[nodiscard]] const LayerSchema& schema() const override;

    // Inserts a feature and returns its fid: feature.fid when it is positive
    // (restoring a deleted feature), otherwise a new one.
    std::int64_t insert(const Feature& feature);
    // insert() for an import, which needs no fid back.
    void add(const Feature& feature) override;
    // Replaces the whole row feature.fid: attributes not given become NULL, an
    // empty geometry becomes NULL. Throws StoreError when there is no such fid.
    void update(const Feature& feature);
    // Sets only the given attributes of feature `fid`, and its geometry when
    // `geometry` is not null; other fields keep their values. Throws StoreError
    // when there is no such fid.
    void patch(std::int64_t fid, const std::map<std::string, Value>& attributes,
               const Wkb* geometry = nullptr);
    // Sets the given attributes of every feature whose `keyField` equals `key`
    // (a natural key: at most one); false when there is none.
    bool patchByKey(std::string_view keyField, const Value& key,
                    const std::map<std::string, Value>& attributes) override;
    // Re-import by natural key: when a feature whose `keyField` equals the
    // feature's own value exists, sets the given attributes and geometry on it
    // (patch); otherwise inserts the feature.
    Upserted upsert(std::string_view keyField, const Feature& feature) override;
    // Deletes feature `fid`; throws StoreError when there is no such fid.
    void remove(std::int64_t fid);
    std::int64_t removeWhere(const std::map<std::string, Value>& equals) override;

    // The fid of the feature whose `field` equals `value` (the lowest, if several).
    [[nodiscard]] std::optional<std::int64_t> findByKey(std::string_view field,
                                                        const Value& value) const;

    [[nodiscard]] std::optional<Feature> read(std::int64_t fid) const;
    // The feature findByKey finds, read.
    [[nodiscard]] std::optional<Feature> readByKey(std::string_view field,
                                                   const Value& value) const;
    // Ids of the features whose bounding box meets `box`, in ascending order,
    // found through the layer's spatial index.
    [[nodiscard]] std::vector<std::int64_t> idsInBox(const BoundingBox& box) const;
    // Ids, ascending, of the features whose fields equal all the given values
    // (all features when `equals` is empty). Field names are checked against the
    // layer and values are bound, never written into SQL.
    [[nodiscard]] std::vector<std::int64_t> idsWhere(
        const std::map<std::string, Value>& equals) const;
    [[nodiscard]] std::int64_t count() const;
    // The bounding box of every geometry, or nothing when the layer has none.
    [[nodiscard]] std::optional<BoundingBox> extent() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace gigamap::core
