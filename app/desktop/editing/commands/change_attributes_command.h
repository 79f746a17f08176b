#pragma once

#include <QObject>
#include <map>
#include <string>

#include "editing/commands/add_feature_command.h"
#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// New attribute values for one feature, as the attribute form gives them.
class ChangeAttributesCommand : public EditCommand {
public:
    ChangeAttributesCommand(EditSession& session, const std::string& table, std::int64_t fid,
                            const std::map<std::string, core::Value>& attributes)
        : EditCommand(session,
                      QObject::tr("Edit %1 attributes").arg(AddFeatureCommand::singular(table)),
                      session.editor().changeAttributes(table, fid, attributes)) {}
};

}  // namespace gigamap::desktop
