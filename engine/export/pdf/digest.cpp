#include "export/pdf/digest.hpp"

#include <qpdf/QPDFCryptoImpl.hh>
#include <qpdf/QPDFCryptoProvider.hh>

namespace exporter::pdf {

Digest::Digest() : md5_(QPDFCryptoProvider::getImpl()) { md5_->MD5_init(); }

Digest::~Digest() = default;

Digest& Digest::add(std::string_view bytes) {
  md5_->MD5_update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return *this;
}

Digest& Digest::add(std::uint32_t value) {
  const unsigned char bytes[4] = {static_cast<unsigned char>(value >> 24), static_cast<unsigned char>(value >> 16),
                                  static_cast<unsigned char>(value >> 8), static_cast<unsigned char>(value)};
  md5_->MD5_update(bytes, 4);
  return *this;
}

std::array<std::uint8_t, 16> Digest::finish() {
  md5_->MD5_finalize();
  QPDFCryptoImpl::MD5_Digest raw;
  md5_->MD5_digest(raw);
  std::array<std::uint8_t, 16> out;
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = raw[i];
  return out;
}

std::string uuid_urn(const std::array<std::uint8_t, 16>& digest) {
  auto bytes = digest;
  bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x30);  // version 3: name-based, MD5
  bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static const char hex[] = "0123456789abcdef";
  std::string out = "uuid:";
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += hex[bytes[i] >> 4];
    out += hex[bytes[i] & 0xF];
  }
  return out;
}

}  // namespace exporter::pdf
