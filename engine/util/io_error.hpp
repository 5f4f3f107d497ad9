#pragma once
// What an operating-system error means for the person running the build: "disk full while
// writing …" rather than an error number or "internal error".
#include <filesystem>
#include <string>
#include <system_error>

namespace util {

// `doing` is "writing", "reading", "creating", …; `path` what was being worked on.
std::string describe_io_error(const std::error_code& error, const std::string& doing, const std::filesystem::path& path);

// True when the file system holding `path` has almost no room left (under 64 KB): for errors
// whose OS reason was lost on the way (a library's "write error").
bool nearly_full(const std::filesystem::path& path);

// Thrown by this project's own file writers and readers, carrying the OS error.
[[noreturn]] void throw_io_error(int error_number, const std::filesystem::path& path, const char* doing);

}  // namespace util
