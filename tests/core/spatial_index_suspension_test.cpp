#include <gtest/gtest.h>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/core/spatial_index_suspension.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/transaction.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

using test::ProjectTest;

std::int64_t triggerCount(const SqliteDatabase& db) {
    return std::get<std::int64_t>(db.queryValue(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'chambers'"));
}

Feature chamberAt(double x, double y) {
    Feature chamber;
    chamber.geometry = pointWkb(x, y);
    return chamber;
}

TEST_F(ProjectTest, SuspendedIndexIsRebuiltAndItsTriggersRestored) {
    auto project = Project::create(projectPath_, {"p", "EPSG:27700"});
    auto& chambers = project.layer("chambers");
    (void)chambers.insert(chamberAt(347000, 461000));
    const auto triggers = triggerCount(project.database());
    {
        Transaction transaction(project.database());
        SpatialIndexSuspension bulk(project.database(), "chambers");
        EXPECT_LT(triggerCount(project.database()), triggers);
        for (int i = 1; i <= 100; ++i) {
            (void)chambers.insert(chamberAt(347000 + i, 461000));
        }
        bulk.finish();
        transaction.commit();
    }
    EXPECT_EQ(triggerCount(project.database()), triggers);
    EXPECT_EQ(chambers.idsInBox({347010, 460999, 347020, 461001}).size(), 11U);
    // The restored triggers index what comes next.
    const auto later = chambers.insert(chamberAt(400000, 400000));
    EXPECT_EQ(chambers.idsInBox({399999, 399999, 400001, 400001}),
              std::vector<std::int64_t>{later});
    EXPECT_EQ(std::get<std::int64_t>(
                  project.database().queryValue("SELECT count(*) FROM idx_chambers_geom")),
              102);
}

TEST_F(ProjectTest, RolledBackSuspensionLeavesEverythingAsItWas) {
    auto project = Project::create(projectPath_, {"p", "EPSG:27700"});
    const auto triggers = triggerCount(project.database());
    try {
        Transaction transaction(project.database());
        SpatialIndexSuspension bulk(project.database(), "chambers");
        (void)project.layer("chambers").insert(chamberAt(347000, 461000));
        throw std::runtime_error("bad file");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(triggerCount(project.database()), triggers);
    EXPECT_EQ(project.layer("chambers").count(), 0);
    EXPECT_THROW(SpatialIndexSuspension(project.database(), "chambers"),
                 StoreError);  // no transaction
}

}  // namespace
}  // namespace gigamap::core
