#include "gigamap/core/headline_coverage.h"

#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::core {

HeadlineCoverage headlineCoverage(Project& project) {
    // Only postcodes with both premises and a gigabit figure (an Ofcom row) count.
    auto stmt = project.database().prepare(
        "SELECT count(*), coalesce(sum(all_premises), 0), "
        "coalesce(sum(all_premises * below_uso_pct / 100.0), 0), "
        "coalesce(sum(all_premises * (1 - sfbb_pct / 100.0)), 0), "
        "coalesce(sum(all_premises * sfbb_pct / 100.0), 0), "
        "coalesce(sum(all_premises * ufbb_pct / 100.0), 0), "
        "coalesce(sum(all_premises * gigabit_pct / 100.0), 0), "
        "coalesce(sum(all_premises * full_fibre_pct / 100.0), 0) "
        "FROM postcodes WHERE all_premises IS NOT NULL AND gigabit_pct IS NOT NULL");
    HeadlineCoverage headline;
    if (stmt.step()) {
        headline.postcodes = stmt.columnInt64(0);
        headline.premises = stmt.columnInt64(1);
        headline.belowUso = stmt.columnDouble(2);
        headline.belowSfbb = stmt.columnDouble(3);
        headline.sfbb = stmt.columnDouble(4);
        headline.ufbb = stmt.columnDouble(5);
        headline.gigabit = stmt.columnDouble(6);
        headline.fullFibre = stmt.columnDouble(7);
    }
    return headline;
}

}  // namespace gigamap::core
