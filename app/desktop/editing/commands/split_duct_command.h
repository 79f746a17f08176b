#pragma once

#include <QObject>

#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// The ducts passing through a chamber split in two there.
class SplitDuctCommand : public EditCommand {
public:
    SplitDuctCommand(EditSession& session, std::int64_t chamber)
        : EditCommand(session, QObject::tr("Split duct at chamber"),
                      session.editor().splitDuctsAtChamber(chamber)) {}
};

}  // namespace gigamap::desktop
