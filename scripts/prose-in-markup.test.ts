// Every word a person reads lives in src/lib/messages: none is written into a
// page's or a component's markup, so a change of wording, or a translation, is one folder. This
// reads every page and component as text and fails on words written between tags or in a
// label-like attribute.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

/** The markup only: no script, style or comments, and every {…} expression emptied. */
function markupOf(source: string): string {
	const text = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	let out = '';
	let depth = 0;
	for (const ch of text) {
		if (ch === '{') depth++;
		if (depth === 0) out += ch;
		if (ch === '}') {
			depth = Math.max(0, depth - 1);
			if (depth === 0) out += '{}';
		}
	}
	return out;
}

const WORDS = /[A-Za-z]{2,}/;

/** Words written into the markup: text between tags, and static label-like attributes. */
function proseIn(source: string): string[] {
	const markup = markupOf(source);
	const between = [...markup.matchAll(/>([^<>]*)</g)]
		.map((m) =>
			m[1]!
				.replace(/\{\}/g, ' ')
				.replace(/&[a-z]+;/g, ' ')
				.trim()
		)
		.filter((t) => WORDS.test(t));
	const attributes = [
		...markup.matchAll(
			/\s(?:label|aria-label|placeholder|title|alt|caption|first|hint|legend|heading|text|description|error)="([^"]*)"/g
		)
	]
		.map((m) => m[1]!.replace(/\{\}/g, ' ').trim())
		.filter((t) => WORDS.test(t));
	return [...between, ...attributes];
}

describe('words live in messages, not in markup', () => {
	it('finds words written between tags and in labels, and nothing in expressions', () => {
		expect(proseIn('<p>Hello there</p>')).toEqual(['Hello there']);
		expect(proseIn('<p>{m.hello} · {m.appName}</p>')).toEqual([]);
		expect(proseIn('<Field label="Your name" />')).toEqual(['Your name']);
		expect(proseIn('<Field label={m.name} />')).toEqual([]);
		expect(proseIn('<Field hint="Like 25" error="Enter minutes" />')).toEqual([
			'Like 25',
			'Enter minutes'
		]);
		expect(proseIn('{#each xs as x (`${x.a}${x.b}`)}<li>{x}</li>{/each}')).toEqual([]);
		expect(proseIn('<script>const a = "<p>Not markup</p>";</script><p>{a}</p>')).toEqual([]);
	});

	it('no page or component has words written into its markup', () => {
		const found = [...svelteFiles('src/routes'), ...svelteFiles('src/lib/ui')].flatMap((file) =>
			proseIn(readFileSync(file, 'utf8')).map((words) => `${file}: ${words}`)
		);
		expect(found).toEqual([]);
	});
});
