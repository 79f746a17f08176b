#include "gigamap/core/project_locator.h"

#include <gtest/gtest.h>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

TEST(ProjectLocatorTest, AFilePathIsAFile) {
    const auto locator = ProjectLocator::parse("sample-data/lancaster.sqlite");
    EXPECT_FALSE(locator.isServer());
    EXPECT_EQ(locator.path(), "sample-data/lancaster.sqlite");
    EXPECT_EQ(locator.display(), "sample-data/lancaster.sqlite");
}

TEST(ProjectLocatorTest, TheSchemaIsTakenOutAndTheRestHandedToLibpqUnchanged) {
    const auto locator = ProjectLocator::parse(
        "postgresql://planner@gis.example:5433/corporate?sslmode=require&schema=lancaster&"
        "application_name=gigamap");
    EXPECT_TRUE(locator.isServer());
    EXPECT_EQ(locator.schema(), "lancaster");
    EXPECT_EQ(locator.conninfo(),
              "postgresql://planner@gis.example:5433/corporate?sslmode=require&"
              "application_name=gigamap");
    EXPECT_EQ(locator.display(),
              "postgresql://planner@gis.example:5433/corporate?schema=lancaster&sslmode=require&"
              "application_name=gigamap");
}

TEST(ProjectLocatorTest, TheLocalSocketFormAndPercentEncodedSchemas) {
    const auto local = ProjectLocator::parse("postgresql:///council?schema=fibre%20map%22");
    EXPECT_EQ(local.conninfo(), "postgresql:///council");
    EXPECT_EQ(local.schema(), "fibre map\"");
    EXPECT_TRUE(ProjectLocator::parse("postgres:///council?schema=a").isServer());
}

TEST(ProjectLocatorTest, APasswordIsHandedToLibpqButNeverDisplayed) {
    const auto locator = ProjectLocator::parse(
        "postgresql://planner:s3cret@gis.example/corporate?schema=lancaster&password=other");
    EXPECT_NE(locator.conninfo().find("s3cret"), std::string::npos);
    EXPECT_EQ(locator.display(), "postgresql://planner@gis.example/corporate?schema=lancaster");
}

TEST(ProjectLocatorTest, AServerUriWithoutASchemaIsRefusedWithoutItsPassword) {
    try {
        (void)ProjectLocator::parse("postgresql://planner:s3cret@gis.example/corporate");
        FAIL() << "accepted a URI without a schema";
    } catch (const StoreError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("?schema=NAME"), std::string::npos) << message;
        EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
    }
    EXPECT_THROW((void)ProjectLocator::parse("postgresql:///db?schema=" + std::string(64, 'a')),
                 StoreError);
}

}  // namespace
}  // namespace gigamap::core
