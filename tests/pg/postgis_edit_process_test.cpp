// Several editors of one server project in processes of their own
// (gigamap-pg-edit-driver), as desktops on a council's network are: random
// edits on the same features, two moves of one chamber at once, and a writer
// killed with SIGKILL in the middle of its transaction.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <sstream>
#include <thread>

#include "child_process.h"
#include "gigamap/core/coordinate.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_feature_lookup.h"
#include "gigamap/core/postgis_project.h"
#include "pg_test_support.h"
#include "server_network.h"

namespace gigamap::test {
namespace {

using core::PostgisProject;

// Polls the server until `holds` does, for up to 30 s; whether it did.
template <typename Condition>
bool waitUntil(const Condition& holds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!holds()) {
        if (std::chrono::steady_clock::now() > until) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

class PostgisEditProcessTest : public ServerTest {
protected:
    void SetUp() override {
        uri_ = schemaUri("procs");
        auto project =
            PostgisProject::create(core::ProjectLocator::parse(uri_), {"Lancaster", "EPSG:27700"});
        makeNetwork(project, 5);
    }

    [[nodiscard]] PostgisProject open() const {
        return PostgisProject::open(core::ProjectLocator::parse(uri_));
    }

    static std::unique_ptr<ChildProcess> driver(const std::vector<std::string>& args) {
        return std::make_unique<ChildProcess>(GIGAMAP_PG_EDIT_DRIVER, args);
    }

    std::string uri_;
};

TEST_F(PostgisEditProcessTest, FourProcessesOfRandomEditsLoseNoEditAndTheLogReplaysToTheRows) {
    constexpr int kProcesses = 4;
    constexpr int kEdits = 200;
    auto project = open();
    const int before = editLogRows(project);
    std::vector<std::unique_ptr<ChildProcess>> editors;
    for (int i = 0; i < kProcesses; ++i) {
        editors.push_back(driver({"random", uri_, std::to_string(i + 1), std::to_string(kEdits)}));
    }
    int committed = 0;
    int kept = 0;
    int conflicts = 0;
    int changes = 0;
    int lost = 0;  // feature changes written over a version their editor never read
    for (auto& editor : editors) {
        int reported = 0;
        for (std::string line = editor->readLine(); line != "done"; line = editor->readLine()) {
            ASSERT_FALSE(line.empty()) << "an editor ended without finishing";
            ++reported;
            std::istringstream words(line);
            std::string outcome;
            int written = 0;
            int unseen = 0;
            words >> outcome >> written >> unseen;
            if (outcome == "committed" || outcome == "kept") {
                ++(outcome == "committed" ? committed : kept);
                changes += written;
                lost += unseen;
            } else if (line == "conflict") {
                ++conflicts;
            } else {
                FAIL() << "an edit was neither committed nor a conflict: " << line;
            }
        }
        EXPECT_EQ(reported, kEdits);
        EXPECT_EQ(editor->wait(), 0);
    }
    std::cout << fmt::format(
        "[ info ] {} edits committed, {} kept mine after a conflict, {} "
        "conflicts, {} feature changes\n",
        committed, kept, conflicts, changes);
    EXPECT_EQ(committed + kept + conflicts, kProcesses * kEdits);
    EXPECT_GT(conflicts + kept, 0) << "four editors on five chambers never met";
    EXPECT_EQ(lost, 0) << "edits were written over changes their editors had not seen";
    // Every committed feature change is in the log, and nothing else is.
    EXPECT_EQ(editLogRows(project) - before, changes);
    (void)expectRowsEqualEditLogReplay(project);
}

TEST_F(PostgisEditProcessTest, TwoEditorsMovingTheSameChamberAtOnceGiveExactlyOneConflict) {
    auto first = driver({"move", uri_, "3", "350301", "460020"});
    auto second = driver({"move", uri_, "3", "350299", "459980"});
    ASSERT_EQ(first->readLine(), "read");
    ASSERT_EQ(second->readLine(), "read");
    // Both have read chamber 3 and its ducts at version 1; now both write.
    first->writeLine("go");
    second->writeLine("go");
    const std::string one = first->readLine();
    const std::string two = second->readLine();
    EXPECT_EQ(first->wait(), 0);
    EXPECT_EQ(second->wait(), 0);
    const bool firstWon = one == "committed 3";
    EXPECT_TRUE(firstWon ? two == "conflict 3" : one == "conflict 3" && two == "committed 3")
        << one << " / " << two;
    auto project = open();
    const core::PostgisFeatureLookup lookup(project);
    const auto chamber = *lookup.read("chambers", 3);
    EXPECT_EQ(chamber.version, 2);
    EXPECT_EQ(*core::wkbPointCoordinate(chamber.geometry),
              (firstWon ? core::Coordinate{350301, 460020} : core::Coordinate{350299, 459980}));
    (void)expectRowsEqualEditLogReplay(project);
}

TEST_F(PostgisEditProcessTest, AWriterKilledMidTransactionLeavesNothingOfItsEdit) {
    auto project = open();
    const int before = editLogRows(project);
    const std::string held = fmt::format("HELD-{}", getpid());
    // This session takes the new chamber's ref first and does not commit, so
    // the writer's insert waits on the unique index after its updates are made.
    core::PgConnection blocker(core::ProjectLocator::parse(uri_).conninfo());
    core::PgTransaction holding(blocker);
    blocker.query(fmt::format("INSERT INTO {}.chambers (ref) VALUES ($1)",
                              blocker.identifier(project.locator().schema())),
                  {held});
    auto writer = driver({"hold", uri_ + "&application_name=gigamap-held-writer", held});
    ASSERT_EQ(writer->readLine(), "applying");
    // Wait until the server shows the writer in its transaction, blocked on our row.
    const auto waiting = [&] {
        return project.connection()
                   .query(
                       "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                       "'gigamap-held-writer' AND wait_event_type = 'Lock' AND "
                       "xact_start IS NOT NULL AND datname = current_database()")
                   .text(0, 0) == "1";
    };
    ASSERT_TRUE(waitUntil(waiting)) << "the writer never reached the held row";
    writer->killHard();
    EXPECT_EQ(writer->wait(), -SIGKILL);
    holding.commit();  // our row goes in; the dead writer's session must end without a trace

    const auto gone = [&] {
        return project.connection()
                   .query(
                       "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                       "'gigamap-held-writer'")
                   .text(0, 0) == "0";
    };
    ASSERT_TRUE(waitUntil(gone)) << "the killed writer's session is still on the server";
    const core::PostgisFeatureLookup lookup(project);
    for (const auto fid : lookup.idsWhere("chambers", {})) {
        const auto chamber = *lookup.read("chambers", fid);
        EXPECT_NE(chamber.attribute("status"), core::Value{"held"}) << fid;
        EXPECT_EQ(chamber.version, 1) << fid;
    }
    EXPECT_EQ(lookup.idsWhere("chambers", {{"ref", held}}).size(), 1U);  // ours alone
    EXPECT_EQ(editLogRows(project), before);
}

}  // namespace
}  // namespace gigamap::test
