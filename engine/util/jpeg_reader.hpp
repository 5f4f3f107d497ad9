#pragma once
// libjpeg's decompressor with its error manager, for every JPEG decoder of the engine (the image
// probe, the PDF writers' pixels, Cairo's surfaces). libjpeg reports errors by calling
// error_exit, which must not return: it jumps back to `on_error`, set by the decoding function
// with setjmp, and leaves the message in `message`. A function that calls setjmp must own
// nothing with a destructor, since the jump skips it. Warnings (corrupt data, a missing end:
// libjpeg fills the gap with grey and goes on) are counted, and the first is kept in `warning`
// for the probe, which refuses such a picture. The struct is destroyed by its owner whichever
// way decoding ends.
#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

namespace util {

struct JpegReader {
  jpeg_decompress_struct info{};
  jpeg_error_mgr errors{};
  std::jmp_buf on_error{};
  char message[JMSG_LENGTH_MAX] = {};
  char warning[JMSG_LENGTH_MAX] = {};  // the first warning; empty if none

  JpegReader() {
    info.err = jpeg_std_error(&errors);
    errors.error_exit = [](j_common_ptr common) {
      auto* reader = static_cast<JpegReader*>(common->client_data);
      common->err->format_message(common, reader->message);
      std::longjmp(reader->on_error, 1);
    };
    errors.emit_message = [](j_common_ptr common, int level) {
      if (level >= 0) return;  // trace messages
      auto* reader = static_cast<JpegReader*>(common->client_data);
      if (common->err->num_warnings++ == 0) common->err->format_message(common, reader->warning);
    };
    info.client_data = this;
  }
  ~JpegReader() { jpeg_destroy_decompress(&info); }  // safe before jpeg_create_decompress too
  JpegReader(const JpegReader&) = delete;
  JpegReader& operator=(const JpegReader&) = delete;

  bool warned() const { return warning[0] != '\0'; }
};

}  // namespace util
