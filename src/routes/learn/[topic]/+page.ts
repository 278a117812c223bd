import { error } from '@sveltejs/kit';
import { LEARN_PAGES, learnPage } from '$lib/learn';
import type { EntryGenerator, PageLoad } from './$types';

// Every Learn page is prerendered, so it opens offline from the first visit on.
export const entries: EntryGenerator = () => LEARN_PAGES.map((p) => ({ topic: p.topic }));

export const load: PageLoad = ({ params }) => {
	const page = learnPage(params.topic);
	if (!page) error(404, 'Not found');
	return { page };
};
