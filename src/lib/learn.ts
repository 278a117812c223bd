// The Learn pages: which there are, what a page is made of, and loading a page's words. The words
// themselves (a reading age of about 9, written by us, each page with its sources at the foot in
// plain words) are in messages: each page's name in messages/learn-topics.ts, the line about it
// in messages/learn-summaries.ts (the list only), each page's body in
// messages/learn-pages/<topic>.ts, loaded by that page alone. Figures and sources:
// docs/clinical-basis.md and the team's shared clinical basis.

import { learnTitles } from '$lib/messages/learn-topics';

export type LearnTopic =
	| 'about'
	| 'heavy-legs'
	| 'how-walking-helps'
	| 'pain-scale'
	| 'warm-up'
	| 'leg-raising'
	| 'shoes-water-salt'
	| 'six-minute-walk'
	| 'get-help';

/** What a page shows besides words: the pain scale, the warning signs, cautions for PAD. */
export type LearnExtra = 'pain-scale' | 'call-emergency' | 'signs-by-urgency' | 'pad-cautions';

/** A block of a page: a paragraph, a list, or one of the live blocks the page draws. */
export type Block = { p: string } | { list: string[] } | { h: string } | { show: LearnExtra };

/** What the list of pages shows: each page's name and a line about it. */
export interface LearnTopicInfo {
	topic: LearnTopic;
	title: string;
	summary: string;
}

/** A page's own words, one module per page (`messages/learn-pages/<topic>.ts`), loaded by that page alone. */
export interface LearnContent {
	blocks: Block[];
	sources: string[];
}

export type LearnPage = Omit<LearnTopicInfo, 'summary'> & LearnContent;

/** The pages, in the order the list shows them. */
export const LEARN_TOPICS: readonly LearnTopic[] = [
	'about',
	'heavy-legs',
	'how-walking-helps',
	'pain-scale',
	'warm-up',
	'leg-raising',
	'shoes-water-salt',
	'six-minute-walk',
	'get-help'
];

/** Each page's words, loaded on demand (Vite turns this into one import per file). */
const contentModules = () =>
	import.meta.glob<{ content: LearnContent }>('./messages/learn-pages/*.ts');

/** A page with its words, or null for a topic there is no page for. */
export async function learnPage(topic: string): Promise<LearnPage | null> {
	const known = LEARN_TOPICS.find((t) => t === topic);
	const load = known && contentModules()[`./messages/learn-pages/${known}.ts`];
	if (!known || !load) return null;
	const { content } = await load();
	return { topic: known, title: learnTitles[known], ...content };
}
