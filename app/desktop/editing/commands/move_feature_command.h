#pragma once

#include <QObject>
#include <string>

#include "editing/commands/add_feature_command.h"
#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// A chamber, node or hotspot moved; the ends of the ducts attached to a chamber or node move with
// it (network-aware editing). A drag is committed once, on release, so it is one undo step.
class MoveFeatureCommand : public EditCommand {
public:
    MoveFeatureCommand(EditSession& session, const std::string& table, std::int64_t fid,
                       const core::Coordinate& to)
        : EditCommand(session, QObject::tr("Move %1").arg(AddFeatureCommand::singular(table)),
                      session.editor().movePoint(table, fid, to)) {}
};

}  // namespace gigamap::desktop
