#pragma once

#include <cstdint>

namespace gigamap::core {
class Feedback;
}

namespace gigamap::importers {

// Reports an import's progress to its Feedback every few records and stops the
// import (core::CancelledError, so its transaction rolls back) once cancelled.
class ImportProgress {
public:
    explicit ImportProgress(core::Feedback* feedback, std::int64_t every = 2048)
        : feedback_(feedback), every_(every) {}

    // Called once per record with the work done and the whole work (bytes, features).
    void tick(std::uint64_t done, std::uint64_t total);
    void finish();

private:
    core::Feedback* feedback_;
    std::int64_t every_;
    std::int64_t records_ = 0;
};

}  // namespace gigamap::importers
