#pragma once

#include <memory>
#include <string>

struct pj_ctx;
using PJ_CONTEXT = struct pj_ctx;

namespace gigamap::core {

// A PROJ context (RAII over PJ_CONTEXT*), one per thread. Its log callback only
// records the last error message; the wrappers throw CrsError after the call.
class ProjContext {
public:
    ProjContext();
    ProjContext(ProjContext&&) noexcept;
    ProjContext& operator=(ProjContext&&) noexcept;
    ProjContext(const ProjContext&) = delete;
    ProjContext& operator=(const ProjContext&) = delete;
    ~ProjContext();

    [[nodiscard]] PJ_CONTEXT* handle() const;
    // The last message PROJ logged, or its error string for the current errno.
    [[nodiscard]] std::string lastError() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace gigamap::core
