#include "gigamap/core/atomic_file.h"

#include "gigamap/core/error.h"

namespace gigamap::core {

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)),
      partial_(target_.string() + ".partial" + target_.extension().string()) {}

AtomicFile::~AtomicFile() {
    if (!committed_) {
        std::error_code ignored;
        std::filesystem::remove(partial_, ignored);
    }
}

void AtomicFile::commit() {
    std::error_code error;
    if (!std::filesystem::exists(partial_, error)) {
        throw ExportError("cannot write " + target_.string());
    }
    std::filesystem::rename(partial_, target_, error);
    if (error) {
        throw ExportError("cannot write " + target_.string() + ": " + error.message());
    }
    committed_ = true;
}

}  // namespace gigamap::core
