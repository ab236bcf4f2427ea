namespace CapitalNetwork.Report;

/// <summary>
/// The inline stylesheet (screen and an A4 print stylesheet) and the small optional script (click a table header to
/// sort by it; the page reads the same without it). Neither refers to anything outside the page.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """
:root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --band: #f6f8fa; --accent: #0072b2; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1120px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
  font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.8em; line-height: 1.25; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.35em; margin: 1.8em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--rule); }
h2 .n { color: var(--accent); margin-right: 0.3em; }
h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
p { margin: 0.5em 0; }
.meta { color: var(--muted); }
.toc h2 { font-size: 1.05em; border: 0; margin: 1em 0 0.2em; }
.toc ol { margin: 0; padding-left: 1.6em; columns: 2; }
a { color: var(--accent); }
.reading { background: #eef6fb; border-left: 4px solid var(--accent); padding: 0.5em 0.8em; }
.method { color: var(--muted); font-size: 0.92em; }
.note { color: var(--muted); font-size: 0.9em; }
.table-wrap { max-width: 100%; overflow-x: auto; margin: 0.8em 0; }
table { border-collapse: collapse; font-size: 0.9em; }
caption { text-align: left; font-weight: 600; padding: 0.2em 0; caption-side: top; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: var(--band); vertical-align: bottom; word-break: keep-all; }
td:not(:last-child) { word-break: keep-all; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.sortable th { cursor: pointer; }
table.leading td:nth-child(2) { white-space: nowrap; }
th[aria-sort="ascending"]::after { content: " \25B2"; }
th[aria-sort="descending"]::after { content: " \25BC"; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 0 24px; }
figure { margin: 1em 0; }
figure .svg { display: block; max-width: 100%; height: auto; }
figure.half { max-width: 720px; }
figcaption { font-size: 0.9em; color: var(--muted); margin-top: 0.3em; }
.data-link { margin-left: 0.5em; }
.examples { font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: 0.85em; word-break: break-all; }
code { font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; background: var(--band); padding: 0 0.2em; }
.options { white-space: pre-wrap; word-break: break-all; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  .data-link { display: none; }
  .toc ol { columns: 2; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  figure, .reading { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8pt; }
  th, td { padding: 0.15em 0.35em; }
  th { white-space: normal; }
  table.sortable th { cursor: auto; }
  th[aria-sort]::after { content: ""; }
  section#appendix { break-before: page; }
  .grid { display: block; }
}

""";

    public const string Script = """
(function () {
  function key(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    var v = cell.getAttribute('data-value');
    if (v === null) return cell.textContent.trim();
    var x = parseFloat(v);
    return isNaN(x) ? -Infinity : x;
  }
  var headers = document.querySelectorAll('table.sortable thead th');
  Array.prototype.forEach.call(headers, function (th) {
    th.setAttribute('tabindex', '0');
    function sort() {
      var table = th.closest('table');
      var body = table.tBodies[0];
      if (!body) return;
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, index), y = key(b, index), r;
        if (typeof x === 'number' && typeof y === 'number') r = x - y;
        else r = String(x).localeCompare(String(y));
        return ascending ? r : -r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
  });
})();

""";
}
