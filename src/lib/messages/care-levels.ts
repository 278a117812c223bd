// The care status's levels in words: a module of their own, so a page that shows a level loads
// only these words (care.ts holds the rest). The same levels before the program starts are in
// care-before-start.ts, and the rules in general terms for "When to get help" in care-signs.ts.

import type { CareLevel } from '$lib/safety/care-rules';

export const careLevels = {
	heading: {
		callNow: 'Call for help now',
		seenToday: 'Get seen today',
		talkFirst: 'Talk to your care team before your next walk',
		seeSoon: 'See your doctor or nurse in the next few days',
		mention: 'Mention it at your next appointment',
		carryOn: 'You can carry on'
	} satisfies Record<CareLevel, string>,
	instruction: {
		callNow: (number: string) =>
			`Stop and sit down. If it does not pass at once, or you are worried, call ${number} now.`,
		seenToday: () =>
			'Do not walk on it. Call your doctor’s surgery or an urgent care service today and tell them what happened.',
		talkFirst: () =>
			'Please do not start another training walk until you have spoken to them. If you feel unwell at any time, call for help.',
		seeSoon: () =>
			'Ask for an appointment within a few days. Keep walking gently until then, unless they say otherwise.',
		mention: () =>
			'Keep walking as planned. Tell your doctor or nurse at your next appointment, or call the surgery sooner if it gets worse.',
		carryOn: () => 'Carry on as planned.'
	} satisfies Record<CareLevel, (number: string) => string>,
	emergencyMark: 'Emergency',
	whileHappening: 'While it is happening:'
};
