#include <string>
#include <vector>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

namespace {

constexpr double tolerance = 0.01;  // points

const char* item_kind(const draw::Item& item) {
  if (std::holds_alternative<draw::GlyphRun>(item.content)) return "text";
  if (std::holds_alternative<draw::Path>(item.content)) return "shape";
  return "image";
}

// "1.5 mm over the left edge, 0.3 mm over the top edge"
std::string overhang(const draw::Rect& inner, const draw::Rect& r) {
  std::vector<std::string> sides;
  auto side = [&](double by, const char* name) {
    if (by > tolerance) sides.push_back(mm_text(by) + " over the " + name + " edge");
  };
  side(inner.left() - r.left(), "left");
  side(inner.top() - r.top(), "top");
  side(r.right() - inner.right(), "right");
  side(r.bottom() - inner.bottom(), "bottom");
  std::string out;
  for (std::size_t i = 0; i < sides.size(); ++i) out += (i ? ", " : "") + sides[i];
  return out;
}

std::string described(const draw::Item& item) {
  std::string what = item_kind(item);
  if (const auto* run = std::get_if<draw::GlyphRun>(&item.content)) what += " \"" + text_excerpt(*run) + "\"";
  return what;
}

}  // namespace

// Trimming is accurate to about a millimetre: whatever reaches the trim must either stay
// clear of it or run on into the bleed, which the layout says with Item::bleeds.
void check_trim_crossing(const draw::Document& document, Report& report) {
  for_each_item(document, [&](int page, const draw::Page& p, const draw::Item& item) {
    if (item.bleeds) return;
    const draw::Rect bounds = item_bounds(item);
    if (bounds.empty() || p.trim_box().contains(bounds, tolerance)) return;
    report.findings.push_back({Level::error, "trim", page,
                               described(item) + " reaches " + overhang(p.trim_box(), bounds) +
                                   " of the trim without being set to bleed: keep it inside the page or let it bleed fully",
                               bounds});
  });
}

// Text closer to the trim than print.safe_margin may be cut off or look cramped once trimmed.
void check_safe_margin(const draw::Document& document, Report& report) {
  const double margin = document.print.safe_margin;
  if (margin <= 0) return;
  for_each_item(document, [&](int page, const draw::Page& p, const draw::Item& item) {
    if (!std::holds_alternative<draw::GlyphRun>(item.content)) return;
    const draw::Rect safe = p.trim_box().inset(margin);
    const draw::Rect bounds = item_bounds(item);
    if (safe.contains(bounds, tolerance)) return;
    report.findings.push_back({Level::error, "safe-margin", page,
                               described(item) + " lies " + overhang(safe, bounds) + " of the " + mm_text(margin) +
                                   " safe area; move it inwards",
                               bounds});
  });
}

}  // namespace preflight
