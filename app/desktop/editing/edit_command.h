#pragma once

#include <QString>
#include <QUndoCommand>

#include "gigamap/core/feature_change.h"

namespace gigamap::desktop {

class EditSession;

// An edit on the undo stack, in the manner of QGIS's vector layer undo
// commands: it holds the change set it committed, so undo commits the inverse
// and redo the change again, each as one transaction with its edit log rows.
// The subclasses (one per kind of edit) only work out the change set. An undo
// or redo that the store refuses is reported and drops the command from the
// stack, so the history never claims what the project does not hold.
class EditCommand : public QUndoCommand {
public:
    EditCommand(EditSession& session, const QString& text, core::ChangeSet changes);

    // The changes to commit, and after the commit the changes as stored.
    [[nodiscard]] const core::ChangeSet& changes() const { return changes_; }
    void setApplied(core::ChangeSet applied) { changes_ = std::move(applied); }

    void undo() override;
    void redo() override;

private:
    EditSession& session_;
    core::ChangeSet changes_;
    bool committed_ = false;  // perform() commits before the stack's first redo()
};

}  // namespace gigamap::desktop
