#include <gtest/gtest.h>

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

#include "map_fixture.h"

namespace gigamap::test {
namespace {

class ScreenshotTest : public MapFixture {
protected:
    // Runs the real gigamap executable; its exit code.
    int run(const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GIGAMAP_DESKTOP_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(120'000));
        errors_ = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }
    QString errors_;
};

TEST_F(ScreenshotTest, RendersTheWindowAtTheSizeAndExtentAskedFor) {
    closeProject();
    const QString png = QString::fromStdString(dir_.file("shot.png").string());
    const int code = run({QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                          QStringLiteral("800x600"), QStringLiteral("--extent"),
                          QStringLiteral("347000,461000,348000,462000"),
                          QString::fromStdString(path_.string())});
    ASSERT_EQ(code, 0) << errors_.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(800, 600));
}

TEST_F(ScreenshotTest, ABadExtentOrMissingProjectIsAUsageError) {
    const QString png = QString::fromStdString(dir_.file("shot.png").string());
    EXPECT_EQ(run({QStringLiteral("--screenshot"), png, QStringLiteral("--extent"),
                   QStringLiteral("1,2,3"), QString::fromStdString(path_.string())}),
              1);
    EXPECT_TRUE(errors_.contains(QStringLiteral("--extent"))) << errors_.toStdString();
    EXPECT_EQ(run({QStringLiteral("--screenshot"), png,
                   QString::fromStdString(dir_.file("missing.sqlite").string())}),
              1);
    EXPECT_TRUE(errors_.contains(QStringLiteral("does not exist"))) << errors_.toStdString();
}

}  // namespace
}  // namespace gigamap::test
