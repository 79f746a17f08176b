#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <functional>
#include <memory>
#include <optional>

#include "gigamap/core/edit_journal.h"
#include "gigamap/core/feature_change.h"
#include "gigamap/core/network_editor.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

class EditCommand;
class UserErrors;

// The editing of one open project: its journal (each change set one
// transaction, logged), the undo stack of the commands that made them, and
// the one place where an edit's failure becomes a message to the user.
class EditSession : public QObject {
    Q_OBJECT

public:
    EditSession(UserErrors& errors, QObject* parent = nullptr);
    ~EditSession() override;

    // Starts editing `project` (nullptr: none); the undo history starts empty.
    void setProject(core::Project* project);
    [[nodiscard]] core::Project* project() const { return project_; }
    // A project is open and not read-only.
    [[nodiscard]] bool isEditable() const;
    [[nodiscard]] QUndoStack& undoStack() { return stack_; }
    [[nodiscard]] const core::NetworkEditor& editor() const { return *editor_; }

    // How near (screen pixels) a drawn point must be to snap to the network.
    [[nodiscard]] double snapTolerancePixels() const { return snapTolerancePixels_; }
    void setSnapTolerancePixels(double pixels) { snapTolerancePixels_ = pixels; }
    // Whether a new feature's attribute form opens before it is added.
    [[nodiscard]] bool formOnCreate() const { return formOnCreate_; }
    void setFormOnCreate(bool open) { formOnCreate_ = open; }

    // Makes the command (which works out its change set), commits it and puts
    // it on the undo stack; a failure is reported as "Could not <what>" and
    // leaves the project and the stack as they were. False if nothing was done.
    bool perform(const QString& what, const std::function<std::unique_ptr<EditCommand>()>& make);

    // Applies a change set (a command's redo or undo) and tells the map; what
    // went wrong is reported and nothing is returned.
    std::optional<core::ChangeSet> apply(const QString& what, const core::ChangeSet& changes);

signals:
    // A change set was committed to the project (an edit, an undo or a redo).
    void committed(const gigamap::core::ChangeSet& changes);

private:
    UserErrors& errors_;
    core::Project* project_ = nullptr;
    std::optional<core::EditJournal> journal_;
    std::optional<core::NetworkEditor> editor_;
    QUndoStack stack_;
    double snapTolerancePixels_ = 12.0;
    bool formOnCreate_ = true;
};

}  // namespace gigamap::desktop
