// The desktop's change watcher on the test cluster: a commit on another
// connection reaches the GUI thread's event loop as a signal within a second.
#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QSignalSpy>

#include "common/server_change_watcher.h"
#include "gigamap/core/pg_connection.h"
#include "pg_test_support.h"

namespace gigamap::desktop {
namespace {

class ServerChangeWatcherTest : public test::ServerTest {
protected:
    static core::ChangeNotice duct(const std::string& schema) {
        return {schema, "ducts", "update", 2, core::BoundingBox{1.0, 2.0, 3.0, 4.0}, "", 0};
    }
    static int backendPid(core::PgConnection& connection) {
        return std::stoi(connection.query("SELECT pg_backend_pid()").text(0, 0));
    }
};

TEST_F(ServerChangeWatcherTest, AnotherConnectionsCommitArrivesWithinASecondAndOwnAreSkipped) {
    const auto locator = schemaLocator("watch");
    ServerChangeWatcher watcher(locator);
    QSignalSpy changes(&watcher, &ServerChangeWatcher::changed);
    core::PgConnection mine(locator.conninfo());
    core::PgConnection theirs(locator.conninfo());
    watcher.ignoreSender(backendPid(mine));

    core::publishChange(mine, duct(locator.schema()));  // this window's own commit
    auto other = duct(locator.schema());
    other.table = "chambers";
    core::publishChange(theirs, other);
    ASSERT_TRUE(changes.wait(1000)) << "no change delivered within a second";
    ASSERT_EQ(changes.count(), 1);
    const auto notice = changes.at(0).at(0).value<core::ChangeNotice>();
    EXPECT_EQ(notice.table, "chambers");
    EXPECT_EQ(describeChange(notice), "postgres changed 2 features in chambers");
}

TEST_F(ServerChangeWatcherTest, ALostConnectionIsReportedOnceAndWatchingStops) {
    const auto locator = schemaLocator("gone");
    ServerChangeWatcher watcher(locator);
    QSignalSpy lost(&watcher, &ServerChangeWatcher::lost);
    core::PgConnection admin(locator.conninfo());
    (void)admin.query("SELECT pg_terminate_backend($1)",
                      {static_cast<std::int64_t>(watcher.listenerPid())});
    ASSERT_TRUE(lost.wait(5000));
    QCoreApplication::processEvents();
    EXPECT_EQ(lost.count(), 1);
    EXPECT_TRUE(lost.at(0).at(0).toString().contains("listens for changes"));
}

TEST(DescribeChangeTest, SaysWhoDidWhatToHowManyFeaturesOfWhichLayer) {
    core::ChangeNotice notice{"s", "hotspots", "insert", 1, std::nullopt, "alice", 0};
    EXPECT_EQ(describeChange(notice), "alice added 1 feature in hotspots");
    notice.action = "import";
    notice.features = 1200;
    notice.role.clear();
    EXPECT_EQ(describeChange(notice), "Someone imported 1200 features in hotspots");
}

}  // namespace
}  // namespace gigamap::desktop

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
