import { error } from '@sveltejs/kit';
import { LEARN_PAGES, learnPage } from '$lib/learn';
import type { EntryGenerator, PageLoad } from './$types';

// Every Learn page is prerendered, so it opens offline from the first visit on. Each page loads
// its own words only (SvelteKit waits for this before it wakes the page up).
export const entries: EntryGenerator = () => LEARN_PAGES.map((p) => ({ topic: p.topic }));

export const load: PageLoad = async ({ params }) => {
	const page = await learnPage(params.topic);
	if (!page) error(404, 'Not found');
	return { page };
};
