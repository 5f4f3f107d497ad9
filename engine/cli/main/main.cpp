// brochure: multilingual investment brochures from XML to press-ready PDF.
#include <cstdlib>

#include "cli/run.hpp"

int main(int argc, char** argv) {
  // GLib 2.74's slice allocator keeps per-thread magazines behind a global mutex. A worker is a
  // fork of this process: if a Pango or fontconfig thread held that mutex at the fork, the
  // worker's first g_slice_alloc waits forever (seen: a `brochure check` worker asleep in
  // pango_item_new while its exiting threads waited on the same lock). Plain malloc is
  // fork-safe (glibc resets its locks in the child); GLib 2.76 and later always use it. Set
  // before any GLib call, which reads it on first use; a user's own G_SLICE wins.
  setenv("G_SLICE", "always-malloc", 0);
  return cli::run(argc, argv);
}
