#include <gtest/gtest.h>

#include "gigamap/core/postcode.h"

namespace gigamap::core {
namespace {

TEST(Postcode, NormalisesSpacingAndCase) {
    EXPECT_EQ(normalisePostcode("LA1 1PJ"), "LA1 1PJ");
    EXPECT_EQ(normalisePostcode("la11pj"), "LA1 1PJ");
    EXPECT_EQ(normalisePostcode("  LA1   1PJ "), "LA1 1PJ");
    EXPECT_EQ(normalisePostcode("PR3 0AA"), "PR3 0AA");
    EXPECT_EQ(normalisePostcode("EC1A1BB"), "EC1A 1BB");
    EXPECT_EQ(normalisePostcode("W1A 0AX"), "W1A 0AX");
    EXPECT_EQ(normalisePostcode("M11AE"), "M1 1AE");
    EXPECT_EQ(normalisePostcode("LA15 8AA"), "LA15 8AA");
}

TEST(Postcode, RefusesWhatIsNotAPostcode) {
    EXPECT_FALSE(normalisePostcode(""));
    EXPECT_FALSE(normalisePostcode("NOT A PC"));
    EXPECT_FALSE(normalisePostcode("LA1"));
    EXPECT_FALSE(normalisePostcode("LA1 1P"));
    EXPECT_FALSE(normalisePostcode("1LA 1PJ"));
    EXPECT_FALSE(normalisePostcode("LA1-1PJ"));
    EXPECT_FALSE(normalisePostcode("LA1 PJ1"));
}

}  // namespace
}  // namespace gigamap::core
