#!/bin/sh
# Builds the output-intent profile FOGRA39L-argyll.icc from the FOGRA39L characterisation data
# that Debian ships in icc-profiles-free (zlib licence), with ArgyllCMS colprof (package argyll).
# No CMYK profile in Debian is free to embed in the PDFs we hand out, so we make our own
# (DESIGN.md, "Print writer"). Run it from anywhere; it writes beside itself. Takes about a
# minute. The result is committed: builds never depend on argyll being installed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${FOGRA39L_TI3:-/usr/share/color/icc/FOGRA39L.ti3}
srgb=${SRGB_ICC:-/usr/share/color/icc/sRGB.icc}
for f in "$data" "$srgb"; do
  [ -r "$f" ] || { echo "make-fogra39.sh: cannot read $f (apt-get install icc-profiles-free)" >&2; exit 1; }
done
command -v colprof >/dev/null || { echo "make-fogra39.sh: colprof not found (apt-get install argyll)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$data" "$work/FOGRA39L.ti3"

# -qm        medium quality: B2A tables good for photo separation, profile ~230 KB
# -kr -l300  ramp black generation and a 300 % total ink limit: the engine's default max_ink,
#            so a RIP separating RGB images through this profile stays within what preflight allows
# -S sRGB    perceptual and saturation tables gamut-mapped from sRGB, the space of our photos
# -nc        leave the .ti3 measurements out of the profile (smaller; the data is public anyway)
colprof -qm -kr -l300 -nc -S "$srgb" \
  -D "FOGRA39L coated (ISO 12647-2:2004/Amd 1), ArgyllCMS colprof, 300% TAC" \
  -C "Made from FOGRA39L.ti3 (Fogra; icc-profiles-free, zlib licence) by layouts/color/make-fogra39.sh" \
  "$work/FOGRA39L" >/dev/null

mv "$work/FOGRA39L.icc" "$here/FOGRA39L-argyll.icc"
echo "wrote $here/FOGRA39L-argyll.icc"
