#include "model/csv_file.hpp"

namespace model {

namespace {

// Walks the bytes keeping the line and the column in characters (UTF-8 continuation bytes do
// not count), as editors number them.
class Cursor {
 public:
  Cursor(std::string_view bytes, const std::string& name) : bytes_(bytes), name_(name) {}

  bool done() const { return at_ >= bytes_.size(); }
  char peek(std::size_t ahead = 0) const { return at_ + ahead < bytes_.size() ? bytes_[at_ + ahead] : '\0'; }
  util::SourceLocation where() const { return {name_, line_, column_}; }

  char take() {
    const char c = bytes_[at_++];
    if (c == '\n') ++line_, column_ = 1;
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column_;
    return c;
  }
  // A line end: "\n", "\r\n" or a lone "\r".
  bool at_line_end() const { return peek() == '\n' || peek() == '\r'; }
  void take_line_end() {
    if (peek() == '\r' && peek(1) == '\n') ++at_;  // the '\n' that follows counts the line
    else if (peek() == '\r') { ++at_, ++line_, column_ = 1; return; }
    take();
  }

 private:
  std::string_view bytes_;
  const std::string& name_;
  std::size_t at_ = 0;
  int line_ = 1, column_ = 1;
};

}  // namespace

std::optional<std::vector<CsvRow>> parse_csv(std::string_view bytes, const std::string& name,
                                             util::Diagnostics& diagnostics) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  Cursor in(bytes, name);
  std::vector<CsvRow> rows;
  while (!in.done()) {
    if (in.at_line_end()) {  // a blank line
      in.take_line_end();
      continue;
    }
    CsvRow row;
    while (true) {
      CsvCell cell;
      cell.where = in.where();
      if (in.peek() == '"') {
        in.take();
        while (true) {
          if (in.done()) {
            diagnostics.error(cell.where, "this quoted field is never closed; end it with a \" (write a quote inside it as \"\")");
            return std::nullopt;
          }
          if (in.peek() == '"' && in.peek(1) == '"') in.take(), cell.text += in.take();
          else if (in.peek() == '"') { in.take(); break; }
          else cell.text += in.take();
        }
        if (!in.done() && in.peek() != ',' && !in.at_line_end()) {
          diagnostics.error(in.where(), "text after the closing quote of a field; put the whole field in quotes, "
                                        "with a quote inside it written \"\"");
          return std::nullopt;
        }
      } else {
        while (!in.done() && in.peek() != ',' && !in.at_line_end()) cell.text += in.take();
      }
      row.cells.push_back(std::move(cell));
      row.end = in.where();
      if (in.peek() == ',' && !in.done()) {
        in.take();
        continue;
      }
      if (!in.done()) in.take_line_end();
      break;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace model
