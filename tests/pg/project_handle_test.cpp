// openProject: one way to open a project file or a server schema, and what the
// commands read through it, the same from both stores.
#include <gtest/gtest.h>

#include "cli/cli_runner.h"
#include "gigamap/core/error.h"
#include "gigamap/core/pg_connection.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "gigamap/core/project_handle.h"
#include "pg_test_support.h"

namespace gigamap::test {
namespace {

class ProjectHandleTest : public ServerTest {
protected:
    // A filled project file and its copy on the server; returns the server URI.
    std::string fileAndServerCopy() {
        auto file = core::Project::create(dir_.file("a.sqlite"), {"Lancaster", "EPSG:27700"});
        fillProject(file);
        const std::string uri = schemaUri("handle");
        const auto copy =
            core::PostgisProject::copyOf(file, core::ProjectLocator::parse(uri), false);
        return uri;
    }

    static std::string withoutLine(std::string text, std::string_view label) {
        const auto at = text.find(label);
        if (at != std::string::npos) {
            text.erase(at, text.find('\n', at) + 1 - at);
        }
        return text;
    }
};

TEST_F(ProjectHandleTest, BothStoresGiveTheSameSummariesMetaAndCrs) {
    const std::string uri = fileAndServerCopy();
    const auto file = core::openProject(core::ProjectLocator::parse(dir_.file("a.sqlite").string()),
                                        core::ProjectHandle::Access::ReadOnly);
    const auto server =
        core::openProject(core::ProjectLocator::parse(uri), core::ProjectHandle::Access::ReadOnly);

    EXPECT_EQ(file->display(), dir_.file("a.sqlite").string());
    EXPECT_NE(server->display().find("schema="), std::string::npos) << server->display();
    EXPECT_TRUE(file->isReadOnly());
    EXPECT_TRUE(server->isReadOnly());
    EXPECT_EQ(server->srid(), 27700);
    EXPECT_EQ(server->metaValues(), file->metaValues());
    EXPECT_EQ(server->meta().name, "Lancaster");

    const auto expected = file->layerSummaries();
    const auto actual = server->layerSummaries();
    ASSERT_EQ(actual.size(), expected.size());
    int withExtent = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(expected[i].table);
        EXPECT_EQ(actual[i].table, expected[i].table);
        EXPECT_EQ(actual[i].geometryType, expected[i].geometryType);
        EXPECT_EQ(actual[i].featureCount, expected[i].featureCount);
        ASSERT_EQ(actual[i].extent.has_value(), expected[i].extent.has_value());
        if (expected[i].extent) {
            ++withExtent;
            // Exact doubles: the server's own index boxes are float4 and would differ.
            EXPECT_EQ(actual[i].extent->minX, expected[i].extent->minX);
            EXPECT_EQ(actual[i].extent->minY, expected[i].extent->minY);
            EXPECT_EQ(actual[i].extent->maxX, expected[i].extent->maxX);
            EXPECT_EQ(actual[i].extent->maxY, expected[i].extent->maxY);
        }
    }
    EXPECT_GT(withExtent, 3);
}

TEST_F(ProjectHandleTest, AServerProjectOpenedReadOnlyRefusesWritesOnTheServer) {
    const std::string uri = fileAndServerCopy();
    auto project = core::PostgisProject::open(core::ProjectLocator::parse(uri),
                                              core::ProjectHandle::Access::ReadOnly);
    EXPECT_TRUE(project.isReadOnly());
    const std::string table = project.connection().identifier(project.locator().schema()) + "." +
                              project.connection().identifier("project_meta");
    try {
        project.connection().exec("DELETE FROM " + table);
        FAIL() << "a read-only project took a write";
    } catch (const core::StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("read-only"), std::string::npos) << error.what();
    }
    EXPECT_EQ(project.metaValues().at("name"), "Lancaster");

    auto writable = core::PostgisProject::open(core::ProjectLocator::parse(uri));
    EXPECT_FALSE(writable.isReadOnly());
}

TEST_F(ProjectHandleTest, OpeningASchemaWithoutAProjectSaysSo) {
    EXPECT_THROW(
        (void)core::openProject(schemaLocator("empty"), core::ProjectHandle::Access::ReadOnly),
        core::NotAProjectError);
}

TEST_F(ProjectHandleTest, InfoPrintsTheSameSummaryForTheFileAndItsServerCopy) {
    const std::string uri = fileAndServerCopy();
    const auto file = runCli({"info", dir_.file("a.sqlite").string()});
    const auto server = runCli({"info", uri});
    ASSERT_EQ(file.exitCode, 0) << file.err;
    ASSERT_EQ(server.exitCode, 0) << server.err;
    EXPECT_NE(server.out.find("schema="), std::string::npos) << server.out;
    EXPECT_EQ(withoutLine(server.out, "File:"), withoutLine(file.out, "File:"));
    EXPECT_NE(file.out.find("ducts"), std::string::npos) << file.out;

    const auto fileJson = runCli({"info", dir_.file("a.sqlite").string(), "--json"});
    const auto serverJson = runCli({"info", uri, "--json"});
    ASSERT_EQ(serverJson.exitCode, 0) << serverJson.err;
    EXPECT_EQ(withoutLine(serverJson.out, "\"file\""), withoutLine(fileJson.out, "\"file\""));
}

}  // namespace
}  // namespace gigamap::test
