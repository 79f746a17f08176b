#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>

#include "gigamap/core/attribute_rules.h"
#include "gigamap/core/edit_journal.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feature_json.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/network_check.h"
#include "gigamap/core/network_editor.h"
#include "gigamap/core/project.h"
#include "gigamap/core/snapper.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

constexpr double kX0 = 347000.0;
constexpr double kY0 = 461000.0;

Coordinate at(double dx, double dy) {
    return {kX0 + dx, kY0 + dy};
}

using Snapshot = std::map<std::string, std::map<std::int64_t, std::string>>;

// Every feature of the network's layers as edit-log JSON: equal snapshots, equal stores.
Snapshot snapshot(Project& project) {
    Snapshot all;
    for (const char* table : {"chambers", "nodes", "hotspots", "ducts"}) {
        auto& layer = project.layer(table);
        for (const auto fid : layer.idsWhere({})) {
            all[table][fid] = featureJson(*layer.read(fid));
        }
    }
    return all;
}

// Two chambers C1 (0, 0) and C2 (100, 0) joined by duct D1; chamber C3 at
// (100, 100) reached from C2 by duct D2 through a vertex at (120, 50); a
// cabinet at (0, 100).
class NetworkEditingTest : public test::ProjectTest {
protected:
    void SetUp() override {
        project_.emplace(Project::create(projectPath_, {"network", "EPSG:27700"}));
        journal_.emplace(*project_, "tester");
        editor_.emplace(*project_);
        c1_ = addChamber("C1", at(0, 0));
        c2_ = addChamber("C2", at(100, 0));
        c3_ = addChamber("C3", at(100, 100));
        d1_ = apply(editor_->addDuct({at(0, 0), at(100, 0)}, {{"ref", std::string("D1")},
                                                              {"status", std::string("existing")}}))
                  .front()
                  .fid();
        d2_ = apply(editor_->addDuct(
                        {at(100, 0), at(120, 50), at(100, 100)},
                        {{"ref", std::string("D2")}, {"status", std::string("planned")}}))
                  .front()
                  .fid();
        cabinet_ = apply(editor_->addFeature("nodes", {0,
                                                       {{"kind", std::string("cabinet")},
                                                        {"name", std::string("Cab 1")},
                                                        {"status", std::string("existing")}},
                                                       pointWkb(kX0, kY0 + 100)}))
                       .front()
                       .fid();
    }

    std::int64_t addChamber(const std::string& ref, const Coordinate& where) {
        return apply(editor_->addChamber({0,
                                          {{"ref", ref}, {"status", std::string("existing")}},
                                          pointWkb(where.x, where.y)}))
            .front()
            .fid();
    }
    ChangeSet apply(const ChangeSet& changes) { return journal_->apply(changes); }
    Feature duct(std::int64_t fid) { return *project_->layer("ducts").read(fid); }
    std::vector<Coordinate> vertices(std::int64_t fid) { return editor_->ductVertices(fid); }
    std::int64_t logRows() {
        return std::get<std::int64_t>(
            project_->database().queryValue("SELECT count(*) FROM edit_log"));
    }

    std::optional<Project> project_;
    std::optional<EditJournal> journal_;
    std::optional<NetworkEditor> editor_;
    std::int64_t c1_ = 0, c2_ = 0, c3_ = 0, d1_ = 0, d2_ = 0, cabinet_ = 0;
};

TEST_F(NetworkEditingTest, NewDuctNamesTheChambersAtItsEnds) {
    EXPECT_EQ(duct(d1_).attribute("from_chamber"), Value(std::string("C1")));
    EXPECT_EQ(duct(d1_).attribute("to_chamber"), Value(std::string("C2")));
    const auto loose = apply(editor_->addDuct({at(0, 0), at(50, 50)}, {}));
    EXPECT_EQ(duct(loose.front().fid()).attribute("from_chamber"), Value(std::string("C1")));
    EXPECT_TRUE(isNull(duct(loose.front().fid()).attribute("to_chamber")));
    EXPECT_THROW((void)editor_->addDuct({at(5, 5), at(5, 5)}, {}), GeometryError);
}

TEST_F(NetworkEditingTest, EachChangeIsLoggedWithBeforeAndAfter) {
    const auto rows = logRows();
    const auto moved = apply(editor_->movePoint("chambers", c2_, at(100, 10)));
    ASSERT_EQ(moved.size(), 3u);  // the chamber and the ends of D1 and D2
    EXPECT_EQ(logRows(), rows + 3);
    auto stmt = project_->database().prepare(
        "SELECT user, table_name, fid, action, before, after, at FROM edit_log ORDER BY id DESC "
        "LIMIT 3");
    std::map<std::pair<std::string, std::int64_t>, std::pair<std::string, std::string>> logged;
    while (stmt.step()) {
        EXPECT_EQ(stmt.columnText(0), "tester");
        EXPECT_EQ(stmt.columnText(3), "update");
        EXPECT_EQ(stmt.columnText(6).size(), 24u);  // 2026-11-27T12:00:00.000Z
        logged[{stmt.columnText(1), stmt.columnInt64(2)}] = {stmt.columnText(4),
                                                             stmt.columnText(5)};
    }
    ASSERT_TRUE(logged.contains({"chambers", c2_}));
    const Feature before = featureFromJson(logged[{"chambers", c2_}].first);
    const Feature after = featureFromJson(logged[{"chambers", c2_}].second);
    EXPECT_EQ(wkbPointCoordinate(before.geometry), at(100, 0));
    EXPECT_EQ(wkbPointCoordinate(after.geometry), at(100, 10));
    const std::pair<std::string, std::int64_t> ductKey{"ducts", d1_};
    EXPECT_NE(logged[ductKey].second.find("LINESTRING"), std::string::npos);
}

TEST_F(NetworkEditingTest, MovingAChamberTakesTheEndsOfItsDuctsAlong) {
    const Snapshot original = snapshot(*project_);
    EXPECT_EQ(editor_->attachedDucts("chambers", c2_), (std::vector<std::int64_t>{d1_, d2_}));
    const auto moved = apply(editor_->movePoint("chambers", c2_, at(90, -20)));
    EXPECT_EQ(vertices(d1_), (std::vector<Coordinate>{at(0, 0), at(90, -20)}));
    EXPECT_EQ(vertices(d2_), (std::vector<Coordinate>{at(90, -20), at(120, 50), at(100, 100)}));
    apply(inverted(moved));
    EXPECT_EQ(snapshot(*project_), original);
    apply(moved);  // redo
    EXPECT_EQ(vertices(d1_).back(), at(90, -20));
}

TEST_F(NetworkEditingTest, MovingANodeTakesCoincidentDuctEndsAlong) {
    const auto spur = apply(editor_->addDuct({at(0, 100), at(0, 0)}, {})).front().fid();
    apply(editor_->movePoint("nodes", cabinet_, at(-10, 100)));
    EXPECT_EQ(vertices(spur).front(), at(-10, 100));
    EXPECT_EQ(vertices(spur).back(), at(0, 0));
}

TEST_F(NetworkEditingTest, AChamberPlacedOnADuctSplitsIt) {
    const Snapshot original = snapshot(*project_);
    const auto added =
        apply(editor_->addChamber({0,
                                   {{"ref", std::string("C4")}, {"status", std::string("planned")}},
                                   pointWkb(kX0 + 40, kY0)}));
    ASSERT_EQ(added.size(), 3u);
    EXPECT_EQ(vertices(d1_), (std::vector<Coordinate>{at(0, 0), at(40, 0)}));
    EXPECT_EQ(duct(d1_).attribute("to_chamber"), Value(std::string("C4")));
    const std::int64_t rest = added[2].fid();
    EXPECT_EQ(vertices(rest), (std::vector<Coordinate>{at(40, 0), at(100, 0)}));
    EXPECT_EQ(duct(rest).attribute("ref"), Value(std::string("D1/2")));
    EXPECT_EQ(duct(rest).attribute("from_chamber"), Value(std::string("C4")));
    EXPECT_EQ(duct(rest).attribute("to_chamber"), Value(std::string("C2")));
    EXPECT_EQ(duct(rest).attribute("status"), Value(std::string("existing")));
    apply(inverted(added));
    EXPECT_EQ(snapshot(*project_), original);
}

TEST_F(NetworkEditingTest, SplitAtAnExistingChamberAndMergeBack) {
    // A chamber beside D2's middle vertex first, then split there on demand.
    const auto c5 =
        apply(editor_->addFeature("chambers",
                                  {0, {{"ref", std::string("C5")}}, pointWkb(kX0 + 120, kY0 + 50)}))
            .front()
            .fid();
    const Snapshot unsplit = snapshot(*project_);
    const auto split = apply(editor_->splitDuctsAtChamber(c5));
    EXPECT_EQ(vertices(d2_), (std::vector<Coordinate>{at(100, 0), at(120, 50)}));
    const auto rest = split[1].fid();
    EXPECT_EQ(vertices(rest), (std::vector<Coordinate>{at(120, 50), at(100, 100)}));
    const auto merged = apply(editor_->mergeDucts(d2_, rest));
    EXPECT_EQ(vertices(d2_), (std::vector<Coordinate>{at(100, 0), at(120, 50), at(100, 100)}));
    EXPECT_EQ(duct(d2_).attribute("to_chamber"), Value(std::string("C3")));
    EXPECT_FALSE(project_->layer("ducts").read(rest));
    apply(inverted(merged));
    apply(inverted(split));
    EXPECT_EQ(snapshot(*project_), unsplit);
    EXPECT_THROW((void)editor_->mergeDucts(d1_, d1_), GeometryError);
    const auto apart = apply(editor_->addDuct({at(300, 300), at(400, 300)}, {})).front().fid();
    EXPECT_THROW((void)editor_->mergeDucts(d1_, apart), GeometryError);
}

TEST_F(NetworkEditingTest, MergeReversesTheSecondDuctWhereNeeded) {
    // D1 ends at C2 and D2 starts there: merging D2 into D1 appends it; merging
    // a duct drawn towards C1 into D1 reverses it.
    const auto towards = apply(editor_->addDuct({at(-50, 0), at(0, 0)}, {})).front().fid();
    apply(editor_->mergeDucts(d1_, towards));
    EXPECT_EQ(vertices(d1_), (std::vector<Coordinate>{at(-50, 0), at(0, 0), at(100, 0)}));
    EXPECT_TRUE(isNull(duct(d1_).attribute("from_chamber")));
    EXPECT_EQ(duct(d1_).attribute("to_chamber"), Value(std::string("C2")));
}

TEST_F(NetworkEditingTest, VertexEditsUndoExactly) {
    const Snapshot original = snapshot(*project_);
    const auto inserted = apply(editor_->insertVertex(d1_, 1, at(50, 5)));
    EXPECT_EQ(vertices(d1_).size(), 3u);
    const auto moved = apply(editor_->moveVertex(d1_, 1, at(50, -5)));
    EXPECT_EQ(vertices(d1_)[1], at(50, -5));
    const auto deleted = apply(editor_->deleteVertex(d1_, 1));
    EXPECT_EQ(vertices(d1_).size(), 2u);
    EXPECT_THROW((void)editor_->deleteVertex(d1_, 0), GeometryError);
    apply(inverted(deleted));
    apply(inverted(moved));
    apply(inverted(inserted));
    EXPECT_EQ(snapshot(*project_), original);
}

TEST_F(NetworkEditingTest, MovingADuctEndOntoAChamberNamesIt) {
    apply(editor_->moveVertex(d1_, 1, at(100, 100)));
    EXPECT_EQ(duct(d1_).attribute("to_chamber"), Value(std::string("C3")));
    apply(editor_->moveVertex(d1_, 1, at(70, 70)));
    EXPECT_TRUE(isNull(duct(d1_).attribute("to_chamber")));
}

TEST_F(NetworkEditingTest, DeletingAChamberClearsTheDuctsRefsAndUndoRestoresThem) {
    const Snapshot original = snapshot(*project_);
    const auto deleted = apply(editor_->deleteFeature("chambers", c2_));
    EXPECT_EQ(deleted.size(), 3u);
    EXPECT_TRUE(isNull(duct(d1_).attribute("to_chamber")));
    EXPECT_TRUE(isNull(duct(d2_).attribute("from_chamber")));
    apply(inverted(deleted));
    EXPECT_EQ(snapshot(*project_), original);
    EXPECT_TRUE(project_->layer("chambers").read(c2_));  // the same fid
}

TEST_F(NetworkEditingTest, AnUndoOfAFeatureChangedSinceIsRefusedWhole) {
    const auto moved = apply(editor_->movePoint("chambers", c2_, at(100, 10)));
    project_->layer("ducts").patch(d2_, {{"owner", std::string("someone else")}});
    const Snapshot now = snapshot(*project_);
    EXPECT_THROW(apply(inverted(moved)), StoreError);
    EXPECT_EQ(snapshot(*project_), now);
}

TEST_F(NetworkEditingTest, AReadOnlyProjectIsNotEdited) {
    Project readOnly = Project::open(projectPath_, Project::Access::ReadOnly);
    EditJournal journal(readOnly, "tester");
    EXPECT_THROW(journal.apply(NetworkEditor(readOnly).movePoint("chambers", c1_, at(1, 1))),
                 StoreError);
}

TEST_F(NetworkEditingTest, SnapsToChambersBeforeDuctsAndToVerticesBeforeSegments) {
    const Snapper snapper(*project_);
    auto match = snapper.snap(at(101, 2), 5.0);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->kind, SnapMatch::Kind::Chamber);
    EXPECT_EQ(match->fid, c2_);
    EXPECT_EQ(match->at, at(100, 0));
    EXPECT_EQ(match->label, "chamber C2");
    match = snapper.snap(at(118, 52), 5.0);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->kind, SnapMatch::Kind::DuctVertex);
    EXPECT_EQ(match->label, "vertex 2 of duct D2");
    match = snapper.snap(at(40, 3), 5.0);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->kind, SnapMatch::Kind::DuctSegment);
    EXPECT_EQ(match->at, at(40, 0));
    EXPECT_FALSE(snapper.snap(at(40, 6), 5.0));
    match = snapper.snap(at(1, 99), 5.0);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->kind, SnapMatch::Kind::Node);
    EXPECT_EQ(match->label, "cabinet Cab 1");
    match = snapper.snap(at(101, 2), 5.0, {{"chambers", c2_}});
    ASSERT_TRUE(match);
    EXPECT_EQ(match->kind, SnapMatch::Kind::DuctEnd);
}

TEST_F(NetworkEditingTest, NetworkCheckFindsEachPlantedProblem) {
    EXPECT_TRUE(NetworkCheck(*project_).run().empty());
    // A loose end, two chambers 0.3 m apart, a duct along D1, a zero-length duct,
    // and D2 naming the wrong chamber.
    const auto loose = apply(editor_->addDuct({at(100, 100), at(200, 150)}, {})).front().fid();
    const auto close = addChamber("C6", at(200, 150.3));
    // Put in the store directly, as an import would: the editor would have named it on the duct.
    const auto near =
        project_->layer("chambers")
            .insert({0,
                     {{"ref", std::string("C7")}, {"status", std::string("existing")}},
                     pointWkb(kX0 + 200, kY0 + 150)});
    const auto along =
        apply(editor_->addFeature("ducts", {0, {}, lineWkb({at(20, 0), at(60, 0)})})).front().fid();
    const auto zero =
        apply(editor_->addFeature("ducts", {0, {}, lineWkb({at(300, 0), at(300, 0)})}))
            .front()
            .fid();
    apply(editor_->changeAttributes("ducts", d2_, {{"to_chamber", std::string("C1")}}));
    const auto problems = NetworkCheck(*project_).run();
    std::map<NetworkProblem::Kind, std::vector<std::vector<std::int64_t>>> found;
    for (const auto& problem : problems) {
        found[problem.kind].push_back(problem.fids);
    }
    EXPECT_EQ(found[NetworkProblem::Kind::ChambersTooClose],
              (std::vector<std::vector<std::int64_t>>{{close, near}}));
    EXPECT_EQ(found[NetworkProblem::Kind::OverlappingDucts],
              (std::vector<std::vector<std::int64_t>>{{d1_, along}}));
    EXPECT_EQ(found[NetworkProblem::Kind::ZeroLengthDuct],
              (std::vector<std::vector<std::int64_t>>{{zero}}));
    // The loose duct now ends on C7; `along`'s ends are on nothing.
    EXPECT_EQ(found[NetworkProblem::Kind::LooseDuctEnd],
              (std::vector<std::vector<std::int64_t>>{{along}, {along}}));
    // D2 names C1; the duct to C7 was drawn before C7 existed, so it names none.
    EXPECT_EQ(found[NetworkProblem::Kind::ChamberRefMismatch],
              (std::vector<std::vector<std::int64_t>>{{d2_}, {loose}}));
    for (const auto& problem : problems) {
        if (problem.kind == NetworkProblem::Kind::OverlappingDucts) {
            EXPECT_NEAR(problem.at.x, kX0 + 40, 1e-9);
        }
    }
}

TEST(AttributeRules, DomainListsAndValidation) {
    const LayerSchema& ducts = layerSchema("ducts");
    EXPECT_TRUE(fieldRule("ducts", "status").mandatory);
    EXPECT_EQ(fieldRule("nodes", "kind").values.size(), 5u);
    EXPECT_FALSE(fieldRule("ducts", "owner").closedList);
    const std::map<std::string, Value> good{{"status", std::string("planned")},
                                            {"diameter_mm", 110.0},
                                            {"planned_start", std::string("2026-05-01")},
                                            {"planned_end", std::string("2026-05-01")}};
    EXPECT_TRUE(validateAttributes(ducts, good).empty());
    auto bad = good;
    bad["diameter_mm"] = 0.0;
    bad["planned_end"] = std::string("2026-04-30");
    bad["surface"] = std::string("motorway");
    bad.erase("status");
    const auto problems = validateAttributes(ducts, bad);
    EXPECT_EQ(problems.size(), 4u);
    EXPECT_NE(
        std::find(problems.begin(), problems.end(), "planned_end cannot be before planned_start"),
        problems.end());
    EXPECT_NE(std::find(problems.begin(), problems.end(), "status is required"), problems.end());
    EXPECT_NE(std::find(problems.begin(), problems.end(), "diameter_mm must be positive"),
              problems.end());
}

TEST_F(NetworkEditingTest, AChamberPlacedOnADuctEndIsNamedThere) {
    const auto loose = apply(editor_->addDuct({at(100, 100), at(200, 150)}, {})).front().fid();
    EXPECT_TRUE(isNull(duct(loose).attribute("to_chamber")));
    const auto added =
        apply(editor_->addChamber({0,
                                   {{"ref", std::string("C8")}, {"status", std::string("planned")}},
                                   pointWkb(kX0 + 200, kY0 + 150)}));
    ASSERT_EQ(added.size(), 2U);  // the chamber, and the duct that now ends on it
    EXPECT_EQ(duct(loose).attribute("to_chamber"), Value(std::string("C8")));
    EXPECT_EQ(vertices(loose).back(), at(200, 150));
    apply(inverted(added));
    EXPECT_TRUE(isNull(duct(loose).attribute("to_chamber")));
}

TEST_F(NetworkEditingTest, SettingAttributesToTheirValuesIsNoChange) {
    const Feature duct = *project_->layer("ducts").read(d1_);
    EXPECT_TRUE(editor_->changeAttributes("ducts", d1_, duct.attributes).empty());
    EXPECT_TRUE(editor_->changeAttributes("ducts", d1_, {{"ref", std::string("D1")}}).empty());
    EXPECT_EQ(editor_->changeAttributes("ducts", d1_, {{"ref", std::string("D9")}}).size(), 1U);
}

}  // namespace
}  // namespace gigamap::core
