#include "server_network.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <utility>

#include "gigamap/core/feature_json.h"
#include "gigamap/core/network_editor.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_edit_journal.h"
#include "gigamap/core/postgis_feature_lookup.h"

namespace gigamap::test {
namespace {

std::string editLog(core::PostgisProject& project) {
    auto& connection = project.connection();
    return connection.identifier(project.locator().schema()) + "." +
           connection.identifier("edit_log");
}

}  // namespace

core::Coordinate chamberAt(int i) {
    return {350000.0 + 100.0 * i, 460000.0};
}

void makeNetwork(core::PostgisProject& project, int chambers) {
    const core::PostgisFeatureLookup lookup(project);
    const core::NetworkEditor editor(lookup);
    core::PostgisEditJournal journal(project);
    for (int i = 1; i <= chambers; ++i) {
        core::Feature chamber;
        chamber.attributes = {{"ref", fmt::format("C{}", i)}, {"status", "planned"}};
        const auto at = chamberAt(i);
        chamber.geometry = core::pointWkb(at.x, at.y);
        (void)journal.apply(editor.addChamber(chamber));
    }
    for (int i = 1; i < chambers; ++i) {
        (void)journal.apply(
            editor.addDuct({chamberAt(i), chamberAt(i + 1)},
                           {{"ref", fmt::format("D{}", i)}, {"status", "planned"}}));
    }
}

int expectRowsEqualEditLogReplay(core::PostgisProject& project) {
    const auto log = project.connection().query(fmt::format(
        "SELECT id, table_name, fid, before, after FROM {} ORDER BY id", editLog(project)));
    std::map<std::pair<std::string, std::int64_t>, std::string> rows;
    int broken = 0;
    for (int i = 0; i < log.rows(); ++i) {
        const std::pair key{log.text(i, 1), std::stoll(log.text(i, 2))};
        const auto found = rows.find(key);
        const bool asLeft = log.isNull(i, 3)
                                ? found == rows.end()
                                : found != rows.end() && found->second == log.text(i, 3);
        if (!asLeft && ++broken <= 3) {
            ADD_FAILURE() << "edit_log " << log.text(i, 0) << " on " << key.first << " "
                          << key.second << " starts from a row the log does not leave it at:\n"
                          << (log.isNull(i, 3) ? "(none)" : log.text(i, 3)) << "\nreplayed:\n"
                          << (found == rows.end() ? "(none)" : found->second);
        }
        if (log.isNull(i, 4)) {
            rows.erase(key);
        } else {
            rows[key] = log.text(i, 4);
        }
    }
    const core::PostgisFeatureLookup lookup(project);
    std::size_t stored = 0;
    for (const std::string table : {"chambers", "ducts"}) {
        for (const auto fid : lookup.idsWhere(table, {})) {
            ++stored;
            const auto replayed = rows.find({table, fid});
            if (replayed == rows.end()) {
                ADD_FAILURE() << table << " " << fid << " is stored but not in the edit log";
            } else {
                EXPECT_EQ(core::featureJson(*lookup.read(table, fid)), replayed->second)
                    << table << " " << fid;
            }
        }
    }
    EXPECT_EQ(stored, rows.size()) << "the edit log leaves rows that are not stored";
    return log.rows();
}

int editLogRows(core::PostgisProject& project) {
    return std::stoi(project.connection()
                         .query(fmt::format("SELECT count(*) FROM {}", editLog(project)))
                         .text(0, 0));
}

}  // namespace gigamap::test
