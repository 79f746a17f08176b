#include "common/progress_feedback.h"

#include <cmath>

namespace gigamap::desktop {

void ProgressFeedback::onProgress(double percent) {
    const int whole = static_cast<int>(std::floor(percent));
    if (whole != last_) {
        last_ = whole;
        emit progressed(whole);
    }
}

}  // namespace gigamap::desktop
