#pragma once
// The build date in the three spellings the print edition needs: PDF dates for the Info
// dictionary, XMP dates for the metadata stream, and the ISO 8601 text it arrives as.
#include <string>

namespace exporter::pdf {

struct DateTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;  // east of UTC

  DateTime to_utc() const;
};

// "2026-01-15", "2026-01-15T08:30:00Z", "2026-01-15T08:30:00+07:00" (seconds and fractions
// optional). A time without a zone is taken as UTC so the output does not depend on where it
// is built. Throws util::Failure when the text is not such a date.
DateTime parse_iso_date_time(const std::string& text);

// "D:20260115083000+07'00'" or "D:20260115083000Z" (PDF 1.7, 7.9.4).
std::string pdf_date(const DateTime& t);
// "2026-01-15T08:30:00+07:00" or "2026-01-15T08:30:00Z".
std::string xmp_date(const DateTime& t);

}  // namespace exporter::pdf
