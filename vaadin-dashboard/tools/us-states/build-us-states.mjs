// Regenerates ../../src/main/resources/META-INF/resources/maps/us-states.json, the US states GeoJSON that
// the dashboard registers with echarts.registerMap('USA', ...).
//   cd vaadin-dashboard/tools/us-states && npm install && npm run build
// Source: us-atlas states-10m.json (Census cartographic boundaries, ISC). Steps: simplify the topology
// (keeps shared borders shared), keep the 50 states + DC (FIPS <= 56, drops territories), shift the
// Aleutians' positive longitudes by -360 so Alaska is one shape, round coordinates to 2 decimals.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../src/main/resources/META-INF/resources/maps/us-states.json');

let topology = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8'));
topology = presimplify(topology);
topology = simplify(topology, quantile(topology, 0.08));

const states = feature(topology, topology.objects.states);
const round = (v) => Math.round(v * 100) / 100;
const fix = (coords) => Array.isArray(coords[0])
  ? coords.map(fix)
  : [round(coords[0] > 0 ? coords[0] - 360 : coords[0]), round(coords[1])];
const dropDegenerate = (geometry) => {
  if (geometry.type === 'Polygon') return geometry;
  const polys = geometry.coordinates.filter((p) => p[0].length >= 4);
  return { type: 'MultiPolygon', coordinates: polys };
};

const features = states.features
  .filter((f) => Number(f.id) <= 56)
  .map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { name: f.properties.name },
    geometry: dropDegenerate({ type: f.geometry.type, coordinates: fix(f.geometry.coordinates) }),
  }))
  .sort((a, b) => a.properties.name.localeCompare(b.properties.name));

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`wrote ${features.length} states to ${out}`);
