#pragma once
// Owning handles for the GLib, Pango and fontconfig objects the text module uses.
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "util/handle.hpp"

namespace text {

// Any GObject (PangoLayout, PangoContext, PangoFontMap, PangoFont, …).
template <class T>
using GObjectHandle = util::Handle<T, g_object_unref>;

using AttrListHandle = util::Handle<PangoAttrList, pango_attr_list_unref>;
using FontDescriptionHandle = util::Handle<PangoFontDescription, pango_font_description_free>;
using LayoutIterHandle = util::Handle<PangoLayoutIter, pango_layout_iter_free>;
using FcConfigHandle = util::Handle<FcConfig, FcConfigDestroy>;
using FcPatternHandle = util::Handle<FcPattern, FcPatternDestroy>;
using FcFontSetHandle = util::Handle<FcFontSet, FcFontSetDestroy>;
using FcObjectSetHandle = util::Handle<FcObjectSet, FcObjectSetDestroy>;

}  // namespace text
