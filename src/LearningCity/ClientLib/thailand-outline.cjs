// Extracts Thailand and its neighbours from Natural Earth's country outlines (world-atlas, public domain data,
// ISC-licensed packaging) into one small GeoJSON file, so the map has a base layer with no tile server.
// Usage: node thailand-outline.cjs <output file>   (also writes LICENSE.txt beside it)
'use strict';
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');

const THAILAND = '764';
// Myanmar, Laos, Cambodia, Malaysia: drawn faintly so the border reads as a border, not a coastline.
const NEIGHBOURS = new Set(['104', '418', '116', '458']);

const out = process.argv[2];
if (!out) { console.error('usage: node thailand-outline.cjs <output file>'); process.exit(2); }

const atlas = JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const all = topojson.feature(atlas, atlas.objects.countries).features;
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 1e4) / 1e4, Math.round(c[1] * 1e4) / 1e4];
const features = all
    .filter((f) => f.id === THAILAND || NEIGHBOURS.has(f.id))
    .map((f) => ({
        type: 'Feature',
        id: f.id,
        properties: { name: f.properties.name, thailand: f.id === THAILAND },
        geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) }
    }));
if (!features.some((f) => f.properties.thailand)) { console.error('Thailand not found in world-atlas'); process.exit(1); }

fs.mkdirSync(path.dirname(out), { recursive: true });
// The packaging's licence travels with the extract (as .txt, a type the site serves).
fs.copyFileSync(require.resolve('world-atlas/LICENSE'), path.join(path.dirname(out), 'LICENSE.txt'));
fs.writeFileSync(out, JSON.stringify({
    type: 'FeatureCollection',
    source: 'Natural Earth 1:50m admin-0 countries (public domain) via world-atlas 2.0.2 (ISC)',
    features
}));
