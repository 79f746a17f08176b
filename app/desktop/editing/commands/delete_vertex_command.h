#pragma once

#include <QObject>

#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// A vertex removed from a duct (never below two).
class DeleteVertexCommand : public EditCommand {
public:
    DeleteVertexCommand(EditSession& session, std::int64_t duct, std::size_t vertex)
        : EditCommand(session, QObject::tr("Delete duct vertex"),
                      session.editor().deleteVertex(duct, vertex)) {}
};

}  // namespace gigamap::desktop
