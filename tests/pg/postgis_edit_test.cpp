// Editing a server project with several editors: row versions, conflicts
// carrying both versions, keep mine, undo, the edit log and its change
// notices, roles, and text that looks like SQL. Each "editor" is a
// PostgisProject of its own, i.e. its own server session.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include <unistd.h>

#include "cli/cli_runner.h"
#include "gigamap/core/coordinate.h"
#include "gigamap/core/edit_conflict.h"
#include "gigamap/core/feature_json.h"
#include "gigamap/core/network_editor.h"
#include "gigamap/core/pg_change_listener.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_edit_journal.h"
#include "gigamap/core/postgis_feature_lookup.h"
#include "gigamap/core/postgis_project.h"
#include "pg_test_support.h"
#include "server_network.h"

namespace gigamap::test {
namespace {

using core::ChangeSet;
using core::EditConflict;
using core::NetworkEditor;
using core::PostgisEditJournal;
using core::PostgisFeatureLookup;
using core::PostgisProject;

// One person at a desktop: their own session on the project.
struct Editor {
    explicit Editor(const core::ProjectLocator& locator)
        : project(PostgisProject::open(locator)),
          lookup(project),
          network(lookup),
          journal(project) {}

    [[nodiscard]] core::Feature read(const std::string& table, std::int64_t fid) const {
        return *lookup.read(table, fid);
    }

    PostgisProject project;
    PostgisFeatureLookup lookup;
    NetworkEditor network;
    PostgisEditJournal journal;
};

core::Coordinate pointOf(const core::Feature& feature) {
    return *core::wkbPointCoordinate(feature.geometry);
}

class PostgisEditTest : public ServerTest {
protected:
    void SetUp() override {
        locator_ = schemaLocator("edit");
        auto project = PostgisProject::create(locator_, {"Lancaster", "EPSG:27700"});
        makeNetwork(project, 4);
    }

    core::ProjectLocator locator_ = core::ProjectLocator::parse("unused.sqlite");
};

TEST_F(PostgisEditTest, EveryRowStartsAtVersionOneAndEveryUpdateMovesItOnWhoeverMakesIt) {
    Editor me(locator_);
    EXPECT_EQ(me.read("chambers", 2).version, 1);
    const auto applied =
        me.journal.apply(me.network.changeAttributes("chambers", 2, {{"cover", "B125"}}));
    ASSERT_EQ(applied.size(), 1U);
    EXPECT_EQ(applied[0].before->version, 1);
    EXPECT_EQ(applied[0].after->version, 2);
    EXPECT_EQ(me.read("chambers", 2).version, 2);

    // An update from outside gigamap (QGIS, psql) moves the version on too.
    auto& connection = me.project.connection();
    connection.exec(fmt::format("UPDATE {}.chambers SET cover = 'D400' WHERE fid = 2",
                                connection.identifier(locator_.schema())));
    EXPECT_EQ(me.read("chambers", 2).version, 3);
}

TEST_F(PostgisEditTest, AnEditOfARowChangedSinceItWasReadWritesNothingAndCarriesBothVersions) {
    Editor mine(locator_);
    Editor theirs(locator_);
    const int logged = editLogRows(mine.project);
    const auto to = core::Coordinate{350205.5, 460010.25};
    const ChangeSet move = mine.network.movePoint("chambers", 2, to);  // C2 and D1, D2 ends
    ASSERT_EQ(move.size(), 3U);

    (void)theirs.journal.apply(
        theirs.network.changeAttributes("chambers", 2, {{"status", "built"}}));
    try {
        (void)mine.journal.apply(move);
        FAIL() << "the move over their change was committed";
    } catch (const EditConflict& conflict) {
        ASSERT_EQ(conflict.conflicts().size(), 1U);
        const auto& row = conflict.conflicts()[0];
        EXPECT_EQ(row.table, "chambers");
        EXPECT_EQ(row.fid, 2);
        EXPECT_EQ(row.changedBy, "postgres");
        ASSERT_TRUE(row.mine && row.theirs && row.read);
        EXPECT_EQ(pointOf(*row.mine), to);
        EXPECT_EQ(pointOf(*row.theirs), chamberAt(2));
        EXPECT_EQ(row.theirs->attribute("status"), core::Value{"built"});
        EXPECT_EQ(row.mine->attribute("status"), core::Value{"planned"});
        EXPECT_EQ(row.theirs->version, 2);
        EXPECT_NE(std::string(conflict.what()).find("nothing was written"), std::string::npos);

        // Nothing of the move: not the chamber, not the duct ends, not the log.
        EXPECT_EQ(pointOf(mine.read("chambers", 2)), chamberAt(2));
        EXPECT_EQ(mine.read("ducts", 1).version, 1);
        EXPECT_EQ(mine.read("ducts", 2).version, 1);
        EXPECT_EQ(editLogRows(mine.project), logged + 1);

        // Keep mine: my move made again on their row, their status kept.
        const auto kept = mine.journal.apply(core::keepMine(move, conflict));
        ASSERT_EQ(kept.size(), 3U);
        const auto chamber = mine.read("chambers", 2);
        EXPECT_EQ(pointOf(chamber), to);
        EXPECT_EQ(chamber.attribute("status"), core::Value{"built"});
        EXPECT_EQ(chamber.version, 3);
        EXPECT_EQ(NetworkEditor(mine.lookup).ductVertices(1).back(), to);
        EXPECT_EQ(NetworkEditor(mine.lookup).ductVertices(2).front(), to);
    }
    EXPECT_EQ(expectRowsEqualEditLogReplay(mine.project), logged + 4);
}

TEST_F(PostgisEditTest, TakingTheirsLeavesTheirRowAndANetworkMoveIsAllOrNothing) {
    Editor mine(locator_);
    Editor theirs(locator_);
    const ChangeSet move = mine.network.movePoint("chambers", 3, {350300.0, 460050.0});
    // They changed only one of the ducts the move takes along.
    (void)theirs.journal.apply(theirs.network.changeAttributes("ducts", 3, {{"owner", "BT"}}));
    try {
        (void)mine.journal.apply(move);
        FAIL() << "committed";
    } catch (const EditConflict& conflict) {
        ASSERT_EQ(conflict.conflicts().size(), 1U);
        EXPECT_EQ(conflict.conflicts()[0].table, "ducts");
        EXPECT_EQ(conflict.conflicts()[0].fid, 3);
    }
    EXPECT_EQ(pointOf(mine.read("chambers", 3)), chamberAt(3));
    EXPECT_EQ(mine.read("chambers", 3).version, 1);
    EXPECT_EQ(mine.read("ducts", 2).version, 1);
    EXPECT_EQ(mine.read("ducts", 3).attribute("owner"), core::Value{"BT"});
    (void)expectRowsEqualEditLogReplay(mine.project);
}

TEST_F(PostgisEditTest, UndoGoesThroughTheSameCheck) {
    Editor mine(locator_);
    Editor theirs(locator_);
    const auto done =
        mine.journal.apply(mine.network.movePoint("chambers", 1, {349990.0, 460000.0}));
    // Undo straight away works and brings back the rows (at new versions).
    const auto undone = mine.journal.apply(core::inverted(done));
    EXPECT_EQ(pointOf(mine.read("chambers", 1)), chamberAt(1));
    EXPECT_EQ(mine.read("chambers", 1).version, 3);
    // Undo of an edit someone has changed since is a conflict and writes nothing.
    (void)theirs.journal.apply(theirs.network.changeAttributes("ducts", 1, {{"status", "built"}}));
    EXPECT_THROW((void)mine.journal.apply(core::inverted(undone)), EditConflict);
    EXPECT_EQ(pointOf(mine.read("chambers", 1)), chamberAt(1));
    // An undone insert (a delete) of a row they changed, and an undone delete
    // (an insert under its fid) of a fid that is back, are conflicts too.
    core::Feature extra;
    extra.attributes = {{"ref", "C9"}};
    extra.geometry = core::pointWkb(351000.0, 461000.0);
    const auto added = mine.journal.apply(mine.network.addChamber(extra));
    const auto fid = added[0].after->fid;
    (void)theirs.journal.apply(theirs.network.changeAttributes("chambers", fid, {{"owner", "x"}}));
    EXPECT_THROW((void)mine.journal.apply(core::inverted(added)), EditConflict);
    const auto removed = theirs.journal.apply(theirs.network.deleteFeature("chambers", fid));
    (void)theirs.journal.apply(core::inverted(removed));
    EXPECT_THROW((void)theirs.journal.apply(core::inverted(removed)), EditConflict);
    EXPECT_EQ(mine.read("chambers", fid).attribute("owner"), core::Value{"x"});
    (void)expectRowsEqualEditLogReplay(mine.project);
}

TEST_F(PostgisEditTest, TheEditLogRecordsRoleTimeActionBeforeAndAfterAndTheCommitIsAnnounced) {
    core::PgChangeListener listener(locator_);
    Editor me(locator_);
    const auto applied =
        me.journal.apply(me.network.movePoint("chambers", 4, {350410.0, 460000.0}));
    auto& connection = me.project.connection();
    const auto log = connection.query(
        fmt::format("SELECT \"user\", at, table_name, fid, action, before, after FROM {}.edit_log "
                    "ORDER BY id DESC LIMIT 2",
                    connection.identifier(locator_.schema())));
    ASSERT_EQ(log.rows(), 2);
    for (int row = 0; row < 2; ++row) {
        EXPECT_EQ(log.text(row, 0), "postgres");
        EXPECT_TRUE(std::regex_match(log.text(row, 1),
                                     std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")))
            << log.text(row, 1);
        EXPECT_EQ(log.text(row, 4), "update");
    }
    EXPECT_EQ(log.text(1, 2), "chambers");
    EXPECT_EQ(log.text(1, 3), "4");
    EXPECT_EQ(core::featureFromJson(log.text(1, 5)).version, 1);
    EXPECT_EQ(core::featureFromJson(log.text(1, 6)).version, 2);
    EXPECT_EQ(log.text(0, 2), "ducts");

    std::vector<core::ChangeNotice> notices;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (notices.size() < 2 && std::chrono::steady_clock::now() < until) {
        if (listener.wait(std::chrono::milliseconds(200))) {
            for (auto& notice : listener.take()) {
                notices.push_back(std::move(notice));
            }
        }
    }
    ASSERT_EQ(notices.size(), 2U);  // one per layer
    EXPECT_EQ(notices[0].table, "chambers");
    EXPECT_EQ(notices[1].table, "ducts");
    for (const auto& notice : notices) {
        EXPECT_EQ(notice.action, "update");
        EXPECT_EQ(notice.role, "postgres");
        ASSERT_TRUE(notice.box);
        EXPECT_EQ(notice.box->maxX, 350410.0);  // old and new places together
    }
    EXPECT_EQ(notices[0].box->minX, 350400.0);
    EXPECT_EQ(notices[1].box->minX, 350300.0);
    EXPECT_EQ(applied.size(), 2U);
}

class PostgisRolesTest : public ServerTest {
protected:
    void TearDown() override {
        ServerTest::TearDown();  // the schemas first: then nothing is granted to the roles
        core::PgConnection connection(
            core::ProjectLocator::parse(serverUri() + "&schema=x").conninfo());
        for (const auto& role : roles_) {
            connection.exec("DROP ROLE IF EXISTS " + connection.identifier(role));
        }
    }

    // A login role in `group`, and the project's locator as that role.
    core::ProjectLocator loginAs(const core::ProjectLocator& project, const std::string& login,
                                 const std::string& group) {
        core::PgConnection connection(project.conninfo());
        connection.exec(fmt::format("CREATE ROLE {} LOGIN IN ROLE {}", connection.identifier(login),
                                    connection.identifier(group)));
        roles_.push_back(login);
        std::string uri = uriOfSchema(project.schema());
        uri.replace(uri.find("postgres@"), 9, login + "@");
        return core::ProjectLocator::parse(uri);
    }

    std::vector<std::string> roles_;
};

TEST_F(PostgisRolesTest, AViewerOpensReadOnlyAndItsWritesAreRefusedWhileAnEditorEdits) {
    const std::string uri = schemaUri("roles");
    const auto locator = core::ProjectLocator::parse(uri);
    const auto made = runCli({"init", uri, "--roles"});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    const auto roles = core::projectRoles(locator.schema());
    roles_ = {roles.editor, roles.viewer};
    EXPECT_NE(made.out.find(roles.editor), std::string::npos) << made.out;
    EXPECT_NE(made.out.find(roles.viewer), std::string::npos) << made.out;
    {
        auto owner = PostgisProject::open(locator);
        EXPECT_FALSE(owner.isReadOnly());
        makeNetwork(owner, 2);
    }
    const std::string tag = std::to_string(getpid());
    Editor editor(loginAs(locator, "ed_" + tag, roles.editor));
    Editor viewer(loginAs(locator, "vi_" + tag, roles.viewer));
    EXPECT_FALSE(editor.project.isReadOnly());
    EXPECT_TRUE(viewer.project.isReadOnly());

    // The viewer reads everything and writes nothing.
    const ChangeSet change = viewer.network.changeAttributes("chambers", 1, {{"status", "built"}});
    try {
        (void)viewer.journal.apply(change);
        FAIL() << "the viewer's edit was applied";
    } catch (const core::StoreError& error) {
        EXPECT_EQ(std::string(error.what()),
                  fmt::format("{} is open read-only: the role vi_{} may read this project but not "
                              "edit it; the schema's owner can make it a member of the project's "
                              "editor role",
                              viewer.project.locator().display(), tag));
    }
    // The server refuses it too, whatever the client does.
    auto& connection = viewer.project.connection();
    const std::string chambers = connection.identifier(locator.schema()) + ".chambers";
    EXPECT_THROW(connection.exec("UPDATE " + chambers + " SET status = 'x'"), core::StoreError);
    EXPECT_THROW(
        connection.exec("DELETE FROM " + connection.identifier(locator.schema()) + ".edit_log"),
        core::StoreError);

    // The editor's edit goes through and the log names the editor's own login.
    (void)editor.journal.apply(editor.network.movePoint("chambers", 1, {350090.0, 460005.0}));
    EXPECT_EQ(viewer.read("chambers", 1).version, 2);
    const auto who = connection.query(
        fmt::format("SELECT DISTINCT \"user\" FROM {}.edit_log WHERE \"user\" <> 'postgres'",
                    connection.identifier(locator.schema())));
    ASSERT_EQ(who.rows(), 1);
    EXPECT_EQ(who.text(0, 0), "ed_" + tag);
    // The editor may add to the edit log but not rewrite it.
    auto& edits = editor.project.connection();
    EXPECT_THROW(edits.exec("DELETE FROM " + edits.identifier(locator.schema()) + ".edit_log"),
                 core::StoreError);
    (void)expectRowsEqualEditLogReplay(editor.project);
}

TEST_F(PostgisRolesTest, RolesNeedAFileProjectToBeRefusedAndAShortEnoughSchema) {
    const auto file = runCli({"init", dir_.file("a.sqlite").string(), "--roles"});
    EXPECT_EQ(file.exitCode, 1);
    EXPECT_NE(file.err.find("--roles"), std::string::npos) << file.err;
    const auto tooLong = runCli({"init", uriOfSchema(std::string(60, 'x')), "--roles"});
    EXPECT_EQ(tooLong.exitCode, 2);
    EXPECT_NE(tooLong.err.find("too long"), std::string::npos) << tooLong.err;
    core::PgConnection connection(
        core::ProjectLocator::parse(serverUri() + "&schema=x").conninfo());
    EXPECT_EQ(
        connection.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", {std::string(60, 'x')})
            .rows(),
        0)
        << "a refused init leaves no schema";
}

TEST_F(PostgisRolesTest, SqlInSchemaNamesAndFieldValuesIsStoredAsPlainText) {
    const std::string schema = fmt::format("x{}\"; DROP SCHEMA public CASCADE; --", getpid());
    const auto locator = core::ProjectLocator::parse(uriOfSchema(schema));
    {
        auto project =
            PostgisProject::create(locator, {"Robert'); DROP TABLE ducts;--", "EPSG:27700"}, true);
        makeNetwork(project, 2);
    }
    const auto roles = core::projectRoles(schema);
    roles_ = {roles.editor, roles.viewer};
    Editor me(locator);
    const std::vector<std::string> nasty = {"'); DROP TABLE chambers; --", "$1",      "\\x00\\",
                                            "\"quoted\" 'both'",           "a\tb\nc", "%s %n"};
    for (const auto& text : nasty) {
        (void)me.journal.apply(
            me.network.changeAttributes("chambers", 1, {{"owner", text}, {"cover", text}}));
        const auto stored = me.read("chambers", 1);
        EXPECT_EQ(stored.attribute("owner"), core::Value{text});
        EXPECT_EQ(stored.attribute("cover"), core::Value{text});
    }
    EXPECT_EQ(me.project.meta().name, "Robert'); DROP TABLE ducts;--");
    auto& connection = me.project.connection();
    EXPECT_EQ(connection.query("SELECT 1 FROM pg_roles WHERE rolname = $1", {roles.editor}).rows(),
              1);
    EXPECT_EQ(connection.query("SELECT 1 FROM pg_namespace WHERE nspname = 'public'").rows(), 1);
    EXPECT_EQ(me.lookup.idsWhere("ducts", {}).size(), 1U);
    (void)expectRowsEqualEditLogReplay(me.project);
}

}  // namespace
}  // namespace gigamap::test
