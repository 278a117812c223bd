// Prints, for each page, the gzip bytes of JavaScript a first visit loads (the page's
// modulepreloads and everything they import statically), how many files that is, and whether
// Dexie or Chart.js is among them; and the total precache size. Budgets: Today at
// most 75 kB, pages that show no stored data (Learn) at most 45 kB with no Dexie, no page over
// 80 kB, Chart.js never in the first load of Today or the walk. Figures only: no assertion.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, firstLoadOf, pages, walk } from './first-load.mjs';

const files = walk(BUILD).filter((p) => !p.endsWith('service-worker.js'));
const precache = files.reduce((sum, p) => sum + statSync(p).size, 0);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('first-load JavaScript per page (gzip):');
for (const [name, file, budget, loads] of pages()) {
	if (!existsSync(join(BUILD, file))) continue;
	const r = firstLoadOf(file, loads);
	const flags = [r.dexie ? 'Dexie' : 'no Dexie', r.chart ? 'Chart.js' : 'no Chart.js'].join(', ');
	const over = r.bytes > budget * 1024 ? `  OVER budget ${budget} kB` : ` (budget ${budget} kB)`;
	console.log(
		`  ${name.padEnd(26)} ${kb(r.bytes).padStart(8)} in ${r.files.length} files; ${flags}${over}`
	);
}
console.log(`precache: ${kb(precache)} in ${files.length} files`);
