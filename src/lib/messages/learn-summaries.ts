// A line about each Learn page, as the list of pages shows it under the page's name
// (learn-topics.ts): only that list carries these.

import type { LearnTopic } from '$lib/learn';

export const learnSummaries = {
	about: 'A helper for a walking program agreed with your clinician.',
	'heavy-legs': 'The common reasons, from tired muscles to narrowed arteries and weak veins.',
	'how-walking-helps': 'Your calf muscle is a pump, and your muscles learn to use oxygen better.',
	'pain-scale': 'Why it is safe and why it helps, with the 1 to 5 pain scale.',
	'warm-up': 'Five minutes of slow walking and gentle stretches, before and after.',
	'leg-raising': 'For heavy, swollen legs, with the cautions for poor circulation.',
	'shoes-water-salt': 'Small things that make walking easier.',
	'six-minute-walk':
		'How to set up a course, why the same course matters, and what the numbers mean.',
	'get-help': 'The signs to stop for, and how soon to get help.'
} satisfies Record<LearnTopic, string>;
