// check.mjs REPORT.html [--sections id,id,...] [--screenshot OUT.png [--screenshot-from Y]] [--pdf OUT.pdf]
//
// Opens a capnet report in headless Chromium over the DevTools protocol (no npm package: Node's own WebSocket,
// `node --experimental-websocket` on Node 20) and checks, on screen at 1280 px and in print media at the printable
// width of A4 (210 mm − 2 × 14 mm margins = 182 mm ≈ 688 CSS px):
//   - no console error, no uncaught exception, no failed request (the page must need nothing outside itself);
//   - every expected section is present with a heading, and the contents link to each;
//   - the page fits: document width ≤ viewport width (no horizontal overflow);
//   - the optional script sorts a table when a header is clicked;
//   - printing to PDF on A4 works (page count reported).
// Prints one line per check ("ok …" / "FAIL …") and a summary "report-check: N passed, M failed"; exit 1 on a failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const file = args.find(a => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--'));
const opt = name => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
if (!file) { console.error('usage: check.mjs REPORT.html [--sections a,b] [--screenshot OUT.png]'); process.exit(4); }
const sections = (opt('--sections') ?? 'ingest,network,regions,concentration,core-periphery,structure,flows,appendix').split(',');
const screenshot = opt('--screenshot');
const chromium = process.env.CHROMIUM || 'chromium';
if (typeof WebSocket !== 'function') { console.error('report-check: this Node has no WebSocket; run with node --experimental-websocket (Node ≥ 20.10)'); process.exit(4); }

let passed = 0, failed = 0;
const check = (ok, what) => { if (ok) passed++; else failed++; console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };

const profile = mkdtempSync(join(tmpdir(), 'report-check-'));
const browser = spawn(chromium, ['--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
  '--font-render-hinting=none', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
const killer = setTimeout(() => { console.error('report-check: timed out'); finish(2); }, Number(process.env.REPORT_CHECK_TIMEOUT ?? 90) * 1000);
process.on('SIGTERM', () => finish(143));
process.on('SIGINT', () => finish(130));
function finish(code) {
  clearTimeout(killer);
  try { browser.kill('SIGKILL'); } catch { /* gone */ }
  try { rmSync(profile, { recursive: true, force: true }); } catch { /* busy */ }
  process.exit(code);
}

const wsUrl = await new Promise((res, rej) => {
  let buf = '';
  browser.stderr.on('data', d => { buf += d; const m = buf.match(/DevTools listening on (ws:\/\/\S+)/); if (m) res(m[1]); });
  browser.on('exit', c => rej(new Error(`chromium exited (${c}) before listening: ${buf.slice(-400)}`)));
}).catch(e => { console.error(`report-check: ${e.message}`); finish(4); });

const ws = new WebSocket(wsUrl);
await new Promise((res, rej) => { ws.onopen = res; ws.onerror = rej; });
let nextId = 1;
const pending = new Map();
const listeners = [];
ws.onmessage = ev => {
  const msg = JSON.parse(ev.data);
  if (msg.id && pending.has(msg.id)) {
    const { res, rej } = pending.get(msg.id); pending.delete(msg.id);
    if (msg.error) rej(new Error(msg.error.message)); else res(msg.result);
  } else if (msg.method) listeners.forEach(l => l(msg));
};
const send = (method, params = {}, sessionId) => new Promise((res, rej) => {
  const id = nextId++; pending.set(id, { res, rej });
  ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
});
const once = (method, sessionId) => new Promise(res => {
  const l = m => { if (m.method === method && m.sessionId === sessionId) { listeners.splice(listeners.indexOf(l), 1); res(m.params); } };
  listeners.push(l);
});

const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
const s = (method, params) => send(method, params, sessionId);
const problems = [];
listeners.push(m => {
  if (m.sessionId !== sessionId) return;
  if (m.method === 'Runtime.consoleAPICalled' && (m.params.type === 'error' || m.params.type === 'assert'))
    problems.push(`console ${m.params.type}: ${m.params.args.map(a => a.value ?? a.description).join(' ')}`);
  if (m.method === 'Runtime.exceptionThrown') problems.push(`exception: ${m.params.exceptionDetails.exception?.description ?? m.params.exceptionDetails.text}`);
  if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') problems.push(`log: ${m.params.entry.text} ${m.params.entry.url ?? ''}`);
  if (m.method === 'Network.requestWillBeSent' && !/^(file|data|about):/.test(m.params.request.url)) problems.push(`request outside the page: ${m.params.request.url}`);
  if (m.method === 'Network.loadingFailed') problems.push(`failed load: ${m.params.errorText}`);
});
await s('Runtime.enable'); await s('Log.enable'); await s('Page.enable'); await s('Network.enable');
await s('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });
const loaded = once('Page.loadEventFired', sessionId);
await s('Page.navigate', { url: pathToFileURL(resolve(file)).href });
await loaded;
const evaluate = async expr => (await s('Runtime.evaluate', { expression: expr, returnByValue: true, awaitPromise: true })).result.value;

const found = await evaluate(`Array.from(document.querySelectorAll('section.report-section')).map(x => ({ id: x.id, h: (x.querySelector('h2')?.textContent ?? '').trim() }))`);
for (const id of sections) {
  const sec = found.find(x => x.id === id);
  check(sec && sec.h.length > 1, `section #${id} present with heading ${sec ? JSON.stringify(sec.h) : '(missing)'}`);
}
check(await evaluate(`${JSON.stringify(sections)}.every(id => document.querySelector('nav.toc a[href="#' + id + '"]'))`), 'contents link to every section');
const figures = await evaluate(`document.querySelectorAll('figure svg').length`);
const drawn = await evaluate(`Array.from(document.querySelectorAll('figure svg')).filter(x => x.getBoundingClientRect().width > 100 && x.getBoundingClientRect().height > 100).length`);
check(figures > 0 && drawn === figures, `every figure drawn (${drawn} of ${figures} SVGs larger than 100×100 px)`);
const fit = async label => {
  const w = await evaluate(`({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth })`);
  const wide = w.doc > w.view ? await evaluate(`Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5).slice(0, 3).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')`) : '';
  check(w.doc <= w.view && w.body <= w.view, `no horizontal overflow ${label} (document ${w.doc} px, viewport ${w.view} px${wide ? '; widest: ' + wide : ''})`);
};
await fit('at 1280 px');
const sorted = await evaluate(`(() => {
  const t = document.querySelector('table.sortable'); if (!t) return 'no sortable table';
  const th = Array.from(t.tHead.rows[0].cells).find(c => c.classList.contains('num')); if (!th) return 'no numeric column';
  const i = Array.from(th.parentNode.children).indexOf(th);
  th.click();
  const v = Array.from(t.tBodies[0].rows).map(r => parseFloat(r.cells[i].getAttribute('data-value'))).filter(x => !isNaN(x));
  return v.every((x, k) => k === 0 || v[k - 1] <= x) ? 'sorted' : 'not sorted: ' + v.join(',');
})()`);
check(sorted === 'sorted', `clicking a numeric header sorts its table (${sorted})`);
await evaluate(`location.reload()`);
await once('Page.loadEventFired', sessionId);

if (screenshot) {
  const shot = await s('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: Number(opt('--screenshot-from') ?? 0), width: 1280, height: 2300, scale: 0.6 }, captureBeyondViewport: true });
  writeFileSync(screenshot, Buffer.from(shot.data, 'base64'));
  console.log(`wrote ${screenshot} (${statSync(screenshot).size} bytes)`);
}

await s('Emulation.setEmulatedMedia', { media: 'print' });
await s('Emulation.setDeviceMetricsOverride', { width: 688, height: 1040, deviceScaleFactor: 1, mobile: false });
await fit('in print media at the A4 printable width (688 px)');
const t0 = Date.now();
// streamed in chunks: a multi-megabyte base64 reply in one WebSocket message stalls Node's client
const { stream } = await s('Page.printToPDF', { preferCSSPageSize: true, printBackground: false, transferMode: 'ReturnAsStream' });
const chunks = [];
for (;;) {
  const r = await s('IO.read', { handle: stream, size: 1 << 20 });
  chunks.push(Buffer.from(r.data, r.base64Encoded ? 'base64' : 'latin1'));
  if (r.eof) break;
}
await s('IO.close', { handle: stream });
const pdfBytes = Buffer.concat(chunks);
if (opt('--pdf')) writeFileSync(opt('--pdf'), pdfBytes);
const pages = (pdfBytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
check(pages > 0, `prints to PDF on A4 (${pages} pages, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

check(problems.length === 0, `no console error, exception or outside request${problems.length ? ': ' + problems.slice(0, 5).join(' | ') : ''}`);
console.log(`report-check: ${passed} passed, ${failed} failed`);
ws.close();
finish(failed ? 1 : 0);
