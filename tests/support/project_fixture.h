#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/temp_dir.h"

namespace gigamap::test {

// A test with a temporary folder and the path of a project file inside it.
class ProjectTest : public ::testing::Test {
protected:
    TempDir dir_;
    std::filesystem::path projectPath_ = dir_.file("project.sqlite");
};

// The bytes of a file, to prove it was not changed.
std::string fileBytes(const std::filesystem::path& path);

}  // namespace gigamap::test
