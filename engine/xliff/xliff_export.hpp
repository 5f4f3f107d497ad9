#pragma once
// `brochure xliff export`: one XLIFF 2.0 file for one target language. Each text unit of the
// publication becomes a <unit> (id stable across runs, see TextUnit::id) with one segment:
// the source-language text, and the existing translation as <target> (state="translated";
// "initial" when its source has changed since, or when there is none). Inline markup is <pc>
// (b, i, a, span, nobr) or <ph> (br, num) with the original XML in <originalData>.
#include <string>

#include "xliff/text_units.hpp"

namespace xliff {

inline constexpr const char* kXliffNamespace = "urn:oasis:names:tc:xliff:document:2.0";
// Our own attribute on <xliff> (other namespaces are allowed there): the publication it came from.
inline constexpr const char* kBrochureNamespace = "urn:brochure:xliff";

// `publication_reference` is written as br:publication, for `xliff import` to find it again.
std::string export_xliff(const Content& content, const std::string& target_language,
                         const std::string& publication_reference);

}  // namespace xliff
