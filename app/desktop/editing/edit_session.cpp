#include "editing/edit_session.h"

#include <QDir>

#include "common/user_errors.h"
#include "editing/edit_command.h"
#include "gigamap/core/error.h"
#include "gigamap/core/project.h"

namespace gigamap::desktop {
namespace {

// Who the edit log names: the account the desktop runs as.
std::string currentUser() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name.toStdString();
        }
    }
    return QDir::home().dirName().toStdString();
}

}  // namespace

EditSession::EditSession(UserErrors& errors, QObject* parent) : QObject(parent), errors_(errors) {}

EditSession::~EditSession() {
    stack_.clear();  // the commands refer to this session
}

void EditSession::setProject(core::Project* project) {
    stack_.clear();
    journal_.reset();
    editor_.reset();
    project_ = project;
    if (project_ != nullptr) {
        journal_.emplace(*project_, currentUser());
        editor_.emplace(*project_);
    }
}

bool EditSession::isEditable() const {
    return project_ != nullptr && !project_->isReadOnly();
}

bool EditSession::perform(const QString& what,
                          const std::function<std::unique_ptr<EditCommand>()>& make) {
    std::unique_ptr<EditCommand> command;
    const bool done = errors_.run(what, [&] {
        if (!isEditable()) {
            throw core::StoreError(project_ == nullptr
                                       ? "no project is open"
                                       : "the project is open read-only (another gigamap is "
                                         "editing it)");
        }
        command = make();
        if (!command->changes().empty()) {
            command->setApplied(journal_->apply(command->changes()));
        }
    });
    if (!done || command->changes().empty()) {
        return false;  // failed, or nothing to change: no commit, no undo step
    }
    emit committed(command->changes());
    stack_.push(command.release());  // its first redo() is the commit just made
    return true;
}

std::optional<core::ChangeSet> EditSession::apply(const QString& what,
                                                  const core::ChangeSet& changes) {
    std::optional<core::ChangeSet> applied;
    errors_.run(what, [&] {
        if (!journal_) {
            throw core::StoreError("no project is open");
        }
        applied = journal_->apply(changes);
    });
    if (applied) {
        emit committed(*applied);
    }
    return applied;
}

}  // namespace gigamap::desktop
