#pragma once

#include <string>

#include "gigamap/core/feedback.h"

namespace gigamap::cli {

// A progress bar on stderr, drawn only when stderr is a terminal and not silenced.
class TerminalProgress : public core::Feedback {
public:
    TerminalProgress(std::string label, bool quiet);
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;
    ~TerminalProgress() override;

    // Ends the bar's line, so that what is printed next starts on a line of its own.
    void done();

protected:
    void onProgress(double percent) override;

private:
    std::string label_;
    bool enabled_;
    int lastDrawn_ = -1;
};

}  // namespace gigamap::cli
