#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "gigamap/core/crs_transform.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/proj_context.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "gigamap/importers/rejects_file.h"
#include "import/import_action.h"
#include "import/import_run.h"
#include "import/import_wizard.h"
#include "layers/map_layer_list.h"
#include "map_fixture.h"
#include "support/data_paths.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

using desktop::ImportAction;
using desktop::ImportWizard;

// The import wizard driven as a user would: File ▸ Import data on the real
// window, its widgets filled in and its buttons pressed.
class ImportWizardTest : public MapFixture {
protected:
    void SetUp() override {
        ASSERT_TRUE(openInWindow(window_));
        action_ = window_.findChild<ImportAction*>();
        ASSERT_NE(action_, nullptr);
        action_->setFileOpener([this](const QUrl& url) {
            opened_.push_back(url);
            return true;
        });
    }

    // Opens the wizard on `kind` and moves to the file page.
    ImportWizard* start(const QString& kind) {
        ImportWizard* wizard = action_->openWizard();
        EXPECT_NE(wizard, nullptr);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard));
        wizard->findChild<QRadioButton*>(QStringLiteral("kind-") + kind)->click();
        next(*wizard);
        EXPECT_EQ(wizard->currentId(), ImportWizard::FilePage);
        return wizard;
    }

    // Presses Next, or Import on the page that starts the import.
    static void next(ImportWizard& wizard) {
        QAbstractButton* button = wizard.currentPage()->isCommitPage()
                                      ? wizard.button(QWizard::CommitButton)
                                      : wizard.button(QWizard::NextButton);
        ASSERT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void chooseFile(ImportWizard& wizard, const std::filesystem::path& file) {
        auto* edit = wizard.findChild<QLineEdit*>(QStringLiteral("file"));
        edit->setText(QString::fromStdString(file.string()));
    }

    // Waits for the import to end and the summary to show.
    static void waitForSummary(ImportWizard& wizard) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPage; },
                                    120'000));
    }

    static QString text(ImportWizard& wizard, const char* label) {
        return wizard.findChild<QLabel*>(QString::fromLatin1(label))->text();
    }

    core::Project& project() { return *window_.project(); }

    std::int64_t count(const char* table) { return project().layer(table).count(); }

    desktop::MainWindow window_;
    ImportAction* action_ = nullptr;
    std::vector<QUrl> opened_;
};

TEST_F(ImportWizardTest, ImportsCodePointOpenPostcodesEndToEnd) {
    window_.layers().setVisible(window_.layers().indexOf("postcodes"), false);
    ImportWizard* wizard = start(QStringLiteral("codepoint"));
    // The file is dropped from a file manager onto the file box.
    QMimeData dragged;
    dragged.setUrls({QUrl::fromLocalFile(
        QString::fromStdString(testData("codepoint/lancaster_five.csv").string()))});
    auto* file = wizard->findChild<QLineEdit*>(QStringLiteral("file"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(file, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(file, &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_TRUE(file->text().endsWith(QStringLiteral("lancaster_five.csv")));
    wizard->findChild<QLineEdit*>(QStringLiteral("vintage"))->setText(QStringLiteral("2025.4.0"));
    next(*wizard);

    // The headerless file is shown under Code-Point Open's own column names.
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    auto* preview = wizard->findChild<QTableWidget*>(QStringLiteral("preview"));
    ASSERT_EQ(preview->rowCount(), 5);
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Postcode"));
    EXPECT_EQ(preview->horizontalHeaderItem(2)->text(), QStringLiteral("Eastings"));
    EXPECT_EQ(preview->item(2, 0)->text(), QStringLiteral("LA1 1AE"));
    EXPECT_EQ(preview->verticalHeaderItem(0)->text(), QStringLiteral("line 1"));

    QSignalSpy imported(action_, &ImportAction::imported);
    next(*wizard);
    waitForSummary(*wizard);
    EXPECT_EQ(wizard->currentPage()->title(), QStringLiteral("Import finished"));
    const auto& summary = wizard->run().outcome().summary;
    EXPECT_EQ(summary.inserted, 3);  // LA1 1AE, 1AF, 1AG
    EXPECT_EQ(summary.updated, 2);   // LA1 1AA and 1AB were in the project
    EXPECT_EQ(summary.rejected, 0);
    EXPECT_TRUE(text(*wizard, "summaryCounts").contains(QStringLiteral("<b>3</b>")));
    EXPECT_FALSE(wizard->findChild<QPushButton*>(QStringLiteral("openRejects"))->isVisible());
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.front().front().toString(), QStringLiteral("postcodes"));

    // In the project, where the window reads it, and the layer is shown again.
    EXPECT_EQ(count("postcodes"), 6);
    const auto fid = project().layer("postcodes").findByKey("postcode", std::string("LA1 1AF"));
    ASSERT_TRUE(fid);
    auto point = project().database().prepare(
        "SELECT ST_X(geom), ST_Y(geom), positional_quality FROM postcodes WHERE fid = ?");
    point.bind(1, *fid);
    ASSERT_TRUE(point.step());
    EXPECT_EQ(point.columnDouble(0), 347971.0);
    EXPECT_EQ(point.columnDouble(1), 461546.0);
    EXPECT_EQ(project().metaValue("vintage.codepoint"), "2025.4.0");
    EXPECT_TRUE(window_.layers().at(window_.layers().indexOf("postcodes")).visible);

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    EXPECT_FALSE(wizard->isVisible());
}

TEST_F(ImportWizardTest, ImportsAGeoJsonWithItsFieldsMatchedAndTransformed) {
    ImportWizard* wizard = start(QStringLiteral("vector"));
    auto* table = wizard->findChild<QComboBox*>(QStringLiteral("table"));
    table->setCurrentIndex(table->findData(QStringLiteral("chambers")));
    chooseFile(*wizard, testData("vector/chambers_other_names_wgs84.geojson"));
    next(*wizard);

    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    auto* preview = wizard->findChild<QTableWidget*>(QStringLiteral("preview"));
    EXPECT_EQ(preview->rowCount(), 2);
    EXPECT_EQ(preview->horizontalHeaderItem(1)->text(), QStringLiteral("type"));
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("JBC4"));
    next(*wizard);

    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    // Same names are matched already; the others are chosen here.
    EXPECT_EQ(wizard->findChild<QComboBox*>(QStringLiteral("source-owner"))->currentData(),
              QStringLiteral("owner"));
    auto* ref = wizard->findChild<QComboBox*>(QStringLiteral("source-ref"));
    ref->setCurrentIndex(ref->findData(QStringLiteral("id")));
    auto* type = wizard->findChild<QComboBox*>(QStringLiteral("source-chamber_type"));
    type->setCurrentIndex(type->findData(QStringLiteral("type")));
    auto* depth = wizard->findChild<QComboBox*>(QStringLiteral("source-depth_m"));
    depth->setCurrentIndex(depth->findData(QStringLiteral("depth")));
    auto* status = wizard->findChild<QComboBox*>(QStringLiteral("source-status"));
    status->setCurrentIndex(1);  // the same value for every feature
    wizard->findChild<QLineEdit*>(QStringLiteral("value-status"))
        ->setText(QStringLiteral("planned"));
    // The file says WGS 84; the CRS is set explicitly all the same.
    auto* crs = wizard->findChild<QLineEdit*>(QStringLiteral("crs"));
    EXPECT_EQ(crs->text(), QStringLiteral("EPSG:4326"));
    crs->setText(QStringLiteral("4326"));
    EXPECT_TRUE(text(*wizard, "crsName").contains(QStringLiteral("WGS 84")));
    next(*wizard);
    waitForSummary(*wizard);

    const auto& summary = wizard->run().outcome().summary;
    ASSERT_EQ(summary.inserted, 2) << wizard->run().outcome().message.toStdString();
    EXPECT_TRUE(
        text(*wizard, "summaryNotes").contains(QStringLiteral("transformed from EPSG:4326")));
    auto rows = project().database().prepare(
        "SELECT ref, chamber_type, owner, status, depth_m, ST_X(geom), ST_Y(geom) FROM chambers "
        "WHERE ref LIKE 'CH-%' ORDER BY ref");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnText(0), "CH-A");
    EXPECT_EQ(rows.columnText(1), "JBC4");
    EXPECT_EQ(rows.columnText(2), "Lancashire County Council");
    EXPECT_EQ(rows.columnText(3), "planned");
    EXPECT_DOUBLE_EQ(rows.columnDouble(4), 0.9);
    const core::ProjContext proj;
    const core::CrsTransform toGrid(proj, "EPSG:4326", "EPSG:27700");
    const auto expected = toGrid.forward({-2.80160, 54.04710});
    EXPECT_NEAR(rows.columnDouble(5), expected.x, 0.01);
    EXPECT_NEAR(rows.columnDouble(6), expected.y, 0.01);
    EXPECT_NEAR(rows.columnDouble(5), 347611.5, 5.0);  // Lancaster, in metres
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.columnText(1), "JC");
}

TEST_F(ImportWizardTest, AMapFileWithoutACrsNeedsOneBeforeImporting) {
    ImportWizard* wizard = start(QStringLiteral("vector"));
    auto* table = wizard->findChild<QComboBox*>(QStringLiteral("table"));
    table->setCurrentIndex(table->findData(QStringLiteral("chambers")));
    chooseFile(*wizard, testData("vector/chambers_xy.csv"));
    next(*wizard);
    next(*wizard);
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    auto* crs = wizard->findChild<QLineEdit*>(QStringLiteral("crs"));
    EXPECT_TRUE(crs->text().isEmpty());
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    crs->setText(QStringLiteral("99999999"));
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    EXPECT_TRUE(text(*wizard, "crsName").contains(QStringLiteral("not a coordinate system")));
    crs->setText(QStringLiteral("27700"));
    EXPECT_TRUE(wizard->button(QWizard::CommitButton)->isEnabled());
    next(*wizard);
    waitForSummary(*wizard);
    EXPECT_EQ(wizard->run().outcome().summary.inserted, 2);
    EXPECT_EQ(count("chambers"), 2);
}

TEST_F(ImportWizardTest, StreetManagerEventsComeInThroughTheSamePages) {
    ImportWizard* wizard = start(QStringLiteral("street-manager"));
    chooseFile(*wizard, testData("street_manager/start_stop_array.json"));
    next(*wizard);
    auto* preview = wizard->findChild<QTableWidget*>(QStringLiteral("preview"));
    EXPECT_GT(preview->rowCount(), 0);
    EXPECT_EQ(preview->horizontalHeaderItem(2)->text(), QStringLiteral("work_reference_number"));
    next(*wizard);
    waitForSummary(*wizard);
    const auto& summary = wizard->run().outcome().summary;
    EXPECT_GT(summary.inserted, 0) << wizard->run().outcome().message.toStdString();
    EXPECT_EQ(count("street_works"), summary.inserted);
}

TEST_F(ImportWizardTest, ABadFileShowsItsRejectsAndOpensTheRejectsFile) {
    ImportWizard* wizard = start(QStringLiteral("codepoint"));
    chooseFile(*wizard, testData("codepoint/bad_rows.csv"));
    next(*wizard);
    // The preview already points at the short row.
    EXPECT_TRUE(text(*wizard, "previewProblems").contains(QStringLiteral("line 2: 9 values")));
    next(*wizard);
    waitForSummary(*wizard);

    const auto& summary = wizard->run().outcome().summary;
    EXPECT_EQ(summary.inserted, 2);  // LA1 1PJ and LA1 1AG
    EXPECT_EQ(summary.rejected, 6);
    const auto rejects = importers::defaultRejectsPath(path_, "codepoint");
    EXPECT_EQ(summary.rejectsFile, rejects);
    auto* open = wizard->findChild<QPushButton*>(QStringLiteral("openRejects"));
    ASSERT_TRUE(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_EQ(opened_.size(), 1U);
    EXPECT_EQ(opened_.front(), QUrl::fromLocalFile(QString::fromStdString(rejects.string())));

    std::ifstream in(rejects);
    std::stringstream content;
    content << in.rdbuf();
    EXPECT_NE(content.str().find("file,line,field,reason,value"), std::string::npos);
    EXPECT_NE(content.str().find("bad_rows.csv,2,,\"expected 10 columns, found 9\""),
              std::string::npos)
        << content.str();
}

TEST_F(ImportWizardTest, AFileOfTheWrongKindImportsNothingAndSaysWhy) {
    ImportWizard* wizard = start(QStringLiteral("codepoint"));
    chooseFile(*wizard, testData("codepoint/missing.csv"));
    next(*wizard);
    EXPECT_EQ(wizard->currentId(), ImportWizard::FilePage);
    EXPECT_TRUE(text(*wizard, "fileError").contains(QStringLiteral("missing.csv does not exist")));

    chooseFile(*wizard, testData("codepoint/not_codepoint.csv"));
    next(*wizard);
    next(*wizard);
    waitForSummary(*wizard);
    EXPECT_EQ(wizard->currentPage()->title(), QStringLiteral("Nothing was imported"));
    EXPECT_TRUE(text(*wizard, "summaryCounts").contains(QStringLiteral("not_codepoint.csv")));
    EXPECT_TRUE(text(*wizard, "summaryCounts").contains(QStringLiteral("not Code-Point Open")));
    EXPECT_EQ(count("postcodes"), 3);
}

TEST_F(ImportWizardTest, CancellingABigImportLeavesTheLayerUnchanged) {
    // 120,000 Code-Point rows: long enough to cancel part way.
    const auto big = dir_.file("big.csv");
    {
        std::ofstream out(big);
        for (int i = 0; i < 120'000; ++i) {
            out << fmt::format(
                "\"LA{} {}{}{}\",10,{},{},\"E92000001\",\"E19000001\",\"E18000002\","
                "\"E10000017\",\"E07000121\",\"E05014890\"\n",
                10 + i / 6760, i % 10, static_cast<char>('A' + (i / 10) % 26),
                static_cast<char>('A' + (i / 260) % 26), 340000 + i % 10000, 455000 + i / 10);
        }
    }
    ImportWizard* wizard = start(QStringLiteral("codepoint"));
    chooseFile(*wizard, big);
    next(*wizard);
    next(*wizard);
    ASSERT_EQ(wizard->currentId(), ImportWizard::RunPage);
    auto* progress = wizard->findChild<QProgressBar*>(QStringLiteral("progress"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return progress->value() > 0; }, 60'000));
    EXPECT_TRUE(wizard->run().isRunning());
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("cancelImport")),
                      Qt::LeftButton);
    waitForSummary(*wizard);
    EXPECT_EQ(wizard->run().outcome().result, desktop::ImportRun::Outcome::Result::Cancelled);
    EXPECT_EQ(wizard->currentPage()->title(), QStringLiteral("Import cancelled"));
    EXPECT_TRUE(text(*wizard, "summaryCounts").contains(QStringLiteral("rolled back")));
    EXPECT_EQ(count("postcodes"), 3);
    EXPECT_TRUE(project().layer("postcodes").findByKey("postcode", std::string("LA1 1AD")));
}

TEST_F(ImportWizardTest, ImportIsOnlyOfferedForAProjectOpenForEditing) {
    EXPECT_TRUE(action_->action()->isEnabled());
    // While window_ edits it, a second window opens it read-only.
    desktop::MainWindow readOnly;
    ASSERT_TRUE(readOnly.openProject(path_));
    auto* action = readOnly.findChild<ImportAction*>();
    EXPECT_FALSE(action->action()->isEnabled());
    EXPECT_EQ(action->openWizard(), nullptr);
}

}  // namespace
}  // namespace gigamap::test
