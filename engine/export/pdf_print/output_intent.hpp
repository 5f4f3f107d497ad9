#pragma once
// The PDF/X output intent: the printing condition the file was made for, with its CMYK ICC
// profile embedded (DESIGN.md: FOGRA39 from layouts/color/FOGRA39L-argyll.icc).
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <filesystem>
#include <string>

#include "draw/document.hpp"

namespace exporter::pdf_print {

// The layout's profile, or the engine's FOGRA39 profile when the layout names none.
std::filesystem::path output_profile_path(const draw::PrintSetup& print);

// The profile's bytes, after checking with lcms2 that it is an output-class CMYK profile.
// Throws util::Failure naming the file otherwise.
std::string read_output_profile(const std::filesystem::path& file);

// An /OutputIntent dictionary with /S /GTS_PDFX.
QPDFObjectHandle make_output_intent(QPDF& pdf, const draw::PrintSetup& print, const std::string& profile);

}  // namespace exporter::pdf_print
