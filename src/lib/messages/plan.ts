import type { IsoDate } from '$lib/dates';
import type { PlanError, TargetReason, Intensity } from '$lib/program/plan';
import { dayName, spokenMinutes, shortDate } from './format';

/** "two walks ended early, on Tuesday and Thursday": the walks last week that a warning ended. */
function endedEarly(dates: readonly IsoDate[]): string {
	const days = [...new Set(dates.map(dayName))];
	const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : days[0];
	return dates.length === 1
		? `a walk ended early last week, on ${list}`
		: `${NUMBER_WORDS[dates.length] ?? dates.length} walks ended early last week, on ${list}`;
}
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];

export const plan = {
	heading: 'Your plan',
	intro: 'Each week has a target for walking time, rests not counted.',
	week: (n: number) => `Week ${n}`,
	dates: (start: IsoDate, end: IsoDate) => `${shortDate(start)} to ${shortDate(end)}`,
	target: (min: number) => `${min} min`,
	walks: (planned: number) => (planned === 1 ? '1 walk' : `${planned} walks`),
	retest: 'Walk test',
	thisWeek: 'This week',
	exportHeading: 'Reminders on your phone',
	exportHelp:
		'A web app cannot ring or pop up by itself when it is closed. Add your walks to your phone’s calendar instead, and your calendar will remind you.',
	exportButton: 'Add walks to my calendar (.ics file)',
	exportDone: 'The calendar file is ready. Open it to add your walks to your calendar.',
	eventTitle: (min: number) => `Legwork walk: ${min} minutes`,
	eventDescription:
		'Warm up, walk and rest as your program says, then cool down. Open Legwork to start.',
	reason: (reason: TargetReason, min: number): string => {
		switch (reason.kind) {
			case 'baseline':
				return reason.method
					? `${min} min to start: this comes from your walk test.`
					: `${min} min to start: the usual starting point.`;
			case 'advanced':
				return `${min} min this week: you did ${reason.done === reason.planned ? 'all' : reason.done} ${reason.planned} walks last week.`;
			case 'repeated':
				return `${min} min again this week: last week you did ${reason.done} of ${reason.planned} walks, so we repeat it.`;
			case 'chosen':
				return `${min} min again this week: you chose to stay at last week’s target.`;
			case 'keptAfterWarnings':
				return `We kept ${min} minutes: ${endedEarly(reason.dates)}.`;
			case 'keptForCare':
				return `We kept ${min} minutes until you have spoken to your care team.`;
			case 'held':
				return `${min} min again this week: last week you walked about ${spokenMinutes(reason.moderatePainMs)} before the pain got moderate, so walk a little faster instead of longer.`;
			case 'atGoal':
				return `${min} min: you have reached the full goal.`;
			case 'ifComplete':
				switch (reason.outcome) {
					case 'held':
						return `${min} min again if you complete week ${reason.week}: then a faster pace, not more time.`;
					case 'atGoal':
						return `${min} min, the full goal, if you complete week ${reason.week}.`;
					default:
						return `${min} min if you complete week ${reason.week}.`;
				}
		}
	},
	intensity: (intensity: Intensity): string | null => {
		if (!intensity) return null;
		return intensity.kind === 'atGoal'
			? 'To keep improving, walk a little faster or choose a route with a gentle hill.'
			: `Last week you could walk about ${spokenMinutes(intensity.moderatePainMs)} before the pain got moderate. To keep improving, walk a little faster or choose a route with a gentle hill.`;
	},
	error: (error: PlanError): string =>
		error.kind === 'noDays'
			? 'Please choose at least one day to walk. Without walking days there is nothing to plan.'
			: error.track === 'vein'
				? `Please choose at least ${error.needed} days. For heavy legs, a short walk on most days is what helps.`
				: `Please choose at least ${error.needed} days. Walking ${error.needed} or more times a week is what helps leg pain from poor circulation.`
};
