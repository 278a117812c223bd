// Words for the symptom diary and the vein track's day.

import type { DiaryEntry, PainPlace, SwellingLevel } from '$lib/diary/diary';
import type { Legs } from '$lib/program/types';
import { number } from './format';

const SWELLING: Record<SwellingLevel, string> = {
	none: 'No swelling',
	mild: 'A little swelling',
	marked: 'Clear swelling'
};

const SIDE: Record<Legs, string> = {
	left: 'Left leg',
	right: 'Right leg',
	both: 'Both legs'
};

const PLACE: Record<PainPlace, string> = {
	calf: 'Calf',
	thigh: 'Thigh',
	buttock: 'Buttock or hip'
};

const FLAGS = {
	nightCramps: 'Cramps that woke me at night',
	skinChanges: 'Changes to the skin: colour, shiny skin, or a sore',
	tingling: 'Tingling, burning or numbness',
	newMedicine: 'I started a new medicine'
} as const;

/** An entry in a line: "Heaviness 4 of 10; a little swelling, left leg; cramps at night". */
function entryLine(e: DiaryEntry): string {
	const parts: string[] = [];
	if (e.heaviness !== null) parts.push(`Heaviness ${e.heaviness} of 10`);
	if (e.swelling && e.swelling !== 'none') {
		parts.push(
			`${SWELLING[e.swelling].toLowerCase()}${e.swellingSide ? `, ${SIDE[e.swellingSide].toLowerCase()}` : ''}`
		);
	} else if (e.swelling === 'none') parts.push('no swelling');
	if (e.painWhere.length) {
		parts.push(
			`pain on walking: ${e.painWhere.map((p) => PLACE[p].toLowerCase()).join(', ')}${e.painSide ? ` (${SIDE[e.painSide].toLowerCase()})` : ''}`
		);
	}
	if (e.nightCramps) parts.push('cramps at night');
	if (e.skinChanges) parts.push('skin changes');
	if (e.tingling) parts.push('tingling or numbness');
	if (e.newMedicine) parts.push('a new medicine');
	const line = parts.join('; ');
	return line ? line[0]!.toUpperCase() + line.slice(1) : 'A note';
}

export const diary = {
	swellingLevel: SWELLING,
	sideName: SIDE,
	placeName: PLACE,
	flagName: FLAGS,
	entryLine,
	heading: 'Your legs today',
	intro: 'A quick note of how your legs feel. On an ordinary day, choose a number and save.',
	heaviness: 'How heavy do your legs feel today?',
	heavinessHint: '0 is light and easy, 10 is as heavy as they can be.',
	save: 'Save',
	more: 'More details (optional)',
	swelling: 'Swelling',
	swellingSide: 'Which leg is swollen?',
	painWhere: 'Where do you feel pain when you walk?',
	painSide: 'Which leg?',
	flags: 'Anything else today?',
	note: 'A note (optional)',
	empty: 'Choose how heavy your legs feel, or fill in one of the details, before saving.',
	emptyPain:
		'Choose where you feel pain when you walk, or fill in one of the details, before saving.',
	swellingSideMissing: 'Choose which leg is swollen.',
	saved: 'Saved. Thank you.',
	trendHeading: 'Heaviness over the weeks',
	trendEmpty: 'Your weekly heaviness will show here once you have noted it.',
	trendLine: (week: string, average: number, days: number) =>
		`Week of ${week}: ${number(average)} out of 10 on average (${days} ${days === 1 ? 'day' : 'days'})`,
	recentHeading: 'Your recent entries',
	none: 'No entries yet.'
};

export const day = {
	heading: 'Your day for heavy legs',
	elevation: (done: number, planned: number) =>
		`${done} of ${planned} leg-raising ${planned === 1 ? 'break' : 'breaks'}`,
	calfPump: (done: number, planned: number) =>
		`${done} of ${planned} calf-pump ${planned === 1 ? 'break' : 'breaks'}`,
	/** Which leg-raising rule applies today, and why (diary.ts LEG_RAISE). */
	elevationHelp: (plan: { minutes: number; planned: number; swollen: boolean }) =>
		plan.swollen
			? `Your legs were swollen at your last diary entry, so raise them above your heart for about ${plan.minutes} minutes, ${plan.planned} times today (about every 2 hours).`
			: `Raise your legs above your heart for about ${plan.minutes} minutes, ${plan.planned} times today. On days when they are swollen, the breaks are longer.`,
	raiseDone: 'Done: save this break',
	startTimer: 'Start the timer',
	calfPumpHelp:
		'When sitting or standing for long, point your feet up and down about 10 times, every hour.',
	logElevation: 'I raised my legs',
	timeElevation: 'Start a leg-raising timer',
	logCalfPump: 'I did 10 ankle pumps',
	logged: 'Noted.',
	diaryLink: 'How are your legs today?'
};
