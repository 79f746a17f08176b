#pragma once

#include <QObject>
#include <map>
#include <string>
#include <vector>

#include "editing/edit_command.h"
#include "editing/edit_session.h"
#include "gigamap/core/feature.h"

namespace gigamap::desktop {

// A new chamber, node, hotspot or duct. A chamber placed on a duct splits it (one step); a duct
// records the chambers at its ends.
class AddFeatureCommand : public EditCommand {
public:
    // A point feature of `table` with `attributes` at `at`.
    AddFeatureCommand(EditSession& session, const std::string& table,
                      const std::map<std::string, core::Value>& attributes,
                      const core::Coordinate& at)
        : EditCommand(session, QObject::tr("Add %1").arg(singular(table)),
                      table == "chambers"
                          ? session.editor().addChamber({0, attributes, core::pointWkb(at.x, at.y)})
                          : session.editor().addFeature(
                                table, {0, attributes, core::pointWkb(at.x, at.y)})) {}
    // A duct through `vertices`.
    AddFeatureCommand(EditSession& session, const std::vector<core::Coordinate>& vertices,
                      const std::map<std::string, core::Value>& attributes)
        : EditCommand(session, QObject::tr("Add duct"),
                      session.editor().addDuct(vertices, attributes)) {}

    [[nodiscard]] static QString singular(const std::string& table) {
        if (table == "chambers") {
            return QObject::tr("chamber");
        }
        if (table == "nodes") {
            return QObject::tr("node");
        }
        if (table == "hotspots") {
            return QObject::tr("hotspot");
        }
        return QObject::tr("duct");
    }
};

}  // namespace gigamap::desktop
