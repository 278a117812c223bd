// The care levels before the program starts (onboarding's answers are about before, not a
// walk): only onboarding shows them. The headings they share with care-levels.ts are written
// again, not spread from it: a spread made a module impossible to tree-shake (bundle.spec.ts).

import type { CareLevel } from '$lib/safety/care-rules';

export const careBeforeStart = {
	heading: {
		callNow: 'Call for help now',
		seenToday: 'Get seen today, before you start',
		talkFirst: 'Check with your doctor before you start',
		seeSoon: 'See your doctor or nurse in the next few days',
		mention: 'Mention it at your next appointment',
		carryOn: 'You can carry on'
	} satisfies Record<CareLevel, string>,
	instruction: {
		callNow: (number: string) =>
			`Because it is happening now: stop, sit down and call ${number} now.`,
		seenToday: () =>
			'Call your doctor’s surgery or an urgent care service today and tell them what you told us. Please do not start walking until a doctor has checked it.',
		talkFirst: () =>
			'Please talk to your doctor or nurse before you start this walking program, and start only when they agree.',
		seeSoon: () =>
			'Ask for an appointment within a few days. You can start walking gently meanwhile, unless they say otherwise.',
		mention: () =>
			'You can start walking as planned. Tell your doctor or nurse at your next appointment, or call the surgery sooner if it gets worse.',
		carryOn: () => 'Carry on as planned.'
	} satisfies Record<CareLevel, (number: string) => string>
};
