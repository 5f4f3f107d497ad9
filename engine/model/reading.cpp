#include "model/reading.hpp"

namespace model {

std::filesystem::path file_identity(const std::filesystem::path& path) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(path, ec);
  if (!ec) return canonical;
  auto absolute = std::filesystem::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal();
}

}  // namespace model
