#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/project.h"
#include "gigamap/core/project_locator.h"
#include "support/temp_dir.h"

namespace gigamap::test {

// The throwaway cluster's database (GIGAMAP_PG_URI, set by CTest's pg_cluster fixture).
[[nodiscard]] std::string serverUri();

// A test on the throwaway server: each schema it names is its own (a tag, the
// process id and a counter in it) and is dropped afterwards.
class ServerTest : public ::testing::Test {
protected:
    void TearDown() override;

    // The URI of a new schema with `tag` in its name.
    [[nodiscard]] std::string schemaUri(std::string_view tag);
    [[nodiscard]] core::ProjectLocator schemaLocator(std::string_view tag) {
        return core::ProjectLocator::parse(schemaUri(tag));
    }
    // Uses `schema` (any text) as it is, percent-encoded in the URI.
    [[nodiscard]] std::string uriOfSchema(const std::string& schema);

    TempDir dir_;
    std::vector<std::string> schemas_;
};

// A project file with features in every layer: NULLs, text that COPY and SQL
// must escape, doubles that need all 17 digits, points, lines, polygons, a
// feature without geometry, project_meta, a layer style and edit_log rows.
void fillProject(core::Project& project);

// Every layer read through the two stores gives the same rows: fids, values and WKB bytes.
void expectSameLayers(const core::FeatureStore& expected, const core::FeatureStore& actual);

}  // namespace gigamap::test
