// Each Learn page's name and a line about it, as the list of pages shows them: a module of its
// own, so the pages that only link to Learn do not carry the list.

import type { LearnTopic } from '$lib/learn';
import { ABOUT_TITLE, GET_HELP_TITLE } from './learn';

export const learnTopics = {
	about: {
		title: ABOUT_TITLE,
		summary: 'A helper for a walking program agreed with your clinician.'
	},
	'heavy-legs': {
		title: 'Why legs feel heavy or hurt',
		summary: 'The common reasons, from tired muscles to narrowed arteries and weak veins.'
	},
	'how-walking-helps': {
		title: 'How walking helps',
		summary: 'Your calf muscle is a pump, and your muscles learn to use oxygen better.'
	},
	'pain-scale': {
		title: 'Walking into moderate pain',
		summary: 'Why it is safe and why it helps, with the 1 to 5 pain scale.'
	},
	'warm-up': {
		title: 'Warm-up and stretching',
		summary: 'Five minutes of slow walking and gentle stretches, before and after.'
	},
	'leg-raising': {
		title: 'Raising your legs and compression stockings',
		summary: 'For heavy, swollen legs, with the cautions for poor circulation.'
	},
	'shoes-water-salt': {
		title: 'Shoes, water and salt',
		summary: 'Small things that make walking easier.'
	},
	'six-minute-walk': {
		title: 'The six-minute walk at home',
		summary: 'How to set up a course, why the same course matters, and what the numbers mean.'
	},
	'get-help': {
		title: GET_HELP_TITLE,
		summary: 'The signs to stop for, and how soon to get help.'
	}
} satisfies Record<LearnTopic, { title: string; summary: string }>;
