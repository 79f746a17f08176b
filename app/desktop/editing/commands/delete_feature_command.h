#pragma once

#include <QObject>
#include <string>

#include "editing/commands/add_feature_command.h"
#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// A feature deleted; a chamber's ducts forget its ref (undo restores both).
class DeleteFeatureCommand : public EditCommand {
public:
    DeleteFeatureCommand(EditSession& session, const std::string& table, std::int64_t fid)
        : EditCommand(session, QObject::tr("Delete %1").arg(AddFeatureCommand::singular(table)),
                      session.editor().deleteFeature(table, fid)) {}
};

}  // namespace gigamap::desktop
