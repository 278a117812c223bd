// What the build gives each page on a first visit. Sizes are figures, printed by
// `npm run bench`; these are the facts that must hold whatever the sizes.
import { readdirSync, readFileSync } from 'node:fs';
import { firstLoadOf, pages } from '../../bench/first-load.mjs';
import { HINT } from '../../scripts/compile-hints';
import { expect, test } from './fixtures';

test('every module a page needs to wake is preloaded with it, not found one round trip later', () => {
	const missing: string[] = [];
	for (const [name, file] of pages()) {
		const { files, preloaded } = firstLoadOf(file);
		for (const f of files) if (!preloaded.includes(f)) missing.push(`${name}: ${f}`);
	}
	expect(missing).toEqual([]);
});

test('pages that show no stored data carry no database code, no charts and no other page’s words', () => {
	for (const [name, file, , loads] of pages()) {
		if (!file.startsWith('learn')) continue;
		const { files, dexie, chart } = firstLoadOf(file, loads);
		expect({ name, dexie, chart }).toEqual({ name, dexie: false, chart: false });
		const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
		// Words only the walk and onboarding use; the Learn list's lines (learn-summaries.ts) on
		// a Learn page; every sign's words for the call button's two; Settings' install steps.
		const others = [
			'Ready for a walk?',
			'Stop and rest when the pain',
			'Please check with a clinician first',
			'Tap the Share button',
			'Very short of breath'
		];
		if (file !== 'learn.html') others.push('Small things that make walking easier.');
		for (const words of others) expect(text.includes(words), `${name}: "${words}"`).toBe(false);
		// The database's declarations (storage/schema.ts), kept whole by one read of the list.
		expect(text.includes('[sessionId+seq]'), `${name}: the schema`).toBe(false);
	}
});

test('Today and the walk load no charts, no database code and no distance code before they are drawn', () => {
	for (const [name, file] of pages()) {
		if (file !== 'index.html' && file !== 'walk.html') continue;
		const { dexie, chart, files } = firstLoadOf(file);
		expect({ name, dexie, chart }).toEqual({ name, dexie: false, chart: false });
		// The track filter (distance/track.ts) comes only with "Measure distance outdoors".
		const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
		expect(text.includes('fewFixes'), `${name}: the track filter`).toBe(false);
	}
});

test('Chart.js, and only Chart.js, asks to be compiled whole while it is fetched', () => {
	const dir = 'build/_app/immutable/chunks';
	const hinted = readdirSync(dir).filter((f) =>
		readFileSync(`${dir}/${f}`, 'utf8').startsWith(HINT)
	);
	expect(hinted).toHaveLength(1);
	const code = readFileSync(`${dir}/${hinted[0]}`, 'utf8');
	expect(/export\{\w+ as Chart\}/.test(code), `${hinted[0]} exports Chart`).toBe(true);
});
