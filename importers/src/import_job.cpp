#include "gigamap/importers/import_job.h"

#include "gigamap/core/error.h"
#include "gigamap/importers/codepoint_importer.h"
#include "gigamap/importers/ofcom_fixed_importer.h"
#include "gigamap/importers/ofcom_mobile_importer.h"
#include "gigamap/importers/street_manager_importer.h"

namespace gigamap::importers {

ImportSummary ImportJob::run(core::Project& project, core::Feedback* feedback) const {
    if (paths.empty()) {
        throw core::ImportError("no file to import");
    }
    switch (kind) {
        case ImportKind::CodePoint:
            return CodePointImporter(project, {district, rejectsFile, vintage, attribution})
                .importFiles(paths, feedback);
        case ImportKind::OfcomFixed:
            return OfcomFixedImporter(project, {vintage, district, rejectsFile, attribution})
                .importFiles(paths, feedback);
        case ImportKind::OfcomMobile:
            return OfcomMobileImporter(project, {vintage, rejectsFile, attribution})
                .importFiles(paths, feedback);
        case ImportKind::StreetManager:
            return StreetManagerImporter(project, {rejectsFile, vintage, attribution})
                .importPaths(paths, feedback);
        case ImportKind::Vector: {
            if (paths.size() != 1) {
                throw core::ImportError("a map file is imported one file at a time");
            }
            VectorOptions options = vector;
            options.rejectsFile = rejectsFile;
            options.source = {sourceName.empty() ? options.table : sourceName, vintage,
                              attribution};
            return VectorImporter(project, std::move(options)).importFile(paths.front(), feedback);
        }
    }
    throw core::ImportError("unknown kind of import");
}

}  // namespace gigamap::importers
