#include "gigamap/core/pg_change_listener.h"

#include <fmt/format.h>
#include <libpq-fe.h>
#include <poll.h>

#include <cerrno>

#include "gigamap/core/error.h"
#include "gigamap/core/pg_connection.h"

namespace gigamap::core {
namespace {

struct NotifyFree {
    void operator()(PGnotify* notify) const { PQfreemem(notify); }
};
using NotifyPtr = std::unique_ptr<PGnotify, NotifyFree>;

}  // namespace

PgChangeListener::PgChangeListener(const ProjectLocator& locator)
    : schema_(locator.schema()), connection_(std::make_unique<PgConnection>(locator.conninfo())) {
    connection_->exec("LISTEN " + connection_->identifier(changeChannel(schema_)));
}

PgChangeListener::PgChangeListener(PgChangeListener&&) noexcept = default;
PgChangeListener& PgChangeListener::operator=(PgChangeListener&&) noexcept = default;
PgChangeListener::~PgChangeListener() = default;

int PgChangeListener::socket() const {
    return PQsocket(connection_->handle());
}

int PgChangeListener::backendPid() const {
    return PQbackendPID(connection_->handle());
}

std::vector<ChangeNotice> PgChangeListener::take() {
    pg_conn* conn = connection_->handle();
    if (PQconsumeInput(conn) != 1 || PQstatus(conn) != CONNECTION_OK) {
        std::string message = PQerrorMessage(conn);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
            message.pop_back();
        }
        throw StoreError(fmt::format(
            "lost the connection to PostgreSQL that listens for changes to schema '{}': {}",
            schema_, message));
    }
    std::vector<ChangeNotice> notices;
    while (NotifyPtr notify{PQnotifies(conn)}) {
        auto notice = decodeChangeNotice(notify->extra);
        if (notice && notice->schema == schema_) {
            notice->senderPid = notify->be_pid;
            notices.push_back(std::move(*notice));
        }
    }
    return notices;
}

bool PgChangeListener::wait(std::chrono::milliseconds timeout) const {
    pollfd descriptor{socket(), POLLIN, 0};
    int ready = 0;
    do {
        ready = ::poll(&descriptor, 1, static_cast<int>(timeout.count()));
    } while (ready < 0 && errno == EINTR);
    return ready > 0;
}

}  // namespace gigamap::core
