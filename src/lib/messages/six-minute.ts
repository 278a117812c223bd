// The six-minute walk at home, in a corridor: how to set it up, the words each minute (the
// standard phrases of the clinic test, ATS 2002, in our own words), and the result.

import type { CourseProblem, SixMinuteCue } from '$lib/distance/six-minute';
import { clock } from './format';

const m = (n: number) => `${n} ${n === 1 ? 'metre' : 'metres'}`;

export const sixMinute = {
	choose: 'Six-minute walk in a hallway',
	chooseHelp: 'Walk back and forth along a measured course for 6 minutes.',
	heading: 'Six-minute walk',
	estimate: 'A six-minute walk at home is an estimate, not the clinic test.',
	courseHeading: 'Your course',
	courseIntro:
		'Find a straight, flat hallway or path with room to turn at each end. 30 metres is best; it must be at least 10 metres.',
	courseHow:
		'Measure it once with a tape measure. Or count your normal steps from one end to the other: each step is about 0.7 metres.',
	courseSame: 'Use the same course each time, so that your results can be compared.',
	courseLabel: 'Length of your course, in metres',
	courseProblem: {
		notANumber: 'Enter the length in metres, like 25.',
		tooShort: 'The course must be at least 10 metres long.',
		tooLong: 'Enter a course of 100 metres or less: a hallway or a short path.'
	} satisfies Record<CourseProblem, string>,
	courseNext: 'Next',
	readyHeading: 'How the test works',
	ready: [
		'Walk back and forth along your course for 6 minutes. Go as far as you can at your own pace.',
		'Tap Turn each time you reach an end and turn round.',
		'Tap Leg pain started when your legs start to hurt. Keep going if you can.',
		'You may slow down, stop and rest, then go on. The clock keeps going.'
	],
	begin: 'Start the 6 minutes',
	changeCourse: 'Change the course',
	courseIs: (metres: number) => `Your course: ${m(metres)}.`,
	countdownLabel: 'Get ready',
	go: 'Go.',
	timeLeft: 'Time left',
	lapsSoFar: (laps: number, metres: number) =>
		`${laps === 1 ? '1 lap' : `${laps} laps`}: ${m(metres)}`,
	turn: 'Turn',
	pain: 'Leg pain started',
	painNoted: (at: number, lap: number) => `Leg pain started at ${clock(at)}, in lap ${lap}.`,
	refusedTurn: 'That turn came too soon after the last one, so it was not counted.',
	endNow: 'End the test now',
	cue: {
		minute1: 'One minute gone. You are doing well. 5 minutes to go.',
		minute2: 'Two minutes gone. Keep it up. 4 minutes to go.',
		minute3: 'Halfway. You are doing well. 3 minutes to go.',
		minute4: 'Four minutes gone. Keep it up. 2 minutes to go.',
		minute5: 'Five minutes gone. You are doing well. 1 minute to go.',
		soon: 'In a moment you will be asked to stop. When you are, stop where you are.',
		stop: 'Stop. Stay where you are.'
	} satisfies Record<SixMinuteCue, string>,
	stopHeading: 'Stop where you are',
	stopEarlyHeading: 'Where did you stop?',
	partialLabel: 'How far did you get after your last turn, in metres?',
	partialHint: (course: number) =>
		`From 0 (at the end where you turned) to ${course} (the other end). A good guess is fine.`,
	partialProblem: (course: number) => `Enter a number of metres from 0 to ${course}.`,
	save: 'Save the result',
	resultHeading: 'Your result',
	metres: (metres: number) => `${m(metres)} in 6 minutes`,
	metresStopped: (metres: number) => m(metres),
	lapsLine: (laps: number, course: number, partial: number) =>
		`${laps === 1 ? '1 lap' : `${laps} laps`} of ${m(course)}, and ${m(partial)} more.`,
	painLine: (at: number | null, lap: number | null) =>
		at === null
			? 'You did not tap Leg pain started.'
			: lap === null
				? `Leg pain started after ${clock(at)}.`
				: `Leg pain started after ${clock(at)}, in lap ${lap}.`,
	stoppedEarly:
		'You stopped before the 6 minutes were up. The result is kept, but it is not compared with other tests.',
	outdoor: {
		choose: 'Six-minute walk outdoors',
		heading: 'Outdoors, by the phone’s position',
		intro: [
			'Your phone measures how far you walk from its position. Choose a flat path you know, away from tall buildings and trees.',
			'Legwork asks your phone for its position only during the test. It keeps the distance, never where you walked.',
			'Keep the screen on and Legwork open until the end: a phone stops giving its position to a page that is out of sight.'
		],
		locate: 'Find my position',
		noGps: {
			denied:
				'Your phone did not allow Legwork to use its position. You can do the test in a hallway instead.',
			unavailable:
				'Your phone could not find its position. You can do the test in a hallway instead.',
			inaccurate:
				'Your phone could not find its position closely enough within a minute. You can do the test in a hallway instead, or try again in an open place.'
		},
		hallway: 'Do the test in a hallway',
		tryAgain: 'Try again',
		waiting: 'Finding your position. Stand in an open place…',
		accuracy: (m: number) => `Your position is known to within ${Math.round(m)} metres.`,
		ready: 'Your position is found. Start when you are ready to walk.',
		screenOn: 'Keep this screen on until the end.',
		soFar: (metres: number) => `About ${metres} ${metres === 1 ? 'metre' : 'metres'} so far`,
		poor: 'This test may not be reliable: the phone’s position was often rough or missing. Try again in a more open place, or use a hallway.',
		good: 'The phone’s position was good through the test.',
		saving: 'Saving your result…',
		retry: 'Try saving again'
	},
	first: 'This is your first six-minute walk. The next ones will be compared with it.',
	saveFailed: 'Your result could not be saved. Please try again.',
	back: 'Back to Today'
};
