#include "support/temp_dir.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace gigamap::test {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "gigamap-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary directory");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace gigamap::test

#include <fstream>
#include <sstream>

#include "support/project_fixture.h"

namespace gigamap::test {

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace gigamap::test
