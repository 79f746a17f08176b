#include "gigamap/core/postgis_edit_journal.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <utility>

#include "gigamap/core/change_notice.h"
#include "gigamap/core/edit_conflict.h"
#include "gigamap/core/feature_json.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_project.h"
#include "postgis_rows.h"

namespace gigamap::core {
namespace {

using RowKey = std::pair<std::string, std::int64_t>;

// The rows a change set must find at the version it read (updates, deletes)
// or must not find at all (inserts that bring their own fid, as an undone delete does).
std::map<std::string, std::vector<std::int64_t>> touchedRows(const ChangeSet& changes) {
    std::map<std::string, std::set<std::int64_t>> sets;
    for (const auto& change : changes) {
        if (change.fid() > 0) {
            sets[change.table].insert(change.fid());
        }
    }
    std::map<std::string, std::vector<std::int64_t>> rows;
    for (auto& [table, fids] : sets) {
        rows.emplace(table, std::vector<std::int64_t>(fids.begin(), fids.end()));
    }
    return rows;
}

bool stillAsRead(const FeatureChange& change, const std::optional<Feature>& current) {
    if (change.action() == FeatureChange::Action::Insert) {
        return !current;
    }
    return current && current->version == change.before->version;
}

// The extent of a layer's changes: old and new geometries together.
class ChangedLayers {
public:
    void add(const FeatureChange& change) {
        Layer& layer = layers_[change.table];
        ++layer.features;
        const char* action = actionName(change.action());
        layer.action = layer.action.empty() || layer.action == action ? action : "edit";
        for (const auto* state : {&change.before, &change.after}) {
            if (*state && !(*state)->geometry.empty()) {
                const BoundingBox box = geos_.readWkb((*state)->geometry).envelope();
                layer.box = layer.box ? BoundingBox{std::min(layer.box->minX, box.minX),
                                                    std::min(layer.box->minY, box.minY),
                                                    std::max(layer.box->maxX, box.maxX),
                                                    std::max(layer.box->maxY, box.maxY)}
                                      : box;
            }
        }
    }
    void publish(PgConnection& connection, const std::string& schema) const {
        for (const auto& [table, layer] : layers_) {
            ChangeNotice notice;
            notice.schema = schema;
            notice.table = table;
            notice.action = layer.action;
            notice.features = layer.features;
            notice.box = layer.box;
            publishChange(connection, notice);
        }
    }

private:
    struct Layer {
        std::string action;
        std::int64_t features = 0;
        std::optional<BoundingBox> box;
    };
    GeosContext geos_;
    std::map<std::string, Layer> layers_;
};

}  // namespace

PostgisEditJournal::PostgisEditJournal(PostgisProject& project)
    : project_(project),
      rows_(std::make_unique<PostgisRows>(project.connection(), project.locator().schema(),
                                          project.srid())) {}

PostgisEditJournal::~PostgisEditJournal() = default;

ChangeSet PostgisEditJournal::apply(const ChangeSet& changes) {
    project_.requireWritable();
    PgConnection& connection = project_.connection();
    const std::string& schema = project_.locator().schema();
    PgTransaction transaction(connection);

    // Lock every touched row (tables by name, rows by fid) and compare versions.
    std::map<RowKey, Feature> current;
    for (const auto& [table, fids] : touchedRows(changes)) {
        for (auto& feature : rows_->read(table, fids, true)) {
            current.emplace(RowKey{table, feature.fid}, std::move(feature));
        }
    }
    const auto log = connection.identifier(schema) + "." + connection.identifier("edit_log");
    std::vector<RowConflict> conflicts;
    for (const auto& change : changes) {
        const auto found = current.find({change.table, change.fid()});
        std::optional<Feature> theirs;
        if (found != current.end()) {
            theirs = found->second;
        }
        if (change.fid() > 0 && !stillAsRead(change, theirs)) {
            const auto by = connection.query(
                fmt::format("SELECT \"user\" FROM {} WHERE table_name = $1 AND fid = $2 "
                            "ORDER BY id DESC LIMIT 1",
                            log),
                {change.table, change.fid()});
            conflicts.push_back({change.table, change.fid(), change.before, change.after,
                                 std::move(theirs), by.rows() > 0 ? by.text(0, 0) : ""});
        }
    }
    if (!conflicts.empty()) {
        throw EditConflict(project_.locator().display(), std::move(conflicts));
    }

    const std::string insertLog = fmt::format(
        "INSERT INTO {} (at, \"user\", table_name, fid, action, before, after) VALUES ("
        "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "current_user, $1, $2, $3, $4, $5)",
        log);
    ChangedLayers changed;
    ChangeSet applied;
    applied.reserve(changes.size());
    for (const FeatureChange& change : changes) {
        FeatureChange done{change.table, std::nullopt, std::nullopt};
        if (change.before) {
            done.before = current.at({change.table, change.fid()});
        }
        switch (change.action()) {
            case FeatureChange::Action::Insert:
                done.after = rows_->insert(change.table, *change.after);
                break;
            case FeatureChange::Action::Update: {
                Feature after = *change.after;
                after.fid = change.before->fid;
                done.after = rows_->update(change.table, after);
                break;
            }
            case FeatureChange::Action::Delete:
                rows_->remove(change.table, change.before->fid);
                break;
        }
        // A row changed twice in one set is at its new version for the second change.
        if (done.after) {
            current.insert_or_assign(RowKey{done.table, done.after->fid}, *done.after);
        }
        const auto json = [](const std::optional<Feature>& state) -> Value {
            return state ? Value{featureJson(*state)} : Value{};
        };
        (void)connection.query(insertLog,
                               {done.table, done.fid(), std::string(actionName(done.action())),
                                json(done.before), json(done.after)});
        changed.add(done);
        applied.push_back(std::move(done));
    }
    changed.publish(connection, schema);
    transaction.commit();
    return applied;
}

}  // namespace gigamap::core
