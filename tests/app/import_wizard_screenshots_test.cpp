// Pictures of each page of the import wizard on a copy of a real project, to
// look at and for the README. Runs only when asked:
//   GIGAMAP_SAMPLE_PROJECT=sample-data/lancaster.sqlite
//   GIGAMAP_WIZARD_SCREENSHOTS=docs/screenshots gigamap_app_tests
//   --gtest_filter='ImportWizardScreenshots*'
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>
#include <cstdlib>

#include "import/import_action.h"
#include "import/import_wizard.h"
#include "support/data_paths.h"
#include "support/temp_dir.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

using desktop::ImportWizard;

class ImportWizardScreenshots : public ::testing::Test {
protected:
    void SetUp() override {
        const char* project = std::getenv("GIGAMAP_SAMPLE_PROJECT");
        const char* out = std::getenv("GIGAMAP_WIZARD_SCREENSHOTS");
        if (project == nullptr || out == nullptr) {
            GTEST_SKIP() << "set GIGAMAP_SAMPLE_PROJECT and GIGAMAP_WIZARD_SCREENSHOTS";
        }
        out_ = out;
        std::filesystem::copy_file(project, copy_);
        window_.resize(1280, 800);
        window_.show();
        ASSERT_TRUE(window_.openProject(copy_));
        window_.findChild<desktop::ImportAction*>()->setFileOpener(
            [](const QUrl&) { return true; });
    }

    ImportWizard* open(const QString& kind) {
        ImportWizard* wizard = window_.findChild<desktop::ImportAction*>()->openWizard();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard));
        wizard->findChild<QRadioButton*>(QStringLiteral("kind-") + kind)->click();
        return wizard;
    }

    static void next(ImportWizard& wizard) {
        QTest::mouseClick(wizard.currentPage()->isCommitPage()
                              ? wizard.button(QWizard::CommitButton)
                              : wizard.button(QWizard::NextButton),
                          Qt::LeftButton);
    }

    void shoot(ImportWizard& wizard, const char* name) {
        QApplication::processEvents();
        const auto file = out_ / (std::string("import-wizard-") + name + ".png");
        EXPECT_TRUE(wizard.grab().save(QString::fromStdString(file.string())));
    }

    static void waitForSummary(ImportWizard& wizard) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPage; },
                                    120'000));
    }

    TempDir dir_;
    std::filesystem::path copy_ = dir_.file("lancaster.sqlite");
    std::filesystem::path out_;
    desktop::MainWindow window_;
};

TEST_F(ImportWizardScreenshots, CodePointWithRejects) {
    ImportWizard* wizard = open(QStringLiteral("codepoint"));
    shoot(*wizard, "1-kind");
    next(*wizard);
    wizard->findChild<QLineEdit*>(QStringLiteral("file"))
        ->setText(QString::fromStdString(testData("codepoint/bad_rows.csv").string()));
    wizard->findChild<QLineEdit*>(QStringLiteral("vintage"))->setText(QStringLiteral("2025.4.0"));
    shoot(*wizard, "2-file");
    next(*wizard);
    shoot(*wizard, "3-preview");
    next(*wizard);
    waitForSummary(*wizard);
    shoot(*wizard, "6-summary-rejects");
}

TEST_F(ImportWizardScreenshots, MapFileWithFieldMapping) {
    ImportWizard* wizard = open(QStringLiteral("vector"));
    next(*wizard);
    auto* table = wizard->findChild<QComboBox*>(QStringLiteral("table"));
    table->setCurrentIndex(table->findData(QStringLiteral("chambers")));
    wizard->findChild<QLineEdit*>(QStringLiteral("file"))
        ->setText(
            QString::fromStdString(testData("vector/chambers_other_names_wgs84.geojson").string()));
    shoot(*wizard, "2-file-vector");
    next(*wizard);
    shoot(*wizard, "3-preview-vector");
    next(*wizard);
    for (const auto& [target, source] :
         {std::pair{"ref", "id"}, {"chamber_type", "type"}, {"depth_m", "depth"}}) {
        auto* combo = wizard->findChild<QComboBox*>(QStringLiteral("source-") + target);
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(source)));
    }
    shoot(*wizard, "4-mapping");
    next(*wizard);
    shoot(*wizard, "5-running");
    waitForSummary(*wizard);
    shoot(*wizard, "6-summary");
}

}  // namespace
}  // namespace gigamap::test
