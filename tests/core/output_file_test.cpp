#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "gigamap/core/atomic_file.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/error.h"
#include "support/full_disk.h"
#include "support/project_fixture.h"
#include "support/temp_dir.h"

namespace gigamap::core {
namespace {

using ::testing::HasSubstr;

TEST(CsvTextTest, CellsASpreadsheetWouldRunAsFormulasArePrefixed) {
    EXPECT_EQ(csvText("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csvText("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
    EXPECT_EQ(csvText("-2+3"), "'-2+3");
    EXPECT_EQ(csvText("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvText("\tx"), "'\tx");
    EXPECT_EQ(csvText("\r=1"), "\"'\r=1\"");
    // Numbers stay numbers; other text is as it was, quoted where CSV needs it.
    EXPECT_EQ(csvText("-3.25"), "-3.25");
    EXPECT_EQ(csvText("+44"), "+44");
    EXPECT_EQ(csvText("LA1 1PJ"), "LA1 1PJ");
    EXPECT_EQ(csvText("a,b"), "\"a,b\"");
    EXPECT_EQ(csvText(""), "");
}

TEST(CsvTextTest, AnalysisTablesGuardTheirTextCells) {
    test::TempDir dir;
    writeCsv(dir.file("t.csv"), {"id", "promoter"},
             {{Value{std::int64_t{1}}, Value{std::string("=cmd|' /C calc'!A0")}},
              {Value{-2.5}, Value{std::string("Openreach")}}});
    EXPECT_EQ(test::fileBytes(dir.file("t.csv")),
              "id,promoter\n1,'=cmd|' /C calc'!A0\n-2.5,Openreach\n");
}

TEST(AtomicFileTest, AFullDiskIsAnErrorAndLeavesNoFile) {
    test::FullDisk disk;
    if (!disk.available()) {
        GTEST_SKIP() << disk.why();
    }
    std::vector<std::vector<Value>> rows(2000, {Value{std::string("a row of some length")}});
    try {
        writeCsv(disk.file("out.csv"), {"text"}, rows);
        FAIL() << "a CSV was written to a full disk";
    } catch (const ExportError& error) {
        EXPECT_THAT(error.what(), HasSubstr("out.csv"));
        EXPECT_THAT(error.what(), HasSubstr("disk is full"));
    }
    EXPECT_EQ(disk.leftovers(), "");
}

TEST(AtomicFileTest, NothingAppearsUntilCommitAndAnAbandonedFileIsRemoved) {
    test::TempDir dir;
    {
        AtomicFile file(dir.file("out.csv"));
        std::ofstream(file.partial()) << "x\n";
        EXPECT_FALSE(std::filesystem::exists(dir.file("out.csv")));
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
    AtomicFile file(dir.file("out.csv"));
    std::ofstream(file.partial()) << "x\n";
    file.commit();
    EXPECT_EQ(test::fileBytes(dir.file("out.csv")), "x\n");
    EXPECT_FALSE(std::filesystem::exists(file.partial()));
}

}  // namespace
}  // namespace gigamap::core
