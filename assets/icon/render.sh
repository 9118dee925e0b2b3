#!/bin/sh
# Renders the icon sizes, the Windows .ico and the macOS .icns from baerekraftsjekk.svg.
# Needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
# The outputs are committed, so a build never needs these tools.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" baerekraftsjekk.svg -o "baerekraftsjekk-$size.png"
done
convert baerekraftsjekk-16.png baerekraftsjekk-32.png baerekraftsjekk-48.png baerekraftsjekk-64.png \
  baerekraftsjekk-128.png baerekraftsjekk-256.png baerekraftsjekk.ico
png2icns baerekraftsjekk.icns baerekraftsjekk-16.png baerekraftsjekk-32.png baerekraftsjekk-48.png \
  baerekraftsjekk-128.png baerekraftsjekk-256.png baerekraftsjekk-512.png
