#include "gigamap/importers/import_progress.h"

#include <algorithm>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"

namespace gigamap::importers {

void ImportProgress::tick(std::uint64_t done, std::uint64_t total) {
    if (feedback_ == nullptr || ++records_ % every_ != 0) {
        return;
    }
    if (feedback_->isCancelled()) {
        throw core::CancelledError("import cancelled; the project is unchanged");
    }
    if (total > 0) {
        feedback_->setProgress(
            std::min(100.0, 100.0 * static_cast<double>(done) / static_cast<double>(total)));
    }
}

void ImportProgress::finish() {
    if (feedback_ != nullptr) {
        feedback_->setProgress(100.0);
    }
}

}  // namespace gigamap::importers
