# Warning and sanitizer settings live on INTERFACE targets that each gigamap
# target links privately, so nothing outside the project inherits them.
option(GIGAMAP_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(GIGAMAP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(gigamap_warnings INTERFACE)
target_compile_options(gigamap_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
if(GIGAMAP_WARNINGS_AS_ERRORS)
  target_compile_options(gigamap_warnings INTERFACE -Werror)
endif()

if(GIGAMAP_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# The `fuzz` preset: clang instruments everything it builds for libFuzzer
# (coverage) and AddressSanitizer + UBSan; only the fuzz/ targets link the
# fuzzer's main.
option(GIGAMAP_FUZZ "Build the libFuzzer targets in fuzz/ (clang)" OFF)
if(GIGAMAP_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "GIGAMAP_FUZZ needs clang (the fuzz preset uses clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
