// Each Learn page's name: a module of its own, so a Learn page carries only the names (for its
// heading), and the pages that only link to Learn carry none. The line about each page that the
// list of pages shows is in learn-summaries.ts.

import type { LearnTopic } from '$lib/learn';
import { ABOUT_TITLE, GET_HELP_TITLE } from './learn';

export const learnTitles = {
	about: ABOUT_TITLE,
	'heavy-legs': 'Why legs feel heavy or hurt',
	'how-walking-helps': 'How walking helps',
	'pain-scale': 'Walking into moderate pain',
	'warm-up': 'Warm-up and stretching',
	'leg-raising': 'Raising your legs and compression stockings',
	'shoes-water-salt': 'Shoes, water and salt',
	'six-minute-walk': 'The six-minute walk at home',
	'get-help': GET_HELP_TITLE
} satisfies Record<LearnTopic, string>;
