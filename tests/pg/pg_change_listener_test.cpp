// Change notices through a real server: LISTEN on one connection, NOTIFY from
// another's transaction (the suite's throwaway cluster).
#include <gtest/gtest.h>

#include <chrono>

#include "gigamap/core/change_notice.h"
#include "gigamap/core/error.h"
#include "gigamap/core/pg_change_listener.h"
#include "gigamap/core/pg_connection.h"
#include "pg_test_support.h"

namespace gigamap::core {
namespace {

using namespace std::chrono_literals;

class PgChangeListenerTest : public test::ServerTest {
protected:
    // Everything that arrives within `timeout` of the first readable moment.
    static std::vector<ChangeNotice> receive(PgChangeListener& listener,
                                             std::chrono::milliseconds timeout = 5s) {
        std::vector<ChangeNotice> all;
        while (all.empty() && listener.wait(timeout)) {
            for (auto& notice : listener.take()) {
                all.push_back(std::move(notice));
            }
        }
        return all;
    }
    static int backendPid(PgConnection& connection) {
        return std::stoi(connection.query("SELECT pg_backend_pid()").text(0, 0));
    }
    static ChangeNotice duct(const std::string& schema, std::string action) {
        return {schema,
                "ducts",
                std::move(action),
                2,
                BoundingBox{347100.25, 461200.5, 347300.75, 461410.125},
                "",
                0};
    }
};

TEST_F(PgChangeListenerTest, ACommittedChangeArrivesWithLayerBoxRoleAndSender) {
    const auto locator = schemaLocator("notify");
    PgChangeListener listener(locator);
    PgConnection writer(locator.conninfo());
    {
        PgTransaction transaction(writer);
        publishChange(writer, duct(locator.schema(), "update"));
        EXPECT_FALSE(listener.wait(0ms)) << "delivered before the commit";
        transaction.commit();
    }
    const auto notices = receive(listener);
    ASSERT_EQ(notices.size(), 1U);
    auto expected = duct(locator.schema(), "update");
    expected.role = "postgres";  // current_user, added by the server
    expected.senderPid = backendPid(writer);
    EXPECT_EQ(notices[0], expected);
    EXPECT_NE(notices[0].senderPid, listener.backendPid());
}

TEST_F(PgChangeListenerTest, ARolledBackChangeIsNeverDelivered) {
    const auto locator = schemaLocator("rollback");
    PgChangeListener listener(locator);
    PgConnection writer(locator.conninfo());
    {
        PgTransaction transaction(writer);
        publishChange(writer, duct(locator.schema(), "delete"));
    }  // rolled back
    {
        PgTransaction transaction(writer);
        publishChange(writer, duct(locator.schema(), "insert"));
        transaction.commit();
    }
    // Notifications arrive in commit order: had the rolled-back one been sent,
    // it would come first.
    const auto notices = receive(listener);
    ASSERT_EQ(notices.size(), 1U);
    EXPECT_EQ(notices[0].action, "insert");
}

TEST_F(PgChangeListenerTest, OnlyThisProjectsNoticesAreTakenAndForeignPayloadsSkipped) {
    const auto mine = schemaLocator("mine");
    const auto other = schemaLocator("other");
    PgChangeListener listener(mine);
    PgConnection writer(mine.conninfo());
    publishChange(writer, duct(other.schema(), "update"));  // autocommit
    // Someone else's NOTIFY on our channel, and our own schema's notice last.
    (void)writer.query("SELECT pg_notify($1, 'refresh please')", {changeChannel(mine.schema())});
    auto hotspot = ChangeNotice{mine.schema(), "hotspots", "insert", 1, std::nullopt, "", 0};
    publishChange(writer, hotspot);

    const auto notices = receive(listener);
    ASSERT_EQ(notices.size(), 1U);
    EXPECT_EQ(notices[0].table, "hotspots");
    EXPECT_FALSE(notices[0].box);
}

TEST_F(PgChangeListenerTest, SchemaNamesThatLookLikeSqlAreJustNames) {
    const std::string schema = "Lancaster\"; DROP SCHEMA public; -- ü";
    const auto locator = ProjectLocator::parse(uriOfSchema(schema));
    PgChangeListener listener(locator);
    PgConnection writer(locator.conninfo());
    publishChange(writer, duct(schema, "import"));
    const auto notices = receive(listener);
    ASSERT_EQ(notices.size(), 1U);
    EXPECT_EQ(notices[0].schema, schema);
}

TEST_F(PgChangeListenerTest, ALostConnectionIsAClearErrorNamingTheSchema) {
    const auto locator = schemaLocator("lost");
    PgChangeListener listener(locator);
    PgConnection admin(locator.conninfo());
    (void)admin.query("SELECT pg_terminate_backend($1)",
                      {static_cast<std::int64_t>(listener.backendPid())});
    // The server's FATAL message and then the end of the stream arrive; as a
    // socket notifier would, take() is called each time the socket is readable.
    std::string message;
    for (int turn = 0; turn < 10 && message.empty() && listener.wait(5s); ++turn) {
        try {
            (void)listener.take();
        } catch (const StoreError& error) {
            message = error.what();
        }
    }
    EXPECT_NE(message.find("listens for changes to schema '" + locator.schema() + "'"),
              std::string::npos)
        << "no clear error for a terminated connection: '" << message << "'";
}

TEST_F(PgChangeListenerTest, AnUnreachableServerIsRefusedWithoutItsPassword) {
    const auto locator = ProjectLocator::parse(
        "postgresql://someone:s3cret@/nowhere?host=/nonexistent-socket-dir&schema=x");
    try {
        PgChangeListener listener(locator);
        FAIL() << "connected to a server that does not exist";
    } catch (const StoreError& error) {
        EXPECT_EQ(std::string(error.what()).find("s3cret"), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace gigamap::core
