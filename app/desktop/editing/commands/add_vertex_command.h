#pragma once

#include <QObject>

#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// A vertex inserted into a duct.
class AddVertexCommand : public EditCommand {
public:
    AddVertexCommand(EditSession& session, std::int64_t duct, std::size_t index,
                     const core::Coordinate& at)
        : EditCommand(session, QObject::tr("Add duct vertex"),
                      session.editor().insertVertex(duct, index, at)) {}
};

}  // namespace gigamap::desktop
