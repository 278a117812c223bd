import type { IsoDate } from '$lib/dates';
import type { SessionStatus } from '$lib/program/plan';
import { longDate } from './format';
import { sessionTarget } from './phase';

export const today = {
	heading: 'Today',
	reviewPrompt:
		'A new week has started. Take a minute to look back at last week and plan this one.',
	reviewLink: 'Review my week',
	welcomeHeading: 'Welcome to Legwork',
	welcome:
		'Legwork guides a walking program at home for legs that hurt or feel heavy when you walk. It plans each walk, times your walks and rests, and shows your progress.',
	getStarted: 'Get started',
	freeWalk: 'Go for a walk now',
	resumeHeading: 'You have a walk in progress',
	resume: 'Go back to your walk',
	sessionToday: 'Today’s walk',
	doneToday: 'You walked today. Well done.',
	wellDone: 'Well done',
	anotherWalk: 'Go for another walk',
	nextWalk: (date: IsoDate, min: number) => `Next walk: ${longDate(date)}, ${min}\u00a0minutes.`,
	askDiagnosis:
		'Please ask your clinician whether your leg pain comes from narrowed leg arteries (PAD). If it does, you can switch to the walk-and-rest program in Settings: everything you have done is kept.',
	attemptedToday:
		'Today’s walk ended early because of how you felt. Please rest for the rest of today.',
	shortWalkToday: (walkedMin: number, neededMin: number) =>
		`You walked ${walkedMin === 1 ? '1 minute' : `${walkedMin} minutes`} today. Today’s walk counts once you have walked ${neededMin} minutes in one go.`,
	shortWeek: (fit: number, planned: number) =>
		`Only ${fit} of this week’s ${planned} walks fit in the days left, so next week keeps this week’s target. That is fine: nothing you did is lost.`,
	noSessionToday: 'No walk planned for today. Rest is part of the program.',
	start: 'Start today’s walk',
	startAnyway: 'Walk today anyway',
	target: sessionTarget,
	weekHeading: (n: number) => `Week ${n} of the program`,
	weekProgress: (done: number, planned: number) => `${done} of ${planned} walks done this week`,
	missedHelp:
		'Missed a day? That is fine. Your walks move to the next days, and nothing you did is lost.',
	extraDay: 'moved here',
	retest: 'This week, please repeat the walk test. It shows how far you have come.',
	retestButton: 'Do the walk test',
	sixMinuteOffer:
		'If you like, also measure how far you walk in six minutes, in a hallway or outdoors. Doing it again in a few weeks shows your progress in distance.',
	sixMinuteButton: 'Measure a six-minute walk',
	retestDone: 'You did your walk test this week. Well done.',
	testRestDay: 'You did your walk test today. Today is a rest day from training walks.',
	ended: 'You have reached the end of your program. You can add 4 more weeks in Settings.',
	reminder: (when: string) => `Today is a walking day. Your walk is planned for the ${when}.`,
	planLink: 'See the whole plan',
	partsHeading: 'What today’s walk holds',
	status: {
		done: 'Done',
		attempted: 'Stopped early',
		missed: 'Missed',
		today: 'Today',
		upcoming: 'Planned'
	} satisfies Record<SessionStatus, string>
};
