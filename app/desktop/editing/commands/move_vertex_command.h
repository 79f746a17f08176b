#pragma once

#include <QObject>

#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// A duct vertex dragged elsewhere (an end takes the ref of the chamber it lands on).
class MoveVertexCommand : public EditCommand {
public:
    MoveVertexCommand(EditSession& session, std::int64_t duct, std::size_t vertex,
                      const core::Coordinate& to)
        : EditCommand(session, QObject::tr("Move duct vertex"),
                      session.editor().moveVertex(duct, vertex, to)) {}
};

}  // namespace gigamap::desktop
