// The care status in words (safety/care.ts): one heading and one instruction per level, each
// reason in the person's own words with its day, and the answers. Every screen that advises
// says these words, so they never disagree.

import type { IsoDate } from '$lib/dates';
import type { CareReason, CareSource, ReasonId } from '$lib/safety/care';
import { signs } from './signs';
import { dayName } from './format';

const reasonWords: Record<ReasonId, string> = {
	heartSign: 'you felt unwell on a walk',
	lungClotSign: 'sudden breathlessness, pain when breathing in, or coughing blood',
	legBloodFlowSign: 'a leg suddenly cold, pale or blue, numb or weak',
	legClotSign: 'one leg suddenly swollen, painful, warm or red',
	footSign: 'foot pain at rest or at night, or a sore that will not heal',
	painNotEasing: 'leg pain that did not ease after 10 minutes of rest',
	unwell: 'you felt unwell on a walk',
	severePain: 'severe leg pain on a walk',
	severePainAgain: 'severe leg pain on more than one walk',
	newSwelling: 'one leg newly swollen',
	swellingOrSkin: 'swelling that is not going down, or changes to the skin',
	routineChange: 'night cramps, tingling, or heavy legs since a new medicine'
};

/** What the person tapped, where they named it; "dizzy or light-headed" says more than "unwell". */
const signWords: Partial<Record<string, string>> = {
	chestPain: 'chest pain or pressure',
	breathless: 'very short of breath',
	fainting: 'fainting, or about to faint',
	dizziness: 'dizzy or light-headed',
	racingHeart: 'heart racing or fluttering'
};

/** What the person ticked at the check before a walk, by the sign it means. */
const checkWords: Partial<Record<string, string>> = {
	chestPain: 'you said you had chest pain or bad breathlessness since your last walk',
	swollenHotLeg: 'you said one leg was newly swollen, warm or red',
	restPainOrSore: 'you said you had foot pain at rest, or a new sore'
};

/** What the person said before the start, by the sign it means. */
const startWords: Partial<Record<string, string>> = {
	swellingOrSkin: 'you said you have swelling that does not go down, or changes to your skin',
	routineChange: 'you said you have tingling, night cramps, or heavy legs since a new medicine'
};

const reportSource: Record<CareSource, string> = {
	walk: 'on a walk',
	check: 'at the check before a walk',
	start: 'before starting',
	diary: 'in the diary'
};

export const care = {
	/** "On Tuesday: leg pain that did not ease after 10 minutes of rest." */
	reason: (r: Pick<CareReason, 'id' | 'date' | 'sign' | 'source'>, today: IsoDate): string => {
		const day = r.date === today ? 'Today' : `On ${dayName(r.date)}`;
		return `${day}: ${care.what(r)}.`;
	},
	/** What was recorded, in the person's words. */
	what: (r: Pick<CareReason, 'id' | 'sign' | 'source'>): string => {
		const said =
			r.source === 'check'
				? checkWords[r.sign ?? '']
				: r.source === 'start'
					? startWords[r.sign ?? '']
					: undefined;
		const what =
			said ??
			(r.id === 'heartSign' && r.sign && signWords[r.sign]
				? `you felt ${signWords[r.sign]} on a walk`
				: null) ??
			reasonWords[r.id];
		return what;
	},
	reportHeading: 'Advice shown',
	reportNone: 'None in these dates.',
	reportAdvice: 'Advice:',
	/** The report's words (for the care team, not "you"): the sign, then where it was recorded. */
	reportWhat: (r: Pick<CareReason, 'sign' | 'source'>): string =>
		`${r.sign ? signs.sign[r.sign] : 'Felt unwell and ended the walk'} (${reportSource[r.source]})`,
	/** The report's words for the person's answer to a piece of advice. */
	answered: (answer: { cleared: boolean } | null, ended: boolean): string =>
		answer?.cleared
			? 'They spoke to their care team, who said they can carry on.'
			: answer
				? 'Not yet spoken to their care team.'
				: ended
					? 'No answer needed: it ended with time.'
					: 'No answer yet.',
	/** Severe pain once asks nothing of the care team; it says how to walk next time. */
	severeTip: 'Next time, stop a little earlier, at moderate pain (4).',
	cleared: 'I have spoken to them: they said I can carry on',
	seen: 'I have been seen: they said I can walk',
	mentioned: 'I have told them',
	notYet: 'Not yet',
	waiting: 'Please talk to them before your next walk. You can call them from here.',
	nextWalk: 'Next walk: after you have spoken to your care team.',
	noWalkToday: 'No training walk today.',
	walkAnyway: 'I have been told I can walk: start today’s walk'
};
