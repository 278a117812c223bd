// The Learn pages: short, plain words (a reading age of about 9), written by us, each with its
// sources at the foot in plain words. Figures and sources: docs/clinical-basis.md and the
// team's shared clinical basis. Every word a person reads here is in this file and the learn/ folder beside it.

export type LearnTopic =
	| 'about'
	| 'heavy-legs'
	| 'how-walking-helps'
	| 'pain-scale'
	| 'warm-up'
	| 'leg-raising'
	| 'shoes-water-salt'
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

/** A page's own words, one module per page (`learn/<topic>.ts`), loaded by that page alone. */
export interface LearnContent {
	blocks: Block[];
	sources: string[];
}

export type LearnPage = LearnTopicInfo & LearnContent;

export const LEARN_PAGES: readonly LearnTopicInfo[] = [
	{
		topic: 'about',
		title: 'What Legwork is, and is not',
		summary: 'A helper for a walking program agreed with your clinician.'
	},
	{
		topic: 'heavy-legs',
		title: 'Why legs feel heavy or hurt',
		summary: 'The common reasons, from tired muscles to narrowed arteries and weak veins.'
	},
	{
		topic: 'how-walking-helps',
		title: 'How walking helps',
		summary: 'Your calf muscle is a pump, and your muscles learn to use oxygen better.'
	},
	{
		topic: 'pain-scale',
		title: 'Walking into moderate pain',
		summary: 'Why it is safe and why it helps, with the 1 to 5 pain scale.'
	},
	{
		topic: 'warm-up',
		title: 'Warm-up and stretching',
		summary: 'Five minutes of slow walking and gentle stretches, before and after.'
	},
	{
		topic: 'leg-raising',
		title: 'Raising your legs and compression stockings',
		summary: 'For heavy, swollen legs, with the cautions for poor circulation.'
	},
	{
		topic: 'shoes-water-salt',
		title: 'Shoes, water and salt',
		summary: 'Small things that make walking easier.'
	},
	{
		topic: 'get-help',
		title: 'When to get help',
		summary: 'The signs to stop for, and how soon to get help.'
	}
];

/** Each page's words, loaded on demand (Vite turns this into one import per file). */
const contentModules = () => import.meta.glob<{ content: LearnContent }>('./learn/*.ts');

/** A page with its words, or null for a topic there is no page for. */
export async function learnPage(topic: string): Promise<LearnPage | null> {
	const info = LEARN_PAGES.find((p) => p.topic === topic);
	const load = info && contentModules()[`./learn/${info.topic}.ts`];
	if (!info || !load) return null;
	const { content } = await load();
	return { ...info, ...content };
}
