#include "terminal_progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace gigamap::cli {
namespace {

constexpr int kWidth = 40;

}  // namespace

TerminalProgress::TerminalProgress(std::string label, bool quiet)
    : label_(std::move(label)), enabled_(!quiet && isatty(STDERR_FILENO) == 1) {}

TerminalProgress::~TerminalProgress() {
    done();
}

void TerminalProgress::done() {
    if (enabled_ && lastDrawn_ >= 0) {
        fmt::print(stderr, "\n");
        lastDrawn_ = -1;
    }
}

void TerminalProgress::onProgress(double percent) {
    const int whole = static_cast<int>(percent);
    if (!enabled_ || whole == lastDrawn_) {
        return;
    }
    lastDrawn_ = whole;
    const int filled = whole * kWidth / 100;
    fmt::print(stderr, "\r{} [{:=<{}}{:<{}}] {:3d}%", label_, "", filled, "", kWidth - filled,
               whole);
    std::fflush(stderr);
}

}  // namespace gigamap::cli
