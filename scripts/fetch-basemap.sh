#!/usr/bin/env bash
# Fetches the country shapes the map page draws under its events, and writes them into DIR as
# GeoJSON that the server answers at /basemap/countries.geojson.
#
#   scripts/fetch-basemap.sh DIR
#
# Sources (npm registry, fetched with `npm pack`, nothing installed):
#   world-atlas@2.0.2      Natural Earth 1:110m Admin 0 countries as TopoJSON, countries-110m.json
#                          (data: Natural Earth, public domain; package: ISC)
#   topojson-client@3.1.0  turns the TopoJSON into GeoJSON (ISC); only run here, not shipped
#
# Writes DIR/countries.geojson (a FeatureCollection, one feature per country with properties
# {"name"} and, where it has one, its ISO 3166-1 numeric code as id) and DIR/SOURCES.txt.
# Idempotent: does nothing when both files exist and SOURCES.txt names this script's edition.
# Needs npm and node (v18+). All messages go to stderr.
set -euo pipefail

log() { printf 'fetch-basemap: %s\n' "$*" >&2; }

if [[ $# -ne 1 ]]; then
  log "usage: $0 DIR"
  exit 2
fi
dir=$1

# Bumped whenever the files this script writes change, so that an older fetch is redone.
edition="sitrep-basemap edition 1"
if [[ -s "$dir/countries.geojson" && -s "$dir/SOURCES.txt" ]] && grep -qxF "$edition" "$dir/SOURCES.txt"; then
  log "$dir already holds countries.geojson and SOURCES.txt; nothing to do"
  exit 0
fi

for tool in npm node tar; do
  command -v "$tool" >/dev/null || { log "needs $tool on PATH"; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-basemap.XXXXXX")
trap 'rm -rf "$work"' EXIT

packages=(world-atlas@2.0.2 topojson-client@3.1.0)
log "fetching ${packages[*]}"
(cd "$work" && npm pack --silent "${packages[@]}" >/dev/null 2>"$work/npm.log") || {
  cat "$work/npm.log" >&2
  log "npm pack failed"
  exit 1
}
for tgz in "$work"/*.tgz; do
  name=$(basename "$tgz" .tgz)
  mkdir -p "$work/$name"
  tar -xzf "$tgz" -C "$work/$name"
done

log "converting"
node - "$work" "$work/countries.geojson" <<'JS'
'use strict';
const fs = require('fs');
const path = require('path');
const [work, out] = process.argv.slice(2);

const topojson = require(path.join(work, 'topojson-client-3.1.0', 'package', 'dist', 'topojson-client.js'));
const topology = JSON.parse(fs.readFileSync(path.join(work, 'world-atlas-2.0.2', 'package', 'countries-110m.json'), 'utf8'));

// 1:110m shapes need no more than 3 decimals (about 100 m); fewer bytes for the browser.
const round = (x) => Math.round(x * 1000) / 1000;

// world-atlas stitches rings across the antimeridian for spherical projections (Russia, Fiji):
// on a flat map a step from +180 to -180 would draw a line across the world, so each step of
// more than 180 degrees is undone by carrying the ring on past the antimeridian.
function unwrapRing(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    const step = i > 0 ? lon - ring[i - 1][0] : 0;
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    return [round(lon + shift), round(lat)];
  });
}

function flatGeometry(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const coordinates = polygons.map((polygon) => polygon.map(unwrapRing));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: coordinates[0] }
    : { type: 'MultiPolygon', coordinates };
}

const countries = topojson.feature(topology, topology.objects.countries);
const features = countries.features
  .filter((f) => f.geometry)
  .map((f) => ({ type: 'Feature', id: f.id, properties: { name: f.properties.name }, geometry: flatGeometry(f.geometry) }));
fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.error(`fetch-basemap: ${features.length} countries`);
JS

cat >"$work/SOURCES.txt" <<TXT
$edition
The basemap of Sitrep's map page, written by scripts/fetch-basemap.sh from these npm packages:

world-atlas 2.0.2  https://www.npmjs.com/package/world-atlas
  Natural Earth 1:110m Admin 0 countries (countries-110m.json), as TopoJSON.
  Data: Natural Earth, https://www.naturalearthdata.com/, public domain.
  Package: ISC, Copyright 2013-2019 Michael Bostock.

topojson-client 3.1.0  https://www.npmjs.com/package/topojson-client
  Used to convert the TopoJSON to GeoJSON; not part of the output. ISC, Copyright 2012-2019
  Michael Bostock.

Changes: converted to GeoJSON; coordinates rounded to 3 decimals; rings that cross the
antimeridian carried on past +/-180 degrees so that a flat map draws them whole; only each
country's name kept as a property.
TXT
mkdir -p "$dir"
mv "$work/countries.geojson" "$dir/countries.geojson"
mv "$work/SOURCES.txt" "$dir/SOURCES.txt"
log "wrote $dir/countries.geojson ($(du -k "$dir/countries.geojson" | cut -f1) KiB) and $dir/SOURCES.txt"
