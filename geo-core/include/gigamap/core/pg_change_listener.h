#pragma once

#include <chrono>
#include <memory>
#include <vector>

#include "gigamap/core/change_notice.h"
#include "gigamap/core/project_locator.h"

namespace gigamap::core {

class PgConnection;

// Listens for the changes other connections commit to one server project
// (publishChange): its own libpq connection, LISTEN on the schema's channel,
// nothing ever blocking. A GUI watches socket() for reading (a
// QSocketNotifier) and calls take() when it is readable; a command-line tool
// or a test may wait() instead. Closing the listener closes its connection.
class PgChangeListener {
public:
    // Connects with the locator's conninfo and starts listening; StoreError
    // when the server cannot be reached (the message never holds a password).
    explicit PgChangeListener(const ProjectLocator& locator);
    PgChangeListener(PgChangeListener&&) noexcept;
    PgChangeListener& operator=(PgChangeListener&&) noexcept;
    PgChangeListener(const PgChangeListener&) = delete;
    PgChangeListener& operator=(const PgChangeListener&) = delete;
    ~PgChangeListener();

    // The connection's socket, readable when something arrived.
    [[nodiscard]] int socket() const;
    // The notices of this project that arrived, in commit order, without
    // waiting; other payloads on the channel are skipped. StoreError when the
    // connection was lost (the server stopped, the backend was terminated).
    [[nodiscard]] std::vector<ChangeNotice> take();
    // Waits up to `timeout` until the socket is readable; true when it is.
    [[nodiscard]] bool wait(std::chrono::milliseconds timeout) const;
    // The listening connection's server process (PQbackendPID).
    [[nodiscard]] int backendPid() const;

private:
    std::string schema_;
    std::unique_ptr<PgConnection> connection_;
};

}  // namespace gigamap::core
