#pragma once
// A content digest (MD5, through qpdf's crypto provider) for names and identifiers that must
// be the same whenever the content is: subset tags, XMP document and instance ids.
// Not for security.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

class QPDFCryptoImpl;

namespace exporter::pdf {

class Digest {
 public:
  Digest();
  ~Digest();
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  Digest& add(std::string_view bytes);
  Digest& add(std::uint32_t value);  // four bytes, big-endian
  std::array<std::uint8_t, 16> finish();

 private:
  std::shared_ptr<QPDFCryptoImpl> md5_;
};

// "uuid:xxxxxxxx-xxxx-3xxx-yxxx-xxxxxxxxxxxx": a name-based (version 3, MD5) UUID URN.
std::string uuid_urn(const std::array<std::uint8_t, 16>& digest);

}  // namespace exporter::pdf
