#include "support/command_output.h"

#include <array>
#include <cstdio>
#include <memory>

namespace gigamap::test {

std::string commandOutput(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string text;
    if (!pipe) {
        return text;
    }
    std::array<char, 4096> buffer{};
    while (const std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe.get())) {
        text.append(buffer.data(), n);
    }
    return text;
}

bool havePoppler() {
    return commandOutput("command -v pdftotext && command -v pdftoppm && command -v pdfimages")
               .find("pdfimages") != std::string::npos;
}

}  // namespace gigamap::test
