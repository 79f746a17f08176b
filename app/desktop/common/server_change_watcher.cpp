#include "common/server_change_watcher.h"

#include <map>
#include <string>

#include "common/qt_text.h"
#include "gigamap/core/error.h"

namespace gigamap::desktop {

ServerChangeWatcher::ServerChangeWatcher(const core::ProjectLocator& locator, QObject* parent)
    : QObject(parent),
      listener_(locator),
      notifier_(std::make_unique<QSocketNotifier>(listener_.socket(), QSocketNotifier::Read)) {
    connect(notifier_.get(), &QSocketNotifier::activated, this, &ServerChangeWatcher::readNotices);
}

ServerChangeWatcher::~ServerChangeWatcher() = default;

void ServerChangeWatcher::ignoreSender(int backendPid) {
    ownSenders_.insert(backendPid);
}

void ServerChangeWatcher::readNotices() {
    try {
        for (const auto& notice : listener_.take()) {
            if (!ownSenders_.contains(notice.senderPid)) {
                emit changed(notice);
            }
        }
    } catch (const core::StoreError& error) {
        // The socket stays readable at its end: stop watching it.
        notifier_->setEnabled(false);
        emit lost(qtText(error.what()));
    }
}

QString describeChange(const core::ChangeNotice& notice) {
    static const std::map<std::string, QString> verbs = {
        {"insert", QObject::tr("added")},        {"update", QObject::tr("changed")},
        {"delete", QObject::tr("deleted")},      {"import", QObject::tr("imported")},
        {"undo", QObject::tr("undid edits to")}, {"redo", QObject::tr("redid edits to")},
        {"edit", QObject::tr("edited")}};
    const auto verb = verbs.find(notice.action);
    const QString who = notice.role.empty() ? QObject::tr("Someone") : qtText(notice.role);
    const QString count = notice.features == 1 ? QObject::tr("1 feature")
                                               : QObject::tr("%1 features").arg(notice.features);
    return QStringLiteral("%1 %2 %3 in %4")
        .arg(who, verb != verbs.end() ? verb->second : qtText(notice.action), count,
             qtText(notice.table));
}

}  // namespace gigamap::desktop
