#pragma once

#include <string>

namespace gigamap::test {

// What a shell command printed on stdout; empty when it could not run. For
// reading files back with tools such as poppler-utils (pdftotext, pdfimages).
std::string commandOutput(const std::string& command);

// Whether poppler-utils' pdftotext, pdftoppm and pdfimages are installed.
bool havePoppler();

}  // namespace gigamap::test
