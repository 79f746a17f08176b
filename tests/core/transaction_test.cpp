#include <gtest/gtest.h>

#include <stdexcept>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/transaction.h"
#include "support/project_fixture.h"

namespace gigamap::core {
namespace {

using test::ProjectTest;

Feature hotspot(const std::string& name, double x, double y) {
    const GeosContext geos;
    Feature feature;
    feature.attributes = {{"name", name}, {"radius_m", 50.0}, {"status", std::string("live")}};
    feature.geometry =
        geos.writeWkb(geos.readWkt("POINT (" + std::to_string(x) + " " + std::to_string(y) + ")"));
    return feature;
}

TEST_F(ProjectTest, FailedTransactionLeavesTheFileAsItWas) {
    {
        auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
        project.layer("hotspots").insert(hotspot("Station", 347190, 461680));
    }
    const std::string before = test::fileBytes(projectPath_);
    {
        auto project = Project::open(projectPath_);
        try {
            Transaction transaction(project.database());
            project.layer("hotspots").insert(hotspot("Dalton Square", 347900, 461540));
            project.layer("hotspots").insert(hotspot("Market Square", 347700, 461600));
            throw std::runtime_error("the user cancelled");
        } catch (const std::runtime_error&) {
        }
        EXPECT_EQ(project.layer("hotspots").count(), 1);
    }
    EXPECT_EQ(test::fileBytes(projectPath_), before);
}

TEST_F(ProjectTest, CommittedTransactionPersists) {
    {
        auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
        Transaction transaction(project.database());
        project.layer("hotspots").insert(hotspot("a", 1, 1));
        project.layer("hotspots").insert(hotspot("b", 2, 2));
        transaction.commit();
    }
    EXPECT_EQ(Project::open(projectPath_, Project::Access::ReadOnly).layer("hotspots").count(), 2);
}

TEST_F(ProjectTest, InnerFailureRollsBackOnlyTheSavepoint) {
    auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
    auto& hotspots = project.layer("hotspots");
    Transaction outer(project.database());
    hotspots.insert(hotspot("kept", 1, 1));
    {
        Transaction inner(project.database());
        hotspots.insert(hotspot("dropped", 2, 2));
    }
    outer.commit();
    EXPECT_EQ(hotspots.count(), 1);
    EXPECT_FALSE(project.database().inTransaction());
}

TEST_F(ProjectTest, AFailingWriteInsideATransactionCanBeRolledBack) {
    auto project = Project::create(projectPath_, {"t", "EPSG:27700"});
    auto& hotspots = project.layer("hotspots");
    {
        Transaction transaction(project.database());
        hotspots.insert(hotspot("first", 1, 1));
        Feature bad = hotspot("second", 2, 2);
        bad.attributes["radius_m"] = std::string("wide");
        EXPECT_THROW(hotspots.insert(bad), StoreError);
    }
    EXPECT_EQ(hotspots.count(), 0);
}

}  // namespace
}  // namespace gigamap::core
