// gigamap-cli init and copy with a PostgreSQL project, run as a user would.
#include <gtest/gtest.h>

#include "cli/cli_runner.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "pg_test_support.h"

namespace gigamap::test {
namespace {

class CliCopyTest : public ServerTest {};

TEST_F(CliCopyTest, InitMakesAServerProjectAndRefusesItTwice) {
    const std::string uri = schemaUri("init");
    const auto made = runCli({"init", uri, "--name", "Lancaster"});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    EXPECT_NE(made.out.find("Created project 'Lancaster'"), std::string::npos) << made.out;
    EXPECT_NE(made.out.find("EPSG:27700"), std::string::npos) << made.out;
    EXPECT_EQ(core::PostgisProject::open(core::ProjectLocator::parse(uri)).meta().name,
              "Lancaster");

    const auto again = runCli({"init", uri});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("exists already"), std::string::npos) << again.err;
}

TEST_F(CliCopyTest, InitWithoutASchemaIsBadInputThatSaysWhat) {
    const auto result = runCli({"init", serverUri()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("?schema=NAME"), std::string::npos) << result.err;
}

TEST_F(CliCopyTest, CopyFileToServerAndBackKeepsEveryLayer) {
    {
        auto file = core::Project::create(dir_.file("a.sqlite"), {"Lancaster", "EPSG:27700"});
        fillProject(file);
    }
    const std::string uri = schemaUri("copy");
    const auto up = runCli({"copy", dir_.file("a.sqlite").string(), uri});
    ASSERT_EQ(up.exitCode, 0) << up.err;
    const auto down = runCli({"copy", uri, dir_.file("b.sqlite").string()});
    ASSERT_EQ(down.exitCode, 0) << down.err;
    EXPECT_FALSE(std::filesystem::exists(dir_.file("b.sqlite.copying")));

    const auto a = core::Project::open(dir_.file("a.sqlite"), core::Project::Access::ReadOnly);
    const auto b = core::Project::open(dir_.file("b.sqlite"), core::Project::Access::ReadOnly);
    expectSameLayers(a.features(), b.features());
    EXPECT_EQ(b.metaValues(), a.metaValues());

    const auto refused = runCli({"copy", uri, dir_.file("b.sqlite").string()});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("--overwrite"), std::string::npos) << refused.err;
    const auto replaced = runCli({"copy", uri, dir_.file("b.sqlite").string(), "--overwrite"});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err;

    const auto again = runCli({"copy", dir_.file("a.sqlite").string(), uri});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("--overwrite"), std::string::npos) << again.err;
}

TEST_F(CliCopyTest, APasswordGivenInTheUriIsNotPrinted) {
    const auto result = runCli({"init",
                                "postgresql://planner:s3cret-pw@/gigamap_test?host=/nonexistent-"
                                "socket-dir&schema=x"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.find("s3cret-pw"), std::string::npos) << result.err;
    EXPECT_EQ(result.out.find("s3cret-pw"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace gigamap::test
