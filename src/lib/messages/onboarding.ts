import type { TestFieldError } from '$lib/program/baseline';
import type { TimeOfDay, Track } from '$lib/program/types';
import { DIAGNOSIS, LEGS } from './condition';

export const onboarding = {
	heading: 'Getting started',
	step: (n: number, of: number) => `Step ${n} of ${of}`,
	aboutHeading: 'What Legwork is',
	about: [
		'Legwork helps you follow a walking program at home, like the walking programs run by clinics.',
		'It gives guidance, not a diagnosis. It does not replace your doctor, nurse or physiotherapist.',
		'Talk to your clinician before you start, and whenever something worries you.'
	],
	safetyIntro:
		'Answer each one. If you answer yes to any, we will tell you whom to see before you start.',
	safetyUnanswered: (question: string) => `Please answer yes or no: ${question}`,
	questionOf: (n: number, of: number) => `Question ${n} of ${of}`,
	legsMissing: 'Please choose which legs trouble you.',
	diagnosisMissing: 'Please choose what a clinician has told you, or “I am not sure”.',
	outcomeHeading: 'Please check with a clinician first',
	outcomeIntro: 'Because of your answers, please do not start the walking program yet.',
	outcomeHeadingGo: 'You can start, with one thing to do',
	outcomeIntroGo: 'Because of your answers, please also do this:',
	clearedLabel: 'My doctor or nurse has checked me and said I can start this walking program.',
	resolvedLabel: 'This has been dealt with: a doctor has checked it and said I can walk.',
	resolveMissing:
		'Please confirm that a doctor has checked this and said you can walk. Until then, please do not start.',
	clearedMissing:
		'Please tick the box once a clinician has said you can start. Until then, the program stays paused.',
	notYet: 'I will check first',
	notYetDone:
		'That is the right thing to do. Come back to Legwork once a clinician has said you can start.',
	legsQuestion: 'Which legs trouble you?',
	legs: LEGS,
	diagnosisQuestion: 'What has a clinician told you about your legs?',
	diagnosis: DIAGNOSIS,
	unsureHelp:
		'That is fine. Until a clinician tells you the cause, Legwork plans walks at a comfortable pace, with rests whenever you need them. Please ask your clinician when you can.',
	trackName: {
		gentle: 'Comfortable walking, resting whenever you need',
		pad: 'Walk and rest',
		vein: 'Daily walking, calf exercises and raising your legs',
		both: 'Walk and rest, plus calf exercises and raising your legs'
	} satisfies Record<Track, string>,
	daysHeading: 'When you will walk',
	daysQuestion: 'Which days will you walk?',
	daysHint: 'Most people do best with 3 to 5 days a week.',
	timeQuestion: 'What time of day suits you?',
	timeOfDay: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' } satisfies Record<
		TimeOfDay,
		string
	>,
	unitsQuestion: 'How do you measure distance?',
	units: { km: 'Kilometres and metres', miles: 'Miles and yards' },
	baselineHeading: 'Your first walk test',
	baselineIntro:
		'This sets your starting target. Walk at your normal pace. Tap when the leg pain starts, and again when it is too painful to go on: the walk test is the one walk that goes on to the most you can bear.',
	baselineWalk: 'Do the walk test now',
	baselineEnter: 'I have a result from my clinic',
	baselineSkip: 'Skip for now',
	baselineSkipNote: 'We will start you at 15 minutes, the usual starting point.',
	method: { treadmill: 'Treadmill test (minutes)', sixMinute: 'Six-minute walk (distance)' },
	onsetLabel: 'Minutes until the pain started',
	onsetHint: 'Leave empty if the pain never came.',
	maxLabel: 'Minutes until you had to stop',
	distanceLabel: (units: 'km' | 'miles') =>
		units === 'km' ? 'Distance in metres' : 'Distance in yards',
	sixMinuteNote: 'A six-minute walk at home is an estimate, not the clinic test.',
	fieldError: (error: TestFieldError): string =>
		({
			required: 'Please enter a number.',
			notANumber: 'Please enter a number, like 4 or 4.5.',
			negative: 'Please enter a number above zero.',
			tooLong: 'That is longer than a walk test lasts. Please check the number.',
			onsetAfterEnd: 'The pain must start before or when you stopped. Please check both numbers.',
			tooFar: 'That is further than anyone walks in six minutes. Please check the number.'
		})[error],
	useResult: 'Use this result',
	readyHeading: 'Your program is ready',
	ready: (min: number) =>
		`Your first week: ${min} minutes of walking each session, rests not counted.`,
	finish: 'Go to today',
	testReadyHeading: 'Ready?',
	testReadyHelp:
		'Stand where you will start walking. Tap “Start walking” as you set off, and walk at your normal pace.',
	testStart: 'Start walking',
	testTimeLabel: 'Walking time',
	testOnset: 'Leg pain started',
	testStop: 'Too painful to go on',
	testStopNoPain: 'Stop: I cannot walk further',
	testStopped: 'The walk test was stopped. Try it another day, when you feel well.',
	testResult: (onset: string | null, max: string) =>
		onset
			? `The pain started at ${onset}. You walked ${max} in all.`
			: `You walked ${max} and the pain did not start.`
};
