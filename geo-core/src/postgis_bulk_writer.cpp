#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "gigamap/core/bulk_writer.h"
#include "gigamap/core/change_notice.h"
#include "gigamap/core/error.h"
#include "gigamap/core/finite_coordinates.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_project.h"
#include "pg_copy_rows.h"
#include "pg_names.h"
#include "stored_values.h"

namespace gigamap::core {
namespace {

// New rows are sent to the server in binary COPYs of about this many bytes.
constexpr std::size_t kCopyBytes = std::size_t{16} << 20;

// A key value as text, with its type, for the set of keys a layer holds.
std::string keyText(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return "t" + *text;
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return "i" + std::to_string(*integer);
    }
    return "r" + fmt::format("{}", std::get<double>(value));
}

void widen(std::optional<BoundingBox>& box, const BoundingBox& more) {
    if (!box) {
        box = more;
        return;
    }
    box->minX = std::min(box->minX, more.minX);
    box->minY = std::min(box->minY, more.minY);
    box->maxX = std::max(box->maxX, more.maxX);
    box->maxY = std::max(box->maxY, more.maxY);
}

// One server layer's writes within the import's transaction. New features are
// gathered in COPY's binary format and sent in large COPYs; anything that reads or
// changes existing rows sends them first, so it sees every earlier write.
// Which natural keys the layer holds is read once per key field, so telling a
// new feature from a re-imported one costs no round trip.
class PostgisLayerWriter final : public LayerWriter {
public:
    PostgisLayerWriter(PgConnection& connection, const Names& names, const LayerSchema& schema,
                       int srid)
        : connection_(connection),
          names_(names),
          schema_(schema),
          srid_(srid),
          table_(names.table(schema.table)) {}

    [[nodiscard]] const LayerSchema& schema() const override { return schema_; }

    void add(const Feature& feature) override {
        requireFields(schema_, feature.attributes);
        const Wkb wkb = storedGeometry(geos_, schema_, feature.geometry);
        rows_.beginRow(static_cast<int>(schema_.fields.size()) + 1);
        for (const auto& field : schema_.fields) {
            rows_.add(storedValue(schema_, field, feature.attribute(field.name)));
        }
        rows_.addGeometry(wkb, srid_);
        for (auto& [field, keys] : keys_) {
            const Value key = storedValue(schema_, *schema_.field(field), feature.attribute(field));
            if (!isNull(key)) {
                keys.insert(keyText(key));
            }
        }
        touched(wkb);
        if (rows_.size() >= kCopyBytes) {
            flush();
        }
    }

    Upserted upsert(std::string_view keyField, const Feature& feature) override {
        const FieldSpec& keySpec = field(keyField);
        const Value key = storedValue(schema_, keySpec, feature.attribute(keySpec.name));
        if (isNull(key) || !knownKeys(keySpec.name).contains(keyText(key))) {
            add(feature);
            return Upserted::Inserted;
        }
        requireFields(schema_, feature.attributes);
        const Wkb wkb = storedGeometry(geos_, schema_, feature.geometry);
        std::vector<Value> parameters{key};
        std::string assignments;
        for (const auto& [name, value] : feature.attributes) {
            parameters.push_back(storedValue(schema_, *schema_.field(name), value));
            assignments += fmt::format("{}{} = ${}", assignments.empty() ? "" : ", ",
                                       names_.column(name), parameters.size());
        }
        if (!wkb.empty()) {
            std::string ewkb;
            appendHexEwkb(ewkb, wkb, srid_);
            parameters.emplace_back(std::move(ewkb));
            assignments += fmt::format("{}geom = ${}::geometry", assignments.empty() ? "" : ", ",
                                       parameters.size());
            widenBy(wkb);
        }
        if (assignments.empty()) {
            return Upserted::Updated;
        }
        flush();
        // The old geometry's box comes back too: a moved feature changed both places.
        const PgResult result = connection_.query(
            fmt::format("UPDATE {0} AS n SET {1} FROM {0} AS o WHERE o.fid = n.fid AND o.{2} = $1 "
                        "RETURNING ST_XMin(o.geom), ST_YMin(o.geom), ST_XMax(o.geom), "
                        "ST_YMax(o.geom)",
                        table_, assignments, names_.column(keySpec.name)),
            parameters);
        changedRows(result);
        return Upserted::Updated;
    }

    bool patchByKey(std::string_view keyField, const Value& key,
                    const std::map<std::string, Value>& attributes) override {
        const FieldSpec& keySpec = field(keyField);
        requireFields(schema_, attributes);
        std::vector<Value> parameters{storedValue(schema_, keySpec, key)};
        std::string assignments;
        for (const auto& [name, value] : attributes) {
            parameters.push_back(storedValue(schema_, *schema_.field(name), value));
            assignments += fmt::format("{}{} = ${}", assignments.empty() ? "" : ", ",
                                       names_.column(name), parameters.size());
        }
        const std::string keyColumn = names_.column(keySpec.name);
        flush();
        const PgResult result = connection_.query(
            fmt::format("UPDATE {} SET {} WHERE {} = $1 RETURNING 1", table_,
                        assignments.empty() ? keyColumn + " = $1" : assignments, keyColumn),
            parameters);
        features_ += result.rows();
        return result.rows() > 0;
    }

    std::int64_t removeWhere(const std::map<std::string, Value>& equals) override {
        requireFields(schema_, equals);
        std::vector<Value> parameters;
        std::string conditions;
        for (const auto& [name, value] : equals) {
            parameters.push_back(storedValue(schema_, *schema_.field(name), value));
            conditions += fmt::format("{}{} = ${}", conditions.empty() ? "" : " AND ",
                                      names_.column(name), parameters.size());
        }
        flush();
        const PgResult result = connection_.query(
            fmt::format("DELETE FROM {} WHERE {} RETURNING ST_XMin(geom), ST_YMin(geom), "
                        "ST_XMax(geom), ST_YMax(geom)",
                        table_, conditions.empty() ? "true" : conditions),
            parameters);
        changedRows(result);
        return result.rows();
    }

    // Sends the features gathered so far.
    void flush() {
        if (rows_.empty()) {
            return;
        }
        std::string columns;
        for (const auto& field : schema_.fields) {
            columns += names_.column(field.name) + ", ";
        }
        connection_.copyIn(
            fmt::format("COPY {} ({}geom) FROM STDIN (FORMAT binary)", table_, columns),
            rows_.finished());
        rows_ = PgBinaryCopyRows{};
    }

    // What the commit tells other desktops: nothing when nothing was written.
    [[nodiscard]] std::optional<ChangeNotice> notice(const std::string& schema) const {
        if (features_ == 0) {
            return std::nullopt;
        }
        return ChangeNotice{schema, schema_.table, "import", features_, box_, {}, 0};
    }

private:
    [[nodiscard]] const FieldSpec& field(std::string_view name) const {
        const FieldSpec* spec = schema_.field(name);
        if (spec == nullptr) {
            throw StoreError(fmt::format("layer {} has no field '{}'", schema_.table, name));
        }
        return *spec;
    }

    std::unordered_set<std::string>& knownKeys(const std::string& keyField) {
        auto it = keys_.find(keyField);
        if (it != keys_.end()) {
            return it->second;
        }
        flush();
        const FieldSpec& spec = field(keyField);
        std::unordered_set<std::string> keys;
        const std::string column = names_.column(keyField);
        const PgResult result = connection_.query(
            fmt::format("SELECT {0} FROM {1} WHERE {0} IS NOT NULL", column, table_));
        keys.reserve(static_cast<std::size_t>(result.rows()));
        for (int row = 0; row < result.rows(); ++row) {
            const std::string text = result.text(row, 0);
            switch (spec.type) {
                case FieldType::Integer:
                    keys.insert("i" + text);
                    break;
                case FieldType::Real:
                    keys.insert(keyText(std::stod(text)));
                    break;
                case FieldType::Text:
                    keys.insert("t" + text);
                    break;
            }
        }
        return keys_.emplace(keyField, std::move(keys)).first->second;
    }

    void touched(const Wkb& wkb) {
        ++features_;
        widenBy(wkb);
    }

    void widenBy(const Wkb& wkb) {
        if (const auto bounds = wkbBounds(wkb)) {
            widen(box_, *bounds);
        }
    }

    // Counts the rows an UPDATE or DELETE returned, widening the box by each
    // one's old geometry (the first four columns: its box, NULL for none).
    void changedRows(const PgResult& result) {
        for (int row = 0; row < result.rows(); ++row) {
            if (!result.isNull(row, 0)) {
                widen(box_, {std::stod(result.text(row, 0)), std::stod(result.text(row, 1)),
                             std::stod(result.text(row, 2)), std::stod(result.text(row, 3))});
            }
        }
        features_ += result.rows();
    }

    PgConnection& connection_;
    const Names& names_;
    const LayerSchema& schema_;
    int srid_;
    std::string table_;
    GeosContext geos_;
    PgBinaryCopyRows rows_;
    std::map<std::string, std::unordered_set<std::string>> keys_;
    std::int64_t features_ = 0;
    std::optional<BoundingBox> box_;
};

// A server project's writes: one PostgreSQL transaction on the project's
// connection, change notices queued in it for every layer written.
class PostgisBulkWriter final : public BulkWriter {
public:
    explicit PostgisBulkWriter(PostgisProject& project)
        : project_(project), names_(project.connection(), project.locator().schema()) {}

    [[nodiscard]] std::string display() const override { return project_.locator().display(); }
    // The schema's name as one file name (any text may name a schema: no folder
    // separator, and an extension of its own so that dots in it stay in the stem).
    [[nodiscard]] std::filesystem::path besidePath() const override {
        std::string name = project_.locator().schema();
        std::replace(name.begin(), name.end(), '/', '_');
        return std::filesystem::current_path() / (name + ".schema");
    }
    [[nodiscard]] int srid() const override { return project_.srid(); }

    [[nodiscard]] LayerWriter& layer(std::string_view table) override {
        auto it = layers_.find(table);
        if (it == layers_.end()) {
            const LayerSchema& schema = layerSchema(table);
            it = layers_
                     .emplace(schema.table,
                              std::make_unique<PostgisLayerWriter>(project_.connection(), names_,
                                                                   schema, project_.srid()))
                     .first;
        }
        return *it->second;
    }
    [[nodiscard]] const FeatureStore& features() override {
        flush();
        return project_.features();
    }
    [[nodiscard]] std::optional<std::string> metaValue(std::string_view key) override {
        const PgResult result = project_.connection().query(
            fmt::format("SELECT value FROM {} WHERE key = $1", names_.table("project_meta")),
            {std::string(key)});
        if (result.rows() == 0 || result.isNull(0, 0)) {
            return std::nullopt;
        }
        return result.text(0, 0);
    }
    void setMetaValue(std::string_view key, std::string_view value) override {
        (void)project_.connection().query(
            fmt::format("INSERT INTO {} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE "
                        "SET value = EXCLUDED.value",
                        names_.table("project_meta")),
            {std::string(key), std::string(value)});
    }
    void setIndexAside(std::string_view /*table*/,
                       SpatialIndexSuspension::Geometry /*geometry*/) override {
        // GiST indexes take bulk inserts well; dropping one would block every
        // other reader and writer of the layer until commit.
    }

private:
    void begin() override {
        layers_.clear();
        transaction_.emplace(project_.connection());
    }
    void commit() override {
        flush();
        for (const auto& [table, layer] : layers_) {
            if (const auto notice = layer->notice(project_.locator().schema())) {
                publishChange(project_.connection(), *notice);
            }
        }
        transaction_->commit();
        transaction_.reset();
        layers_.clear();
    }
    void rollback() noexcept override {
        transaction_.reset();  // ROLLBACK
        layers_.clear();
    }

    void flush() {
        for (auto& [table, layer] : layers_) {
            layer->flush();
        }
    }

    PostgisProject& project_;
    Names names_;
    std::optional<PgTransaction> transaction_;
    std::map<std::string, std::unique_ptr<PostgisLayerWriter>, std::less<>> layers_;
};

}  // namespace

std::unique_ptr<BulkWriter> bulkWriter(PostgisProject& project) {
    return std::make_unique<PostgisBulkWriter>(project);
}

}  // namespace gigamap::core
