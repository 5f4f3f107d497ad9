#pragma once
// The `brochure` command: parse options, read inputs, run the jobs in parallel, report.

namespace cli {

// Returns the exit status: 0 success, 1 findings that block output, 2 usage error.
int run(int argc, const char* const* argv);

}  // namespace cli
