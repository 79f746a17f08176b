#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>
#include <set>

#include "gigamap/core/change_notice.h"
#include "gigamap/core/pg_change_listener.h"

namespace gigamap::desktop {

// Delivers, on the GUI thread, the changes other desktops and imports commit
// to the server project this window has open: a core::PgChangeListener (its
// own connection, LISTEN on the project's channel) whose socket a
// QSocketNotifier watches, so nothing polls and nothing blocks. The window's
// own commits (its connections' server processes, see ignoreSender) are not
// reported back to it.
class ServerChangeWatcher : public QObject {
    Q_OBJECT
public:
    // Connects and starts listening; core::StoreError when the server cannot be reached.
    explicit ServerChangeWatcher(const core::ProjectLocator& locator, QObject* parent = nullptr);
    ~ServerChangeWatcher() override;

    // Commits made by this server process (PQbackendPID of one of the
    // window's own connections) are left out.
    void ignoreSender(int backendPid);
    // The listening connection's server process.
    [[nodiscard]] int listenerPid() const { return listener_.backendPid(); }

signals:
    // Someone else committed `notice` (layer, box, role, action).
    void changed(const gigamap::core::ChangeNotice& notice);
    // The listening connection was lost; no more changes will be reported.
    void lost(const QString& message);

private:
    void readNotices();

    core::PgChangeListener listener_;
    std::unique_ptr<QSocketNotifier> notifier_;
    std::set<int> ownSenders_;
};

// What the status bar says about a change: "alice updated 2 features in ducts".
[[nodiscard]] QString describeChange(const core::ChangeNotice& notice);

}  // namespace gigamap::desktop
