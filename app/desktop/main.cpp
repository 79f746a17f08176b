// gigamap: the desktop map of a gigabit district.
#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <chrono>
#include <cstdio>
#include <exception>
#include <optional>

#include "gigamap/core/version.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_settled.h"
#include "user_errors.h"

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

// Renders the window as the user would see it into `file`, then returns.
int screenshot(MainWindow& window, const QString& file, const QString& sizeText,
               const QString& extentText) {
    const auto size = parseSize(sizeText);
    if (!size) {
        return fail(
            QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 1400x900, not '%1'").arg(sizeText));
    }
    std::optional<gigamap::core::BoundingBox> extent;
    if (!extentText.isEmpty() && !(extent = parseExtent(extentText))) {
        return fail(
            QStringLiteral("--extent takes minx,miny,maxx,maxy in the project CRS, not '%1'")
                .arg(extentText));
    }
    window.resize(*size);
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
    parser.addOptions({screenshotOption, sizeOption, extentOption});
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
    if (!positional.isEmpty()) {
        QString problem;
        QObject::connect(&window.errors(), &gigamap::desktop::UserErrors::reported,
                         [&](const QString& message) { problem = message; });
        if (!window.openProject(positional.front().toStdString()) && screenshotMode) {
            return fail(problem);
        }
    }
    if (screenshotMode) {
        return screenshot(window, parser.value(screenshotOption), parser.value(sizeOption),
                          parser.value(extentOption));
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
