import * as fs from 'node:fs';
const m = await import('/work/wt-reading/tests/bench/page-weight.mjs');
for (const f of ['uk/index.html', 'uk/territory/index.html']) {
  const h = fs.readFileSync('dist/' + f, 'utf8');
  const base = m.brotliBytes(h);
  const v = {
    ariaCites: h.replace(/(<span class="cites[\s\S]*?<\/span>)/g, (s) => s.replace(/ aria-label="[^"]*"/g, '')),
    sinceCss: h.replace(/\.tracks-visits[^{]*\{[^}]*\}/g, ''),
    loader: h.replace(/<script>new PerformanceObserver[^<]*<\/script>/, ''),
    wj: h.replaceAll('\u2060', ''),
    userSelect: h.replace(/\.claim-mark,\.claim-note,\.mention-note\{-webkit-user-select:none;user-select:none\}/, ''),
  };
  console.log(f, base, Object.entries(v).map(([k, x]) => `${k} ${base - m.brotliBytes(x)}`).join(', '));
}
