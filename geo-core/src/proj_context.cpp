#include "gigamap/core/proj_context.h"

#include <proj.h>

namespace gigamap::core {

struct ProjContext::State {
    struct Destroyer {
        void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
    };
    std::unique_ptr<PJ_CONTEXT, Destroyer> ctx;
    std::string lastMessage;
};

namespace {

// Records only: a C callback must not throw.
void recordLog(void* data, int level, const char* message) {
    if (level == PJ_LOG_ERROR && message != nullptr) {
        static_cast<std::string*>(data)->assign(message);
    }
}

}  // namespace

ProjContext::ProjContext() : state_(std::make_unique<State>()) {
    state_->ctx.reset(proj_context_create());
    proj_log_func(state_->ctx.get(), &state_->lastMessage, recordLog);
    proj_log_level(state_->ctx.get(), PJ_LOG_ERROR);
}

ProjContext::ProjContext(ProjContext&&) noexcept = default;
ProjContext& ProjContext::operator=(ProjContext&&) noexcept = default;
ProjContext::~ProjContext() = default;

PJ_CONTEXT* ProjContext::handle() const {
    return state_->ctx.get();
}

std::string ProjContext::lastError() const {
    if (!state_->lastMessage.empty()) {
        return state_->lastMessage;
    }
    const int err = proj_context_errno(handle());
    return err != 0 ? proj_context_errno_string(handle(), err) : "unknown PROJ error";
}

}  // namespace gigamap::core
