#include "exit_code.h"

#include "gigamap/core/error.h"

namespace gigamap::cli {

ExitCode exitCodeFor(const std::exception& error) {
    if (dynamic_cast<const core::Error*>(&error) != nullptr) {
        return ExitCode::BadInput;
    }
    return ExitCode::Internal;
}

}  // namespace gigamap::cli
