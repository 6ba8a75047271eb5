#!/usr/bin/env node
// Writes src/data/grid_intensity.csv: the curated rows of earlier sources kept
// as they are (Scarlat et al. 2019, Ember 2020, ADEME 2011, as transcribed by
// Boavizta; their boundary stated as far as it is known), plus the yearly
// series of Electricity Maps 2021-2025 for every country it covers, and the
// Ember rows listed below.  Run from the repository root:
//   npm pack @tgwf/co2@0.19.0 && tar xzf tgwf-co2-0.19.0.tgz
//   node src/data/make-grid-intensity.mjs package > new.csv
// (package: the unpacked npm package of The Green Web Foundation's CO2.js,
// which carries the Electricity Maps yearly data in
// dist/cjs/data/electricity-maps/yearly_YEAR.js).  Needs iso-codes
// (/usr/share/iso-codes/json/iso_3166-1.json) for the alpha-2 to alpha-3 map.
import { readFileSync } from 'fs';
import { createRequire } from 'module';
import { resolve } from 'path';

const require = createRequire(import.meta.url);
const pkg = resolve(process.argv[2] ?? 'package');
const version = JSON.parse(readFileSync(`${pkg}/package.json`, 'utf8')).version;
const iso = JSON.parse(readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const alpha3 = Object.fromEntries(iso.map((c) => [c.alpha_2, c.alpha_3]));

// RFC 4180 line reader for the kept rows (no line breaks inside fields)
function fields(line) {
	const out = [];
	let i = 0;
	while (i <= line.length) {
		if (line[i] === '"') {
			let v = '';
			i++;
			for (;;) {
				const j = line.indexOf('"', i);
				if (line[j + 1] === '"') { v += line.slice(i, j + 1); i = j + 2; } else { v += line.slice(i, j); i = j + 2; break; }
			}
			out.push(v);
		} else {
			const j = line.indexOf(',', i);
			const end = j < 0 ? line.length : j;
			out.push(line.slice(i, end));
			i = end + 1;
		}
	}
	return out;
}
const quote = (v) => (v === null || v === undefined ? '' : /[",]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

const header = ['country', 'year', 'kg_co2e_per_kwh', 'boundary', 'source', 'confidence', 'note'];
const rows = [];

// 1. the rows of earlier releases, kept (all but Boavizta's unweighted world mean)
const old = readFileSync('src/data/grid_intensity.csv', 'utf8').trim().split('\n');
const oldHeader = fields(old[0]);
for (const line of old.slice(1)) {
	const r = Object.fromEntries(fields(line).map((v, k) => [oldHeader[k], v]));
	if (r.source.startsWith('Electricity Maps') || r.source.startsWith('Ember, yearly electricity data')) continue;
	if (r.country === 'WOR' && r.source.startsWith("Boavizta's own world average")) continue;
	if (!r.boundary) {
		r.boundary = r.source.startsWith('Scarlat')
			? 'life-cycle (Scarlat et al.: upstream emissions and plant construction included); production- or consumption-based not stated by Boavizta'
			: r.source.startsWith('Ember')
				? 'not stated by Boavizta; 20-40 % under Ember\'s current life-cycle figures for fossil-heavy grids, which suggests direct combustion (not verified)'
				: 'not stated by Boavizta (ADEME Base IMPACTS electricity mix)';
	}
	rows.push(r);
}

// 2. Electricity Maps, every year the package carries, every country it covers
for (const year of [2021, 2022, 2023, 2024, 2025]) {
	const data = require(`${pkg}/dist/cjs/data/electricity-maps/yearly_${year}.js`).data;
	for (const zone of Object.keys(data).sort()) {
		if (!/^[A-Z]{2}$/.test(zone) || !alpha3[zone]) continue;	// sub-national zones and unknown codes
		const g = data[zone].carbonIntensity;
		if (g.value === null || g.value === undefined || g.unit !== 'gCO2eq/kWh') continue;
		rows.push({
			country: alpha3[zone], year, kg_co2e_per_kwh: +(g.value / 1000).toFixed(6),
			boundary: 'life-cycle (the API\'s default emission factors), consumption-based (flow-traced imports), location-based',
			source: `Electricity Maps, yearly carbon intensity of zone ${zone} (${data[zone].zone.zoneName}) for ${year} `
				+ `(API v3 carbon-intensity/past, temporalGranularity=yearly, datetime=${year}-12-31T12:00Z; `
				+ 'methodology https://www.electricitymaps.com/data/methodology), as packaged in The Green Web Foundation CO2.js '
				+ `${version} (npm @tgwf/co2, dist/cjs/data/electricity-maps/yearly_${year}.js; repository thegreenwebfoundation/co2.js `
				+ `data/output/electricity-maps/yearly_${year}.json)`,
			confidence: 'secondary',
			note: `${g.value} gCO2eq/kWh in the source`,
		});
	}
}

// 3. Ember, generation-weighted aggregates and a country Electricity Maps lacks:
// repository thegreenwebfoundation/co2.js data/output/average-intensities.json
// (commit 03b5e45f07962308079634d431e04878e7222fef), each entry with its year
const ember = [
	['WOR', 2022, 485.99, 'World'],
	['EEE', 2023, 243.83, 'EU'],
	['UKR', 2022, 259.69, 'Ukraine'],
];
for (const [country, year, g, name] of ember) {
	rows.push({
		country, year, kg_co2e_per_kwh: +(g / 1000).toFixed(6),
		boundary: 'generation-based (no trade), as Ember publishes it; Ember states life-cycle emission factors (not re-checked here)',
		source: `Ember, yearly electricity data, emissions intensity of "${name}" for ${year}, as compiled in The Green Web Foundation `
			+ 'CO2.js, repository thegreenwebfoundation/co2.js data/output/average-intensities.json '
			+ '(commit 03b5e45f07962308079634d431e04878e7222fef), key emissions_intensity_gco2_per_kwh',
		confidence: 'secondary',
		note: `${g} gCO2/kWh in the source`
			+ (country === 'WOR' ? '; Ember\'s world figure is total emissions over total generation: generation-weighted' : '')
			+ (country === 'EEE' ? '; EU-27, generation-weighted' : ''),
	});
}

rows.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.year - b.year));
console.log(header.join(','));
for (const r of rows) console.log(header.map((h) => quote(r[h])).join(','));
