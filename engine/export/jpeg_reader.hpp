#pragma once
// libjpeg's decompressor with its error manager, for the exporters' JPEG decoders (the PDF
// writers' pixels, Cairo's surfaces). libjpeg reports errors by calling error_exit, which must
// not return: it jumps back to `on_error`, set by the decoding function with setjmp, and leaves
// the message in `message`. The struct is destroyed by its owner whichever way decoding ends.
#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

namespace exporter {

struct JpegReader {
  jpeg_decompress_struct info{};
  jpeg_error_mgr errors{};
  std::jmp_buf on_error{};
  char message[JMSG_LENGTH_MAX] = {};

  JpegReader() {
    info.err = jpeg_std_error(&errors);
    errors.error_exit = [](j_common_ptr common) {
      auto* reader = static_cast<JpegReader*>(common->client_data);
      common->err->format_message(common, reader->message);
      std::longjmp(reader->on_error, 1);
    };
    errors.output_message = [](j_common_ptr) {};  // warnings: the picture is still usable
    info.client_data = this;
  }
  ~JpegReader() { jpeg_destroy_decompress(&info); }  // safe before jpeg_create_decompress too
  JpegReader(const JpegReader&) = delete;
  JpegReader& operator=(const JpegReader&) = delete;
};

}  // namespace exporter
