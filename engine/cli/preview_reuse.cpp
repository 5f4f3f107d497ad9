#include "cli/preview_reuse.hpp"

#include "util/content_hash.hpp"

namespace cli {

std::uint64_t preview_salt(const std::vector<JobInput>& inputs) {
  util::HashBuilder h;
  for (const auto& input : inputs)
    if (input.name.starts_with("engine ") || input.name.starts_with("file "))
      h.add(input.name).add(input.hash.value_or(0));
  return h.value();
}

std::uint64_t preview_salt_with_fonts(std::uint64_t salt, const draw::Document& document) {
  util::HashBuilder h;
  h.add(salt);
  for (const auto& face : document.fonts) {
    h.add(face.file.string());
    const auto stat = stat_file(face.file);
    h.add(stat ? stat->size : 0).add(stat ? static_cast<std::uint64_t>(stat->mtime_ns) : 0).add(stat ? stat->inode : 0);
  }
  return h.value();
}

EarlierPreviews earlier_previews(const JobRecord* record, const std::filesystem::path& folder, std::uint64_t salt) {
  EarlierPreviews earlier{folder, {}, salt};
  if (!record) return earlier;
  for (const auto& out : record->outputs) {
    const auto digest = record->previews.find(out.file);
    if (digest == record->previews.end()) continue;
    const auto stat = stat_file(folder / out.file);
    if (!stat) continue;
    if ((out.trusted && *stat == out.stat) || util::hash_file(folder / out.file) == out.hash)
      earlier.digests.emplace(out.file, digest->second);
  }
  return earlier;
}

}  // namespace cli
