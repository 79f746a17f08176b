#include "gigamap/core/edit_journal.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <utility>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_json.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/transaction.h"

namespace gigamap::core {
namespace {

std::string utcNowMillis() {
    const auto now =
        std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    const auto seconds = std::chrono::floor<std::chrono::seconds>(now);
    return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03d}Z", seconds,
                       static_cast<int>((now - seconds).count()));
}

// The stored row equals `expected` (every field and the geometry's bytes).
bool sameRow(const std::optional<Feature>& stored, const Feature& expected) {
    if (!stored) {
        return false;
    }
    if (stored->geometry != expected.geometry) {
        return false;
    }
    for (const auto& [name, value] : stored->attributes) {
        if (expected.attribute(name) != value) {
            return false;
        }
    }
    return true;
}

StoreError changedElsewhere(const std::string& table, std::int64_t fid) {
    return StoreError(fmt::format(
        "feature {} of layer {} is no longer as this edit expects (changed or deleted since); "
        "nothing was changed",
        fid, table));
}

}  // namespace

EditJournal::EditJournal(Project& project, std::string user)
    : project_(project), user_(std::move(user)) {}

ChangeSet EditJournal::apply(const ChangeSet& changes) {
    SqliteDatabase& db = project_.database();
    if (project_.isReadOnly()) {
        throw StoreError(db.path().string() + " is open read-only; it cannot be edited");
    }
    Transaction transaction(db);
    auto log = db.prepare(
        "INSERT INTO edit_log (at, user, table_name, fid, action, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const std::string at = utcNowMillis();
    ChangeSet applied;
    applied.reserve(changes.size());
    for (const FeatureChange& change : changes) {
        FeatureTable& table = project_.layer(change.table);
        FeatureChange done{change.table, change.before, std::nullopt};
        switch (change.action()) {
            case FeatureChange::Action::Insert: {
                if (change.after->fid > 0 && table.read(change.after->fid)) {
                    throw changedElsewhere(change.table, change.after->fid);
                }
                const std::int64_t fid = table.insert(*change.after);
                done.after = table.read(fid);
                break;
            }
            case FeatureChange::Action::Update: {
                if (!sameRow(table.read(change.before->fid), *change.before)) {
                    throw changedElsewhere(change.table, change.before->fid);
                }
                Feature after = *change.after;
                after.fid = change.before->fid;
                table.update(after);
                done.after = table.read(after.fid);
                break;
            }
            case FeatureChange::Action::Delete:
                if (!sameRow(table.read(change.before->fid), *change.before)) {
                    throw changedElsewhere(change.table, change.before->fid);
                }
                table.remove(change.before->fid);
                break;
        }
        log.reset();
        log.bind(1, at).bind(2, user_).bind(3, done.table).bind(4, done.fid());
        log.bind(5, actionName(done.action()));
        if (done.before) {
            log.bind(6, featureJson(*done.before));
        } else {
            log.bindNull(6);
        }
        if (done.after) {
            log.bind(7, featureJson(*done.after));
        } else {
            log.bindNull(7);
        }
        log.run();
        applied.push_back(std::move(done));
    }
    transaction.commit();
    return applied;
}

}  // namespace gigamap::core
