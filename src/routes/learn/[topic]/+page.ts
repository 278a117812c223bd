import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { LEARN_TOPICS, learnPage, type LearnExtra } from '$lib/learn';
import type { EntryGenerator, PageLoad } from './$types';

// Every Learn page is prerendered, so it opens offline from the first visit on. Each page loads
// its own words only (SvelteKit waits for this before it wakes the page up).
export const entries: EntryGenerator = () => LEARN_TOPICS.map((topic) => ({ topic }));

// What a few pages show besides words: loaded with that page only, so the others stay small
// (bench/bundle.mjs counts them with the page that shows them; keep its list the same).
const EXTRAS: Record<LearnExtra, () => Promise<{ default: Component }>> = {
	'pain-scale': () => import('$lib/ui/learn/PainScaleBlock.svelte'),
	'pad-cautions': () => import('$lib/ui/learn/PadCautions.svelte'),
	'call-emergency': () => import('$lib/ui/learn/CallEmergency.svelte'),
	'signs-by-urgency': () => import('$lib/ui/learn/SignsByUrgency.svelte')
};

export const load: PageLoad = async ({ params }) => {
	const page = await learnPage(params.topic);
	if (!page) error(404, 'Not found');
	const shown = page.blocks.flatMap((b) => ('show' in b ? [b.show] : []));
	const extras: Partial<Record<LearnExtra, Component>> = {};
	for (const show of shown) extras[show] = (await EXTRAS[show]()).default;
	return { page, extras };
};
