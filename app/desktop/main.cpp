// gigamap: the desktop map of a gigabit district.
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSlider>
#include <QTableView>
#include <chrono>
#include <cstdio>
#include <exception>
#include <optional>

#include "analysis/analysis_dock.h"
#include "analysis/analysis_runner.h"
#include "common/user_errors.h"
#include "gigamap/core/day_range.h"
#include "gigamap/core/version.h"
#include "map/map_canvas.h"
#include "map/map_settled.h"
#include "timeline/timeline_dock.h"
#include "window/main_window.h"

namespace {

using gigamap::desktop::MainWindow;

constexpr auto kScreenshotTimeout = std::chrono::seconds(120);

std::optional<QSize> parseSize(const QString& text) {
    const auto match = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

std::optional<gigamap::core::BoundingBox> parseExtent(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) {
        return std::nullopt;
    }
    double values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    if (values[2] <= values[0] || values[3] <= values[1]) {
        return std::nullopt;
    }
    return gigamap::core::BoundingBox{values[0], values[1], values[2], values[3]};
}

int fail(const QString& message) {
    std::fprintf(stderr, "gigamap: %s\n", qPrintable(message));
    return 1;
}

// Opens the analysis panel on `name` (coverage, gaps, nearest-duct, one-dig),
// runs it to its end and shows table row `row` (1-based; 0 none) on the map.
bool runAnalysis(MainWindow& window, const QString& name, int row) {
    const QStringList names{QStringLiteral("coverage"), QStringLiteral("gaps"),
                            QStringLiteral("nearest-duct"), QStringLiteral("one-dig")};
    const auto index = static_cast<int>(names.indexOf(name));
    if (index < 0) {
        fail(QStringLiteral("--analysis takes one of %1, not '%2'")
                 .arg(names.join(QStringLiteral(", ")), name));
        return false;
    }
    auto& dock = window.analysisDock();
    dock.selectAnalysis(index);
    dock.show();
    QEventLoop loop;
    bool succeeded = false;
    const auto runner = &dock.runner();
    QObject::connect(runner, &gigamap::desktop::AnalysisRunner::succeeded, &loop, [&] {
        succeeded = true;
        loop.quit();
    });
    QObject::connect(runner, &gigamap::desktop::AnalysisRunner::failed, &loop, &QEventLoop::quit);
    QObject::connect(runner, &gigamap::desktop::AnalysisRunner::cancelled, &loop,
                     &QEventLoop::quit);
    dock.run();
    if (runner->isRunning()) {
        loop.exec();
    }
    if (!succeeded) {
        fail(QStringLiteral("the analysis did not finish: %1").arg(dock.summary()));
        return false;
    }
    if (row > 0 && dock.tableCount() > 0) {
        dock.tableView(0).selectRow(row - 1);
        dock.showRow(0, row - 1);
    }
    return true;
}

// Shows the One Dig timeline, the map filtered to `day` when one is given.
bool showTimeline(MainWindow& window, const QString& day) {
    auto& timeline = window.timelineDock();
    window.showTimeline();
    if (!day.isEmpty()) {
        const auto number = gigamap::core::dayNumber(day.toStdString());
        if (!number) {
            fail(QStringLiteral("--day takes a date YYYY-MM-DD, not '%1'").arg(day));
            return false;
        }
        timeline.slider().setValue(*number);
        timeline.filterBox().setChecked(true);
    }
    return true;
}

// Renders the window as the user would see it into `file`, then returns.
int screenshot(MainWindow& window, const QString& file, const QString& extentText) {
    std::optional<gigamap::core::BoundingBox> extent;
    if (!extentText.isEmpty() && !(extent = parseExtent(extentText))) {
        return fail(
            QStringLiteral("--extent takes minx,miny,maxx,maxy in the project CRS, not '%1'")
                .arg(extentText));
    }
    window.show();
    QCoreApplication::processEvents();
    if (extent) {
        window.canvas().zoomToExtent(*extent);
    }
    if (!gigamap::desktop::waitUntilMapSettled(window.canvas(), kScreenshotTimeout)) {
        return fail(QStringLiteral("the map was not drawn within %1 s")
                        .arg(std::chrono::seconds(kScreenshotTimeout).count()));
    }
    if (!window.grab().save(file)) {
        return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}

int run(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gigamap"));
    QApplication::setApplicationVersion(QString::fromLatin1(gigamap::core::kAppVersion));
    QApplication::setOrganizationName(QStringLiteral("gigamap"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("gigamap: the desktop map of a gigabit district"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("a project (.sqlite)"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Render the window to FILE.png and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption extentOption(QStringLiteral("extent"),
                                          QStringLiteral("Map extent in the project CRS."),
                                          QStringLiteral("minx,miny,maxx,maxy"));
    const QCommandLineOption analysisOption(
        QStringLiteral("analysis"),
        QStringLiteral("Run an analysis in the panel first: coverage, gaps, nearest-duct or "
                       "one-dig."),
        QStringLiteral("NAME"));
    const QCommandLineOption rowOption(QStringLiteral("show-row"),
                                       QStringLiteral("Then show its first table's row N."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption timelineOption(QStringLiteral("timeline"),
                                            QStringLiteral("Show the One Dig timeline."));
    const QCommandLineOption dayOption(QStringLiteral("day"),
                                       QStringLiteral("With --timeline: show the map on this day."),
                                       QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({screenshotOption, sizeOption, extentOption, analysisOption, rowOption,
                       timelineOption, dayOption});
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return fail(QStringLiteral("give one project at most"));
    }

    MainWindow window;
    const bool screenshotMode = parser.isSet(screenshotOption);
    if (screenshotMode && positional.isEmpty()) {
        return fail(QStringLiteral("--screenshot needs a PROJECT"));
    }
    const auto size = parseSize(parser.value(sizeOption));
    if (!size && screenshotMode) {
        return fail(QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 1400x900, not '%1'")
                        .arg(parser.value(sizeOption)));
    }
    // The window's own size, unless asked for one or scripted (the default --size).
    if (parser.isSet(sizeOption) || screenshotMode || parser.isSet(analysisOption) ||
        parser.isSet(timelineOption)) {
        window.resize(size.value_or(QSize(1400, 900)));
    }
    if (!positional.isEmpty()) {
        QString problem;
        QObject::connect(&window.errors(), &gigamap::desktop::UserErrors::reported,
                         [&](const QString& message) { problem = message; });
        if (!window.openProject(positional.front().toStdString()) && screenshotMode) {
            return fail(problem);
        }
    }
    if (parser.isSet(analysisOption)) {
        window.show();  // laid out, so that a row is shown at the map's real size
        if (!runAnalysis(window, parser.value(analysisOption), parser.value(rowOption).toInt())) {
            return 1;
        }
    }
    if (parser.isSet(timelineOption)) {
        if (!showTimeline(window, parser.value(dayOption))) {
            return 1;
        }
    }
    if (screenshotMode) {
        return screenshot(window, parser.value(screenshotOption), parser.value(extentOption));
    }
    window.show();
    return QApplication::exec();
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "gigamap: internal error: %s\n", error.what());
    }
    return 3;
}
