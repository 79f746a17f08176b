#include <gtest/gtest.h>

#include <fstream>

#include "gigamap/core/error.h"
#include "gigamap/importers/csv_reader.h"
#include "support/temp_dir.h"

namespace gigamap::importers {
namespace {

TEST(CsvReader, ReadsQuotedFieldsAndCountsLines) {
    const test::TempDir dir;
    const auto file = dir.file("a.csv");
    std::ofstream(file, std::ios::binary) << "\xEF\xBB\xBFname,note\r\n\"Dalton Sq\",\"a, b\"\r\n"
                                             "\"multi\nline\",\"say \"\"hi\"\"\"\nlast,\n";
    CsvReader reader(file);
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"name", "note"}));
    EXPECT_EQ(reader.line(), 1);
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"Dalton Sq", "a, b"}));
    EXPECT_EQ(reader.line(), 2);
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"multi\nline", "say \"hi\""}));
    EXPECT_EQ(reader.line(), 3);
    ASSERT_TRUE(reader.next(fields));
    EXPECT_EQ(fields, (std::vector<std::string>{"last", ""}));
    EXPECT_EQ(reader.line(), 5);
    EXPECT_FALSE(reader.next(fields));
}

TEST(CsvReader, MissingFileIsAnImportError) {
    EXPECT_THROW(CsvReader("/nonexistent/file.csv"), core::ImportError);
}

}  // namespace
}  // namespace gigamap::importers
