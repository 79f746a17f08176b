#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gigamap/core/layer_summary.h"
#include "gigamap/core/project_meta.h"

namespace gigamap::core {

class FeatureStore;
class ProjectLocator;

// An open project, wherever it lives: what commands, analyses and reports
// read from it, the same for a SpatiaLite file (Project) and a schema on
// PostgreSQL (PostgisProject). Obtain one for a locator with openProject().
class ProjectHandle {
public:
    enum class Access { ReadOnly, ReadWrite };

    virtual ~ProjectHandle() = default;

    // Where the project lives as messages show it: the file path, or the
    // server URI with its schema and without any password.
    [[nodiscard]] virtual std::string display() const = 0;
    [[nodiscard]] virtual bool isReadOnly() const = 0;
    [[nodiscard]] virtual int srid() const = 0;
    [[nodiscard]] virtual ProjectMeta meta() const = 0;
    // Every project_meta row: key -> value.
    [[nodiscard]] virtual std::map<std::string, std::string> metaValues() const = 0;
    // What analyses, reports, maps and the desktop read from the layers.
    [[nodiscard]] virtual const FeatureStore& features() const = 0;

    // Every layer of the project schema with its feature count and extent.
    [[nodiscard]] std::vector<LayerSummary> layerSummaries() const;

protected:
    ProjectHandle() = default;
    ProjectHandle(const ProjectHandle&) = default;
    ProjectHandle(ProjectHandle&&) noexcept = default;
    ProjectHandle& operator=(const ProjectHandle&) = default;
    ProjectHandle& operator=(ProjectHandle&&) noexcept = default;
};

// Opens the project `locator` names: a file as Project::open does (ReadWrite
// takes the editing lock), a server schema as PostgisProject::open does
// (ReadOnly makes every transaction of the connection read-only, so the
// server itself refuses a write). Throws what those throw.
[[nodiscard]] std::unique_ptr<ProjectHandle> openProject(const ProjectLocator& locator,
                                                         ProjectHandle::Access access);

}  // namespace gigamap::core
