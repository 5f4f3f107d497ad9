#pragma once
// Owning smart pointers for C library handles: `Handle<cairo_t, cairo_destroy>` frees with
// the library's own function, once, whatever path leaves the scope.
#include <memory>

namespace util {

template <auto Free>
struct FreeWith {
  template <class T>
  void operator()(T* p) const noexcept {
    if (p) Free(p);
  }
};

template <class T, auto Free>
using Handle = std::unique_ptr<T, FreeWith<Free>>;

}  // namespace util
