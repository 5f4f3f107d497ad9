#include "export/pdf/srgb_profile.hpp"

#include <lcms2.h>

#include <stdexcept>

#include "export/pdf/pdf_date.hpp"
#include "util/handle.hpp"

namespace exporter::pdf {

std::string srgb_profile(const std::string& build_date) {
  util::Handle<void, cmsCloseProfile> profile(cmsCreate_sRGBProfile());
  if (!profile) throw std::runtime_error("lcms2 cannot make an sRGB profile");
  // lcms2 makes ICC v4.3 profiles, newer than PDF 1.6 (the base of PDF/X-4) knows; v2.1 is
  // what every RIP reads.
  cmsSetProfileVersion(profile.get(), 2.1);
  cmsUInt32Number size = 0;
  if (!cmsSaveProfileToMem(profile.get(), nullptr, &size)) throw std::runtime_error("lcms2 cannot size the sRGB profile");
  std::string bytes(size, '\0');
  if (!cmsSaveProfileToMem(profile.get(), bytes.data(), &size)) throw std::runtime_error("lcms2 cannot save the sRGB profile");

  // ICC.1 header, bytes 24-35: creation date and time as six big-endian uint16 (UTC).
  const DateTime when = parse_iso_date_time(build_date).to_utc();
  const int fields[6] = {when.year, when.month, when.day, when.hour, when.minute, when.second};
  for (int i = 0; i < 6; ++i) {
    bytes[24 + 2 * i] = static_cast<char>((fields[i] >> 8) & 0xFF);
    bytes[25 + 2 * i] = static_cast<char>(fields[i] & 0xFF);
  }
  return bytes;
}

}  // namespace exporter::pdf
