#pragma once

#include <QObject>

#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// Two ducts meeting end to end become one (the first keeps its attributes).
class MergeDuctsCommand : public EditCommand {
public:
    MergeDuctsCommand(EditSession& session, std::int64_t first, std::int64_t second)
        : EditCommand(session, QObject::tr("Merge ducts"),
                      session.editor().mergeDucts(first, second)) {}
};

}  // namespace gigamap::desktop
