#pragma once

#include <QGuiApplication>

#include <array>
#include <memory>
#include <string>

namespace gigamap::cli {

// Fonts and painting need a QGuiApplication; headless, on Qt's offscreen
// platform unless the environment chose another.
class HeadlessGui {
public:
    HeadlessGui() {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        if (QGuiApplication::instance() == nullptr) {
            app_ = std::make_unique<QGuiApplication>(argc_, argv_.data());
        }
    }

private:
    std::string name_ = "gigamap-cli";
    int argc_ = 1;
    std::array<char*, 2> argv_{name_.data(), nullptr};
    std::unique_ptr<QGuiApplication> app_;
};

}  // namespace gigamap::cli
