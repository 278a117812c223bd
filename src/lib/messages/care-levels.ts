// The care status's levels in words, and the rules in general terms for Learn's "When to get
// help": its own module, so a Learn page loads only these words (care.ts holds the rest).

import type { CareLevel, ReasonId } from '$lib/safety/care-rules';

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
	/**
	 * The same levels before the program starts: the answers are about before, not a walk. The
	 * shared headings are written again, not spread from `heading`: a spread made the module
	 * impossible to tree-shake, and Learn then loaded the walk's words (bundle.spec.ts).
	 */
	beforeStart: {
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
	},
	emergencyMark: 'Emergency',
	/** Each rule in general terms, at the level it leads to (safety/care-rules.ts). */
	learnSign: {
		heartSign:
			'Chest pain or pressure, bad breathlessness, fainting, dizziness or a racing heart on a walk, once it has passed',
		lungClotSign:
			'Sudden breathlessness, pain when breathing in, or coughing blood, once it has passed',
		legBloodFlowSign:
			'A leg that went suddenly cold, pale or blue, numb or weak, once it has passed',
		legClotSign: 'One leg suddenly swollen, painful, warm or red',
		footSign: 'Foot pain at rest or at night, a sore that will not heal, or black skin',
		painNotEasing: 'Leg pain that has not eased after 10 minutes of rest',
		unwell: 'Feeling unwell on a walk, so that you ended it',
		severePain: 'Severe leg pain (5) on a walk: stop, and next time stop a little earlier, at 4',
		severePainAgain: 'Severe leg pain (5) on more than one walk in two weeks',
		newSwelling: 'One leg newly swollen',
		swellingOrSkin:
			'Swelling that does not go down with rest and raising your legs, or new changes to the skin',
		routineChange:
			'Cramps that wake you at night, tingling or burning, or heavy legs since a new medicine'
	} satisfies Record<ReasonId, string>,
	/** The signs that, while they are happening, mean calling for help now. */
	learnNow: {
		heartSign: 'Chest pain or pressure, bad breathlessness, fainting, dizziness or a racing heart',
		lungClotSign: 'Sudden breathlessness, pain when breathing in, or coughing blood',
		legBloodFlowSign: 'A leg suddenly cold, pale or blue, numb or weak'
	} satisfies Partial<Record<ReasonId, string>>,
	whileHappening: 'While it is happening:'
};
