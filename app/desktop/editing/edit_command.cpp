#include "editing/edit_command.h"

#include <QObject>

#include "editing/edit_session.h"

namespace gigamap::desktop {

EditCommand::EditCommand(EditSession& session, const QString& text, core::ChangeSet changes)
    : QUndoCommand(text), session_(session), changes_(std::move(changes)) {}

void EditCommand::undo() {
    const auto undone =
        session_.apply(QObject::tr("undo “%1”").arg(text()), core::inverted(changes_));
    if (!undone) {
        setObsolete(true);
        return;
    }
    // The store's own after-states: the next redo checks against exactly these.
    changes_ = core::inverted(*undone);
}

void EditCommand::redo() {
    if (!committed_) {
        committed_ = true;
        return;
    }
    const auto redone = session_.apply(QObject::tr("redo “%1”").arg(text()), changes_);
    if (!redone) {
        setObsolete(true);
        return;
    }
    changes_ = *redone;
}

}  // namespace gigamap::desktop
