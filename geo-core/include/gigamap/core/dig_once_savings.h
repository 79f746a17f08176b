#pragma once

#include <string>
#include <vector>

#include "gigamap/core/one_dig.h"

namespace gigamap::core {

class CostModel;
class Project;

// What digging once saves on one opportunity.
struct DigOnceSaving {
    DigOpportunity opportunity;
    std::string surface;        // the planned duct's
    double sharedLength = 0.0;  // metres of the duct within the distance of the work
    double saving = 0.0;        // £
};

struct DigOnceSavingsResult {
    std::vector<DigOnceSaving> savings;  // in the opportunities' order
    double sharedLength = 0.0;
    double total = 0.0;
};

// The estimated saving of each dig-once opportunity: the shared trench length
// (the length of the planned duct within the One Dig distance of the street
// work, i.e. inside the work's buffer with 8 segments per quarter circle) times
// the difference between the open-cut rate of the duct's surface and the
// shared-dig rate (never below zero).
[[nodiscard]] DigOnceSavingsResult digOnceSavings(Project& project,
                                                  const std::vector<DigOpportunity>& opportunities,
                                                  double distance, const CostModel& costs);

}  // namespace gigamap::core
