#include "gigamap/importers/import_job.h"

#include "gigamap/core/error.h"
#include "gigamap/importers/codepoint_importer.h"
#include "gigamap/importers/ofcom_fixed_importer.h"
#include "gigamap/importers/ofcom_mobile_importer.h"
#include "gigamap/importers/street_manager_importer.h"

namespace gigamap::importers {

ImportSummary ImportJob::run(ImportTarget target, core::Feedback* feedback) const {
    core::BulkWriter& project = target.writer();
    if (paths.empty()) {
        throw core::ImportError("no file to import");
    }
    switch (kind) {
        case ImportKind::CodePoint: {
            CodePointOptions options;
            options.source = source;
            options.district = district;
            return CodePointImporter(project, std::move(options)).importFiles(paths, feedback);
        }
        case ImportKind::OfcomFixed: {
            OfcomFixedOptions options;
            options.source = source;
            options.district = district;
            return OfcomFixedImporter(project, std::move(options)).importFiles(paths, feedback);
        }
        case ImportKind::OfcomMobile: {
            OfcomMobileOptions options;
            options.source = source;
            return OfcomMobileImporter(project, std::move(options)).importFiles(paths, feedback);
        }
        case ImportKind::StreetManager: {
            StreetManagerOptions options;
            options.source = source;
            return StreetManagerImporter(project, std::move(options)).importPaths(paths, feedback);
        }
        case ImportKind::Vector: {
            if (paths.size() != 1) {
                throw core::ImportError("a map file is imported one file at a time");
            }
            VectorOptions options = vector;
            options.source = source;
            return VectorImporter(project, std::move(options)).importFile(paths.front(), feedback);
        }
    }
    throw core::ImportError("unknown kind of import");
}

}  // namespace gigamap::importers
