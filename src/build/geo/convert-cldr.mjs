#!/usr/bin/env node
// Converts CLDR JSON (npm packages cldr-core, cldr-localenames-full, cldr-subdivisions-full) into the
// compact gazetteer resource read by org.claimcheck.extract.Gazetteer. See README.md beside this file.
//
// Usage: node src/build/geo/convert-cldr.mjs [--version 48.2.0] [--out <places.tsv>]
// Needs only node, npm and the npm registry; the packages are fetched with `npm pack` into a temp dir.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const version = option('--version', '48.2.0');
const out = option('--out', join(here, '../../main/resources/org/claimcheck/extract/place/places.tsv'));

// Codes in territories.json that are not countries or territories a news text would place a fact in:
// supranational unions, the UN, pseudo-locales and "unknown region".
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const work = mkdtempSync(join(tmpdir(), 'cldr-'));
try {
  const packages = ['cldr-core', 'cldr-localenames-full', 'cldr-subdivisions-full'];
  const root = {};
  for (const name of packages) {
    const tgz = execFileSync('npm', ['pack', '--silent', `${name}@${version}`], { cwd: work, encoding: 'utf8' })
      .trim().split('\n').pop();
    const dir = join(work, name);
    mkdirSync(dir);
    execFileSync('tar', ['xzf', join(work, tgz), '-C', dir]);
    root[name] = join(dir, 'package');
  }
  const json = (pkg, path) => JSON.parse(readFileSync(join(root[pkg], path), 'utf8'));

  const territories = json('cldr-localenames-full', 'main/en/territories.json').main.en.localeDisplayNames.territories;
  const subdivisionNames = json('cldr-subdivisions-full', 'subdivisions/en/en.json')
    .subdivisions.localeDisplayNames.subdivisions;
  const containment = json('cldr-core', 'supplemental/subdivisionContainment.json').supplemental.subdivisionContainment;
  const deprecated = json('cldr-core', 'supplemental/aliases.json').supplemental.metadata.alias.subdivisionAlias;

  const rows = [];
  const countries = Object.keys(territories).filter((code) => /^[A-Z]{2}$/.test(code) && !NOT_PLACES.has(code)).sort();
  for (const code of countries) {
    // "-alt-short" and "-alt-variant" are CLDR's own other English forms ("UK", "Ivory Coast").
    const variants = Object.keys(territories)
      .filter((key) => key.startsWith(`${code}-alt-`))
      .sort()
      .map((key) => territories[key]);
    rows.push([code, '', 'country', territories[code], variants.join(';')]);
  }

  const parentOf = {};
  for (const [container, value] of Object.entries(containment)) {
    for (const child of value._contains) parentOf[child] = container;
  }
  const countrySet = new Set(countries);
  let fallbacks = 0;
  let skipped = 0;
  const codes = Object.keys(subdivisionNames).filter((code) => !deprecated[code]).sort();
  const named = new Set(codes);
  for (const code of codes) {
    const country = code.slice(0, 2).toUpperCase();
    if (!countrySet.has(country)) {
      skipped++;
      continue;
    }
    let parent = parentOf[code];
    // Some subdivisions (Albania's districts, for one) have no containment entry, and a few name a
    // container that has no English name of its own; the country in the code's first letters is safe.
    if (!parent || !(countrySet.has(parent) || named.has(parent))) {
      parent = country;
      fallbacks++;
    }
    // CLDR marks some names with a trailing dagger or superscript digit (a footnote to its translators,
    // e.g. on Ivorian regions that were later reorganised); it is not part of the name anyone writes.
    const name = subdivisionNames[code].replace(/\s*[†¹²³]+$/, '').trim();
    rows.push([code, parent, 'subdivision', name, '']);
  }

  const header = [
    `# Countries, territories and their subdivisions with containment, from Unicode CLDR ${version}.`,
    '# Sources: npm cldr-localenames-full (main/en/territories.json), cldr-subdivisions-full',
    '# (subdivisions/en/en.json), cldr-core (supplemental/subdivisionContainment.json, aliases.json).',
    '# Licence: Unicode-3.0, Copyright (c) Unicode, Inc. See https://www.unicode.org/license.txt',
    '# Generated; do not edit. Regenerate: node src/build/geo/convert-cldr.mjs (see src/build/geo/README.md).',
    '# Columns: code, parent code (empty for countries), kind, English name, other English forms (;-separated).',
    '# Country codes are upper-case ISO 3166-1 (BR); subdivision codes are CLDR lower-case (brgo).',
  ];
  for (const row of rows) {
    if (row.some((cell) => /[\t\n]/.test(cell))) throw new Error(`tab or newline in ${row}`);
  }
  writeFileSync(out, header.concat(rows.map((row) => row.join('\t'))).join('\n') + '\n');
  console.error(`wrote ${rows.length} rows to ${out}: ${countries.length} countries, `
    + `${rows.length - countries.length} subdivisions (${fallbacks} parent fallbacks, ${skipped} skipped)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
