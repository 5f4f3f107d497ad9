#pragma once
// A job's result as text, so a worker process can hand it to the parent through a pipe.
#include <optional>
#include <string>

#include "cli/job.hpp"

namespace cli {

std::string serialize(const JobResult& result);
// nullopt when the text is not a complete report (the worker died while writing it).
std::optional<JobResult> deserialize(const std::string& text);

}  // namespace cli
