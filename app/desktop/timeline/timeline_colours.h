#pragma once

#include <QColor>

namespace gigamap::desktop::timeline_colours {

// What the One Dig timeline draws with (TimelineView), in one place for the
// view, its legend and the tests that read its pixels.
inline const QColor kWork(91, 139, 208);
inline const QColor kDuct(46, 157, 87);
inline const QColor kOpportunity(240, 165, 0);
inline const QColor kConflict(214, 40, 40);
inline const QColor kDay(230, 0, 180);
// Section 58 restrictions: hatched, in force solid-edged, proposed dashed.
inline const QColor kRestriction(160, 30, 30);
inline const QColor kProposedRestriction(120, 60, 190);
// Join-by days: a diamond on the duct's lane; a missed one grey and struck through.
inline const QColor kJoinBy(120, 70, 0);
inline const QColor kMissedJoinBy(150, 150, 150);
inline const QColor kStrike(214, 40, 40);

}  // namespace gigamap::desktop::timeline_colours
