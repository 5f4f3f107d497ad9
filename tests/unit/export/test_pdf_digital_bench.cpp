// Throughput of the Cairo exporters on 50 pages of body text. Hidden from the normal run
// (tag [.bench]); run it with `test_export "[bench]"`.
#include <catch2/catch.hpp>

#include <chrono>
#include <iostream>
#include <random>

#include "export/pdf_digital/pdf_digital.hpp"
#include "export/png/png.hpp"
#include "test_cairo_samples.hpp"

using namespace cairo_samples;

namespace {

// Body text of one language: `lines` lines drawn from a deterministic stream of words (or Han
// characters), so the fonts are subset as for a real text, not for one repeated line.
std::vector<std::string> body_lines(const std::string& lang, int lines) {
  std::mt19937 random(42);
  std::vector<std::string> out;
  if (lang == "zh") {
    std::uniform_int_distribution<int> han(0x4E00, 0x4E00 + 2500);  // the common block's start
    for (int l = 0; l < lines; ++l) {
      std::string line;
      for (int c = 0; c < 38; ++c) {
        const char32_t cp = static_cast<char32_t>(han(random));
        line += static_cast<char>(0xE0 | (cp >> 12));
        line += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        line += static_cast<char>(0x80 | (cp & 0x3F));
      }
      out.push_back(line);
    }
    return out;
  }
  const std::vector<std::string> words{"Khu",   "kinh", "tế",    "Dung",  "Quất", "là",   "trung",
                                       "tâm",   "công", "nghiệp", "lọc",  "hóa",  "dầu",  "của",
                                       "Việt",  "Nam",  "với",   "cảng", "nước", "sâu",  "và",
                                       "nhiều", "ưu",   "đãi",   "đầu",  "tư",   "hấp",  "dẫn"};
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  for (int l = 0; l < lines; ++l) {
    std::string line;
    while (line.size() < 85) line += (line.empty() ? "" : " ") + words[pick(random)];
    out.push_back(line);
  }
  return out;
}

draw::Document fifty_pages(const std::string& lang) {
  draw::Document doc = test_support::a4_document(lang);
  const draw::Page blank = doc.pages.front();
  doc.pages.clear();
  const int lines_per_page = 52;
  const auto lines = body_lines(lang, 50 * lines_per_page);
  for (int p = 0; p < 50; ++p) {
    draw::Page page = blank;
    page.label = std::to_string(p + 1);
    for (int l = 0; l < lines_per_page; ++l)
      add_line(doc, page, {lang, lines[static_cast<std::size_t>(p * lines_per_page + l)]}, 56, 70 + l * 14.0, 10);
    doc.pages.push_back(page);
    if (p % 10 == 0) doc.outline.push_back({"Chapter " + std::to_string(p / 10 + 1), 1, p, 70});
  }
  return doc;
}

template <class F>
double seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("bench: 50 pages of body text, digital PDF and 72 dpi previews", "[.bench]") {
  for (const std::string lang : {"vi", "zh"}) {
    const draw::Document doc = fifty_pages(lang);
    const fs::path folder = scratch("bench-" + lang);
    const fs::path pdf = folder / "fifty.pdf";
    exporter::pdf_digital::write(doc, pdf, {"2026-01-15T00:00:00Z", false});  // warm the caches
    const double pdf_seconds = seconds([&] { exporter::pdf_digital::write(doc, pdf, {"2026-01-15T00:00:00Z", false}); });
    std::vector<fs::path> previews;
    const double png_seconds = seconds([&] { previews = exporter::png::write_pages(doc, folder / "preview", {72}); });
    std::uintmax_t preview_bytes = 0;
    for (const auto& f : previews) preview_bytes += fs::file_size(f);

    std::cout << lang << ": digital PDF " << 50 / pdf_seconds << " pages/s (" << pdf_seconds << " s), "
              << fs::file_size(pdf) / 1024 << " KiB; previews at 72 dpi " << 50 / png_seconds << " pages/s ("
              << png_seconds << " s), " << preview_bytes / 1024 << " KiB\n";
    const ToolOutput fonts = run("pdffonts " + quoted(pdf));
    std::cout << fonts.out;
    CHECK(run("pdfinfo " + quoted(pdf)).out.find("50") != std::string::npos);
    CHECK(previews.size() == 50);
  }
}
