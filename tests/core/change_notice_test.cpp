// The payload of a server project's change NOTIFY, without a server.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gigamap/core/change_notice.h"

namespace gigamap::core {
namespace {

TEST(ChangeNoticeTest, PayloadRoundTripsLayerBoxActionAndCountExactly) {
    ChangeNotice notice{
        "lancaster", "ducts", "update", 3, BoundingBox{347000.01, 461000.1, 0.1 + 0.2, 1e15 / 3.0},
        "",          0};
    const auto decoded = decodeChangeNotice(encodeChangeNotice(notice));
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, notice);  // every double to the last bit

    notice.box.reset();
    EXPECT_EQ(decodeChangeNotice(encodeChangeNotice(notice)), notice);
}

TEST(ChangeNoticeTest, TextThatIsNotAGigamapNoticeIsNothing) {
    EXPECT_FALSE(decodeChangeNotice(""));
    EXPECT_FALSE(decodeChangeNotice("refresh"));
    EXPECT_FALSE(decodeChangeNotice("[1,2]"));
    EXPECT_FALSE(
        decodeChangeNotice(R"({"v":"1","schema":"a","table":"t","action":"x","features":1})"));
    EXPECT_FALSE(
        decodeChangeNotice(R"({"v":2,"schema":"a","table":"t","action":"x","features":1})"));
    EXPECT_FALSE(decodeChangeNotice(R"({"v":1,"schema":"a","table":"t","action":"x"})"));
    EXPECT_FALSE(decodeChangeNotice(
        R"({"v":1,"schema":"a","table":"t","action":"x","features":1,"box":[1,2,3]})"));
    EXPECT_TRUE(
        decodeChangeNotice(R"({"v":1,"schema":"a","table":"t","action":"x","features":1})"));
}

TEST(ChangeNoticeTest, ChannelIsShortLowerCaseAndDiffersBySchema) {
    const std::string longest(63, 'x');
    const std::vector<std::string> schemas{"lancaster", "Lancaster", "x\"; DROP TABLE ducts; --",
                                           longest};
    for (const auto& schema : schemas) {
        const auto channel = changeChannel(schema);
        EXPECT_EQ(channel.size(), 24U) << schema;
        EXPECT_EQ(channel.rfind("gigamap_", 0), 0U);
        EXPECT_EQ(channel.find_first_not_of("gigamap_0123456789abcdef"), std::string::npos);
    }
    EXPECT_NE(changeChannel("lancaster"), changeChannel("Lancaster"));
    EXPECT_EQ(changeChannel("lancaster"), changeChannel("lancaster"));
}

}  // namespace
}  // namespace gigamap::core
