#include <gtest/gtest.h>

#include <QDoubleSpinBox>
#include <QImage>
#include <QSignalSpy>

#include <fstream>
#include <sstream>

#include "gigamap/core/cost_model.h"
#include "map_fixture.h"
#include "publish/cost_model_dialog.h"
#include "publish/publish_menu.h"
#include "window/main_window.h"

namespace gigamap::test {
namespace {

using desktop::MainWindow;
using desktop::PublishMenu;

class PublishTest : public MapFixture {
protected:
    void SetUp() override { ASSERT_TRUE(openInWindow(window_)); }

    // Runs a publishing job to its end; the error it reported, if any.
    QString finish(PublishMenu& menu) {
        QSignalSpy finished(&menu, &PublishMenu::finished);
        EXPECT_TRUE(finished.wait(120000));
        return finished.isEmpty() ? QStringLiteral("no end") : finished.front().at(1).toString();
    }

    MainWindow window_;
};

TEST_F(PublishTest, TheReportIsWrittenInTheBackgroundFromTheOpenProject) {
    const auto file = dir_.file("report.html");
    window_.publishMenu().startReport(QString::fromStdString(file.string()));
    EXPECT_TRUE(window_.publishMenu().isBusy() || std::filesystem::exists(file));
    EXPECT_EQ(finish(window_.publishMenu()), QString());
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("3. Wards by premises lacking gigabit"), std::string::npos);
    EXPECT_NE(text.str().find("Castle"), std::string::npos);  // the fixture's ward
}

TEST_F(PublishTest, TheMapAsShownIsExportedWithItsSheet) {
    const auto file = dir_.file("map.png");
    window_.publishMenu().startMapExport(QString::fromStdString(file.string()), "Castle ward");
    EXPECT_EQ(finish(window_.publishMenu()), QString());
    QImage image;
    ASSERT_TRUE(image.load(QString::fromStdString(file.string())));
    EXPECT_GT(image.width(), image.height());  // A4 landscape
    // A bad name is reported, not thrown, and leaves nothing behind.
    const auto bad = dir_.file("map.gif");
    window_.publishMenu().startMapExport(QString::fromStdString(bad.string()), "x");
    EXPECT_TRUE(finish(window_.publishMenu()).contains("png or .pdf"));
    EXPECT_FALSE(std::filesystem::exists(bad));
}

TEST_F(PublishTest, TheCostModelDialogEditsRatesAndSources) {
    desktop::CostModelDialog dialog(core::CostModel::defaults(), false);
    auto* footway = dialog.findChild<QDoubleSpinBox*>("footway");
    ASSERT_NE(footway, nullptr);
    footway->setValue(72.5);
    dialog.findChild<QDoubleSpinBox*>("premises_passed_m")->setValue(30.0);
    const auto edited = dialog.costs();
    EXPECT_EQ(edited.rate("footway").pounds, 72.5);
    EXPECT_EQ(edited.rate("carriageway").pounds, 100.0);
    EXPECT_EQ(edited.premisesPassedDistance(), 30.0);
    desktop::CostModelDialog readOnly(core::CostModel::defaults(), true);
    EXPECT_TRUE(readOnly.findChild<QDoubleSpinBox*>("footway")->isReadOnly());
}

}  // namespace
}  // namespace gigamap::test
