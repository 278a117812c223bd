// Every word the app shows a person, in one place, so a translation is one file.
// Plain, short and kind; guidance, never diagnosis.

import type { IsoDate } from '$lib/dates';
import { parseIsoDate } from '$lib/dates';
import type { PainLevel } from '$lib/program/pain-scale';
import type { PlanError, TargetReason, Intensity, SessionStatus } from '$lib/program/plan';
import type { StepId } from '$lib/program/session-template';
import type { TestFieldError } from '$lib/program/baseline';
import type { Diagnosis, Legs, TimeOfDay, Track, WalkWarning } from '$lib/program/types';
import type { PreWalkQuestionId, SafetyQuestionId, SignId, Urgency } from '$lib/safety/questions';
import type { StorageProblem } from '$lib/storage/db';
import type { BackupProblem } from '$lib/storage/backup';
import type { TableName } from '$lib/storage/schema';
import type { Feeling, Phase } from '$lib/walk/timeline';

const MIN = 60_000;

function plural(n: number, one: string, many: string): string {
	return `${n.toLocaleString(LOCALE)} ${n === 1 ? one : many}`;
}

const RECORD_NAMES: Record<TableName, string> = {
	settings: 'setting',
	programs: 'program',
	walkTests: 'walk test',
	sessions: 'walk',
	events: 'walk event',
	symptoms: 'diary entry',
	safetyChecks: 'safety check',
	reviews: 'weekly review',
	breaks: 'leg-raising or calf-pump break'
};

export function minutes(ms: number): string {
	const m = Math.round(ms / MIN);
	return m === 1 ? '1 min' : `${m} min`;
}

/** A duration in a sentence, in whole minutes: "9 minutes", never "9:00". */
export function spokenMinutes(ms: number): string {
	const m = Math.max(0, Math.round(ms / MIN));
	return m === 1 ? '1 minute' : `${m} minutes`;
}

/** A duration in a sentence, spoken-style: "2 minutes", "40 seconds", never "2:01". */
export function durationWords(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return seconds === 1 ? '1\u00a0second' : `${seconds}\u00a0seconds`;
	const minutes = Math.floor(seconds / 60);
	return minutes === 1 ? '1\u00a0minute' : `${minutes}\u00a0minutes`;
}

/** A clock face for timers: m:ss, or h:mm:ss past an hour. */
export function clock(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Spoken form of a duration, for screen readers and voice. */
export function spokenDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const m = Math.floor(total / 60);
	const s = total % 60;
	const parts = [];
	if (m > 0) parts.push(m === 1 ? '1 minute' : `${m} minutes`);
	if (s > 0 || m === 0) parts.push(s === 1 ? '1 second' : `${s} seconds`);
	return parts.join(' ');
}

/**
 * Dates, times and numbers are written in the person's own locale (the browser's), never one
 * written into the code. The words around them are this file's (UK English).
 */
const LOCALE: string | undefined = undefined;

export function dayName(date: IsoDate): string {
	return parseIsoDate(date).toLocaleDateString(LOCALE, { weekday: 'long' });
}

/** A day and time, e.g. "Monday 09:00", for a walk left unfinished. */
export function weekdayTime(at: number): string {
	return new Date(at).toLocaleString(LOCALE, {
		weekday: 'long',
		hour: '2-digit',
		minute: '2-digit'
	});
}

export function shortDate(date: IsoDate): string {
	return parseIsoDate(date).toLocaleDateString(LOCALE, {
		weekday: 'short',
		day: 'numeric',
		month: 'short'
	});
}

export function longDate(date: IsoDate): string {
	return parseIsoDate(date).toLocaleDateString(LOCALE, {
		weekday: 'long',
		day: 'numeric',
		month: 'long'
	});
}

export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];

export const m = {
	appName: 'Legwork',
	tagline: 'Your walking program, at home',
	skipToContent: 'Skip to main content',
	nav: {
		label: 'Main',
		today: 'Today',
		walk: 'Walk',
		progress: 'Progress',
		history: 'History',
		learn: 'Learn',
		settings: 'Settings'
	},
	loading: 'Loading…',
	back: 'Back',
	continue: 'Continue',
	save: 'Save',
	cancel: 'Cancel',
	yes: 'Yes',
	no: 'No',
	errorSummary: 'There is a problem',

	pwa: {
		updateReady: 'A new version of Legwork is ready.',
		updateButton: 'Reload',
		updateAfterWalk: 'It will be ready after your walk.',
		offlineReady: 'Legwork now works without internet.',
		installButton: 'Install Legwork',
		installTitle: 'Put Legwork on your home screen',
		installHelp: 'It then opens like any other app, with or without internet.',
		iosTitle: 'On iPhone or iPad',
		iosSteps: [
			'Open Legwork in Safari.',
			'Tap the Share button (a square with an arrow pointing up).',
			'Scroll down and tap “Add to Home Screen”.',
			'Tap “Add”.'
		],
		installed: 'Legwork is installed on this device.'
	},

	contacts: {
		heading: 'Who to call if you need help',
		intro:
			'Legwork shows a button to call for help whenever something sounds urgent. Check the number, and add your care team if you like.',
		emergencyLabel: 'Emergency number',
		emergencyHint:
			'The number for an ambulance where you are. We filled in the usual one for your phone’s region: change it if it is wrong.',
		emergencyError: 'Please enter a phone number using digits, for example 999.',
		careNameLabel: 'Your care team or clinician (optional)',
		carePhoneLabel: 'Their phone number (optional)',
		careError: 'Please enter a phone number using digits, or leave it empty.',
		heading2: 'Who to call',
		save: 'Save these numbers',
		saved: 'Saved. This is the number Legwork will offer to call.',
		kept: (number: string) => `Not saved. Legwork will still offer to call ${number}.`
	},

	data: {
		heading: 'Your data',
		intro:
			'Everything Legwork records stays on this phone. Nothing is sent anywhere. A backup file lets you keep a copy, move to a new phone, or bring your walks back after clearing the browser.',
		backupHeading: 'Make a backup',
		backupHelp:
			'A backup is one file with all your walks, walk tests and settings. Keep it somewhere safe, such as your email or your cloud storage.',
		backupButton: 'Save a backup file',
		lastBackup: (date: string) => `Your last backup: ${date}.`,
		noBackup: 'You have not made a backup yet.',
		shared: 'Your backup file is ready. Keep it somewhere safe.',
		downloaded:
			'Your backup file has been saved to your downloads. Keep it somewhere safe, such as your email or cloud storage.',
		restoreHeading: 'Restore from a backup',
		restoreHelp:
			'Choose a Legwork backup file. Nothing changes until you have seen what it holds and chosen what to do.',
		chooseFile: 'Choose a backup file',
		checking: 'Checking the file…',
		holds: (c: { walks: number; tests: number; diary: number }) =>
			`This file holds ${plural(c.walks, 'walk', 'walks')}, ${plural(c.tests, 'walk test', 'walk tests')} and ${plural(c.diary, 'diary entry', 'diary entries')}.`,
		span: (first: string, last: string) =>
			first === last ? `From ${first}.` : `From ${first} to ${last}.`,
		madeOn: (date: string) => `The backup was made on ${date}.`,
		howQuestion: 'What should Legwork do with it?',
		merge: 'Add it to what is here',
		mergeHelp:
			'Keeps everything on this phone and adds what is new in the file. Nothing is counted twice.',
		replace: 'Replace everything here with the file',
		replaceHelp: 'Deletes what is on this phone now and puts the file’s records in its place.',
		cancelRestore: 'Cancel',
		importing: 'Restoring…',
		restored: (added: number, updated: number) =>
			added + updated === 0
				? 'Done. Everything in the file was already here.'
				: `Done. ${plural(added, 'record', 'records')} added${updated ? `, ${plural(updated, 'record', 'records')} brought up to date` : ''}.`,
		replaced: 'Done. Your data is now the data from the file.',
		goToday: 'Go to Today',
		problemIntro: 'This file could not be used. Nothing on this phone has changed.',
		problem: (p: BackupProblem): string => {
			switch (p.kind) {
				case 'tooLarge':
					return 'The file is much larger than any Legwork backup. Please check you chose the right file.';
				case 'empty':
					return 'The file is empty.';
				case 'notJson':
					return 'This is not a Legwork backup file. A backup file ends in .json and was saved from Legwork.';
				case 'damaged':
					return 'The file seems damaged or cut short. Try saving the backup again from the phone it came from.';
				case 'notBackup':
					return 'This file is not a Legwork backup.';
				case 'noFormat':
					return 'This file does not say it is a Legwork backup, so it was not used.';
				case 'newer':
					return 'This backup was made by a newer version of Legwork. Update Legwork on this phone (reload it while online), then try again.';
				case 'badVersion':
					return 'This backup does not say which version of Legwork made it, so it was not used.';
				case 'missingTables':
					return 'Parts of the backup are missing, so it was not used.';
				case 'invalid':
					return `Part of the backup cannot be read (${RECORD_NAMES[p.table]} number ${p.index + 1}${p.field ? `, ${p.field}` : ''}). The file may have been changed by another program.`;
				case 'endBeforeStart':
					return `A walk in the backup ends before it starts (walk number ${p.index + 1}). The file may have been changed by another program.`;
				case 'duplicateId':
					return 'The backup holds the same record twice. The file may have been changed by another program.';
				case 'idCollision':
					return 'A record in the backup clashes with a different record on this phone, so the backup was not used.';
				case 'storage':
					return p.problem === 'full'
						? 'There is not enough space on this phone to restore the backup. Free some space, then try again.'
						: 'Something went wrong while restoring. Please try again.';
			}
		},
		keepHeading: 'Keeping your data safe',
		eraseHeading: 'Erase all data',
		eraseHelp: 'Removes everything Legwork has stored on this phone.',
		eraseButton: 'Erase all data',
		eraseConfirm: (c: { programs: number; walks: number; tests: number; diary: number }) =>
			`This deletes ${c.programs ? 'your walking program, ' : ''}${plural(c.walks, 'walk', 'walks')}, ${plural(c.tests, 'walk test', 'walk tests')}, ${plural(c.diary, 'diary entry', 'diary entries')} and your settings from this phone. It cannot be undone. If you may want them back, make a backup first.`,
		eraseYes: 'Yes, erase everything',
		erased: 'Everything has been erased from this phone.',
		settingsLink: 'Back up, restore or erase your data',
		reminder:
			'You have walks from the last 4 weeks or more that are in no backup. A backup keeps them safe if this phone is lost or the browser is cleared.',
		reminderLink: 'Make a backup'
	},

	storage: {
		heading: 'Storage',
		used: (used: string, available: string) => `${used} used of about ${available}.`,
		unknown: 'This browser does not say how much space is left.',
		persisted: 'Your browser will keep Legwork’s data even when space runs low.',
		notPersisted:
			'Your browser may clear Legwork’s data if the device runs very low on space. On an iPhone or iPad, Safari also clears it after 7 days without using Legwork, unless Legwork is on your home screen. Installing Legwork to your home screen helps keep it, and a backup keeps a copy.',
		problem: {
			unavailable:
				'Legwork cannot save anything in this browser window. This often happens in private browsing. Open Legwork in a normal window to keep your walks.',
			blocked:
				'Legwork is open in another tab or window with an older version, and that is holding up this one. Close the other Legwork tabs or windows, or reload them, and this one will carry on.',
			outdated:
				'Legwork is open in another tab or window with a newer version. Reload this page to carry on with the newer version.',
			full: 'Your device is out of space, so this was not saved. Free some space (for example old photos or apps), then try again. Nothing already saved has been lost.',
			failed:
				'Something went wrong while saving. Nothing already saved has been lost. Please try again.'
		} satisfies Record<StorageProblem, string>,
		readOnly: 'You can still read what is here.'
	},

	today: {
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
		target: (min: number) => `${min} minutes of walking`,
		weekHeading: (n: number) => `Week ${n} of the program`,
		weekProgress: (done: number, planned: number) => `${done} of ${planned} walks done this week`,
		missedHelp:
			'Missed a day? That is fine. Your walks move to the next days, and nothing you did is lost.',
		extraDay: 'moved here',
		retest: 'This week, please repeat the walk test. It shows how far you have come.',
		retestButton: 'Do the walk test',
		retestDone: 'You did your walk test this week. Well done.',
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
	},

	plan: {
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
	},

	onboarding: {
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
		clearedLabel: 'A clinician has checked me and said I can start a walking program.',
		resolvedLabel: 'This has been dealt with: a doctor has checked it and said I can walk.',
		resolveMissing:
			'Please confirm that a doctor has checked this and said you can walk. Until then, please do not start.',
		clearedMissing:
			'Please tick the box once a clinician has said you can start. Until then, the program stays paused.',
		notYet: 'I will check first',
		notYetDone:
			'That is the right thing to do. Come back to Legwork once a clinician has said you can start.',
		legsQuestion: 'Which legs trouble you?',
		legs: { left: 'Left leg', right: 'Right leg', both: 'Both legs' } satisfies Record<
			Legs,
			string
		>,
		diagnosisQuestion: 'What has a clinician told you about your legs?',
		diagnosis: {
			pad: 'Poor circulation in the leg arteries (PAD, or “claudication”: leg pain when walking that eases with rest)',
			vein: 'Weak leg veins (heavy, tired or swollen legs)',
			both: 'Both of these',
			unsure: 'I am not sure'
		} satisfies Record<Diagnosis, string>,
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
			'This sets your starting target. Walk at your normal pace. Tap when the leg pain starts, and again when it is too strong to go on.',
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
	},

	safety: {
		question: {
			heartWhenActive:
				'When you are active, do you get chest pain or pressure, feel very short of breath, faint or dizzy, or feel your heart racing?',
			lungClot:
				'In the last few days, have you suddenly become short of breath, had chest pain when you breathe in, or coughed up blood?',
			suddenColdLeg:
				'Right now, is one leg suddenly cold, pale or blue, numb, weak or in severe pain?',
			swollenHotLeg: 'Right now, is one leg suddenly swollen, painful, warm or red?',
			restPainOrSore:
				'Do your feet or toes hurt when you are resting or at night, or do you have a sore on your foot or leg that has not healed in 2 weeks, or any black skin?',
			recentHeartOrSurgery:
				'In the last 3 months, have you had a heart attack, new or worsening chest pain (angina), or major surgery?',
			limitedByHeartOrLungs:
				'Is your walking held back more by your heart or your breathing than by your legs?',
			otherChanges:
				'Do you have swelling that does not go down with rest, skin changes, tingling or numbness, cramps that wake you at night, or heavy legs since starting a new medicine?'
		} satisfies Record<SafetyQuestionId, string>,
		youSaid: {
			heartWhenActive:
				'You said you get chest pain, bad breathlessness, faintness, dizziness or a racing heart when you are active.',
			lungClot:
				'You said you have suddenly become short of breath, had chest pain when breathing in, or coughed up blood.',
			suddenColdLeg:
				'You said one leg is suddenly cold, pale or blue, numb, weak or in severe pain.',
			swollenHotLeg: 'You said one leg is suddenly swollen, painful, warm or red.',
			restPainOrSore:
				'You said your feet hurt at rest or at night, or you have a sore that has not healed, or black skin.',
			recentHeartOrSurgery:
				'You said you have had a heart attack, new chest pain or major surgery in the last 3 months.',
			limitedByHeartOrLungs: 'You said your heart or your breathing holds your walking back.',
			otherChanges:
				'You said you have lasting swelling, skin changes, tingling, night cramps or heavy legs since a new medicine.'
		} satisfies Record<SafetyQuestionId, string>,
		preWalkQuestion: {
			chestOrBreath: 'Chest pain, or bad breathlessness, since your last walk',
			swollenLeg: 'One leg newly swollen, warm or red',
			newSore: 'A new sore on your foot or leg',
			footPainAtRest: 'Pain in your foot at rest or at night'
		} satisfies Record<PreWalkQuestionId, string>,
		sign: {
			chestPain: 'Chest pain or pressure',
			breathless: 'Very short of breath',
			fainting: 'Fainting, or about to faint',
			dizziness: 'Dizzy or light-headed',
			racingHeart: 'Heart racing or fluttering',
			lungClot: 'Sudden breathlessness, pain when breathing in, or coughing blood',
			coldPaleLeg: 'A leg suddenly cold, pale or blue, numb or weak',
			swollenHotLeg: 'One leg suddenly swollen, painful, warm or red',
			restPainOrSore: 'Foot pain at rest or at night, or a sore that will not heal',
			painNotEasing: 'Leg pain that has not eased after 10 minutes of rest',
			severePain: 'Severe leg pain when walking',
			recentHeartOrSurgery: 'A recent heart attack, new chest pain or major surgery',
			limitedByHeartOrLungs: 'Walking held back by your heart or breathing',
			otherChanges: 'Lasting swelling, skin changes, tingling, night cramps or a new medicine'
		} satisfies Record<SignId, string>,
		urgencyHeading: {
			emergency: 'Call now',
			sameDay: 'Get seen today',
			soon: 'See your clinician soon, before you walk again',
			continue: 'You can carry on'
		} satisfies Record<Urgency, string>,
		guidance: {
			emergency: (number: string) =>
				`Stop and sit down. If it does not pass at once, or you are worried, call ${number} now.`,
			sameDay:
				'Do not walk on it. Call your doctor’s surgery or an urgent care service today. For foot pain at rest or a sore that will not heal, ask to see a vascular (blood vessel) specialist urgently.',
			soon: 'Stop walking for now. Tell your clinician within the next few days, and walk again only when they agree.',
			continue: 'Carry on as planned.'
		} satisfies Record<Urgency, string | ((number: string) => string)>,
		/** At the start the answers are about what has happened, not what is happening now. */
		onboardingEmergency: (number: string) =>
			`If this is happening now, call ${number}. If not, see a doctor today, before you start walking.`,
		/** The guidance of an urgency, with the number to call where it names one. */
		guidanceFor: (urgency: Urgency, number: string): string =>
			urgency === 'emergency' ? m.safety.guidance.emergency(number) : m.safety.guidance[urgency],
		call: (number: string) => `Call ${number}`,
		callCareTeam: (name: string) => (name ? `Call ${name}` : 'Call your care team'),
		unwellHeading: 'You said you feel unwell',
		unwellIntro: 'Everything is paused. Stop walking and sit down somewhere safe.',
		unwellSigns: 'Tap what you feel, if any of these:',
		unwellEnded: 'Your walk has ended. Stay sitting down.',
		feelBetter: 'I feel better: carry on',
		endWalk: 'End the walk now',
		preWalkHeading: 'Before you start',
		preWalkIntro: 'Do you have any of these today? Tap any that you have.',
		preWalkNone: 'None of these: start my walk',
		preWalkSome: 'Continue',
		preWalkNotToday: 'I will not walk today',
		preWalkChecked: 'It has been checked, and I was told I can walk',
		longRestHeading: 'Your pain has not eased',
		longRest:
			'Leg pain that has not eased after 10 minutes of rest is not the usual pattern. Please end today’s walk now, with no cool-down, and tell your clinician within the next few days.',
		severeHeading: 'That was severe pain',
		severe:
			'We suggest you end today’s walk now. Next time, stop a little earlier, at moderate pain (4).',
		followUp: {
			longRest: (day: string) =>
				`Your pain did not ease after 10 minutes of rest on ${day}. Have you spoken to your care team?`,
			severePain: (day: string) =>
				`You had severe pain on your walk on ${day}. Have you spoken to your care team?`,
			unwell: (day: string) =>
				`You felt unwell on your walk on ${day}. Have you spoken to your care team?`
		},
		followUpYes: 'Yes, and they said I can carry on',
		followUpNo: 'Not yet',
		followUpWait:
			'Please talk to them before your next walk. If you feel unwell at any time, call for help.',
		emergencyMark: 'Emergency'
	},

	walk: {
		heading: 'Walk',
		noneHeading: 'Ready for a walk?',
		freeIntro: 'No walk is planned now. You can still take one.',
		startPlanned: 'Start the walk',
		startFree: 'Start a walk',
		unwell: 'I feel unwell',
		phase: {
			warmup: 'Warm-up',
			walking: 'Walking',
			calfPump: 'Calf exercises',
			cooldown: 'Cool-down',
			elevation: 'Raise your legs',
			finish: 'Well done'
		} satisfies Record<Phase, string>,
		step: {
			slowWalk: 'Walk slowly',
			calfLeft: 'Calf stretch, left leg',
			calfRight: 'Calf stretch, right leg',
			thighLeft: 'Front of thigh stretch, left leg',
			thighRight: 'Front of thigh stretch, right leg',
			hamstringLeft: 'Back of thigh stretch, left leg',
			hamstringRight: 'Back of thigh stretch, right leg',
			anklePumps: 'Ankle pumps',
			heelRaises: 'Heel raises'
		} satisfies Record<StepId, string>,
		stepHow: {
			slowWalk: 'Walk at an easy, comfortable pace.',
			calfLeft:
				'Hands on a wall. Left leg back, heel down, bend the front knee until you feel a stretch in the calf. Hold still.',
			calfRight:
				'Hands on a wall. Right leg back, heel down, bend the front knee until you feel a stretch in the calf. Hold still.',
			thighLeft:
				'Hold a chair or wall. Bend your left knee and hold your ankle behind you. Knees together. Hold still.',
			thighRight:
				'Hold a chair or wall. Bend your right knee and hold your ankle behind you. Knees together. Hold still.',
			hamstringLeft:
				'Put your left heel on a low step, leg straight. Lean forward a little from the hips. Hold still.',
			hamstringRight:
				'Put your right heel on a low step, leg straight. Lean forward a little from the hips. Hold still.',
			anklePumps:
				'Sitting or lying, point your toes away, then pull them up towards you. Slowly, 10 times.',
			heelRaises: 'Holding a chair, rise up on your toes, then lower slowly. 10 times.'
		} satisfies Record<StepId, string>,
		stepOf: (n: number, of: number) => `Step ${n} of ${of}`,
		partLength: (part: string, length: string) => `${part} in all: about ${length}`,
		timeLeft: 'Time left',
		skip: 'Skip',
		next: 'Next',
		previous: 'Back',
		stepDone: 'Time is up. Tap Next when you are ready.',
		thisWalk: 'This walk',
		painStarted: 'Leg pain started',
		onsetAt: (ms: number) => `Pain started after ${durationWords(ms)}`,
		walkingTime: 'Walking time',
		restTime: 'Rest so far',
		progressWords: (walkedMs: number, targetMs: number) => {
			const walked = Math.floor(walkedMs / MIN);
			const target = Math.round(targetMs / MIN);
			return walkedMs >= targetMs
				? `${walked}\u00a0minutes: target of ${target} reached`
				: `${walked} of\u00a0${target}\u00a0minutes`;
		},
		painQuestionHelp: 'Tap the one that fits best.',
		painQuestionBack: 'Back: keep walking',
		restHelpNoPain: 'Stand or sit until you are ready to walk on.',
		walkAgain: 'Walk again',
		elevationEndEarly: 'Stop leg raising now',
		skipPart: {
			warmup: 'Skip the warm-up',
			walking: 'Skip the walking',
			calfPump: 'Skip the calf exercises',
			cooldown: 'Skip the cool-down',
			elevation: 'Skip leg raising'
		} satisfies Record<Exclude<Phase, 'finish'>, string>,
		moderateHint: 'Keep going if you can. Stop and rest when the pain is moderate: 4 on the scale.',
		stopAndRest: 'Stop and rest',
		painQuestion: 'How strong is the pain now?',
		painLevel: {
			1: 'No pain',
			2: 'Pain just started',
			3: 'Mild pain',
			4: 'Moderate pain',
			5: 'Severe pain'
		} satisfies Record<PainLevel, string>,
		severeNote:
			'Severe pain more than once today. Next time, stop a little earlier, at moderate pain.',
		resting: 'Resting',
		restHelp: 'Stand or sit until the pain has gone completely.',
		painGone: 'Pain gone, walk again',
		targetReached:
			'You reached today’s walking target. Well done! You may carry on, or cool down now.',
		finishWalking: 'Finish walking',
		endEarly: 'End today’s walk',
		endEarlyQuestion: 'End today’s walk now? What you have walked is saved.',
		endEarlyYes: 'Yes, end the walk',
		endEarlyNo: 'No, keep going',
		continuousHelp: 'Walk at a steady, comfortable pace. Stop to rest whenever you need.',
		gentleHelp:
			'Walk at a comfortable pace. Rest whenever you need to, and always before the pain is moderate (4 on the scale).',
		elevationPicture: 'Lying down, legs raised on cushions',
		elevationHelp:
			'Lie down and raise your legs above the level of your heart, on cushions or a pillow.',
		elevationCaution:
			'Because your circulation can be affected: if raising your legs causes foot pain, pale skin or numbness, lower them and stop. Tell your clinician.',
		compressionCaution:
			'Wear compression stockings only if your clinician has said they are right for you.',
		elevationDone: 'Done',
		paused: 'Paused',
		resume: 'Carry on',
		undo: 'Undo',
		undone: 'Taken back.',
		undoLabel: (type: string): string => {
			switch (type) {
				case 'painOnset':
					return 'Undo “Leg pain started”';
				case 'stopped':
					return 'Undo “Stop and rest”';
				case 'painGone':
					return 'Undo: I am still resting';
				case 'paused':
					return 'Undo “I feel unwell”';
				case 'resumed':
					return 'Undo “Carry on”';
				default:
					return 'Undo: go back a step';
			}
		},
		summaryHeading: 'Your walk',
		summary: {
			active: 'Walking time',
			bouts: 'Walks between rests',
			onset: 'Pain started after (first walk)',
			longest: 'Longest walk',
			rest: 'Total rest',
			pain: 'Pain levels at each stop',
			noOnset: 'No pain recorded',
			note: 'Your note',
			none: 'None'
		},
		feelingQuestion: 'How did your legs feel?',
		feeling: {
			better: 'Better than usual',
			same: 'About the same',
			worse: 'Worse than usual'
		} satisfies Record<Feeling, string>,
		noteLabel: 'Anything to remember? (optional)',
		saveFinish: 'Save and finish',
		savedHeading: 'Walk saved',
		saved: 'Your walk is saved. Rest now, and drink some water.',
		savedStoppedEarly:
			'This walk is saved as stopped early. It does not count as a session done, and that is fine: how you felt matters more.',
		savedTooShort:
			'This walk was shorter than half of today’s target, so it does not count as today’s session yet.',
		didSessionHelp:
			'This walk was shorter than half of today’s target. If you stopped early for a good reason and did what you could today, you can count it.',
		didSession: 'Count this walk as today’s session',
		backToToday: 'Back to today',
		staleHeading: 'An unfinished walk',
		stale: (when: string) => `A walk started ${when} was not finished.`,
		staleFinish: 'Finish it as it ended',
		staleDiscard: 'Discard it',
		discardConfirm: 'Discard this walk? Its times will be removed from your progress.',
		discardYes: 'Yes, discard it',
		discarded: 'The walk was discarded.'
	},

	painScale: {
		title: 'The leg pain scale',
		meaning: {
			1: 'No pain: walk on',
			2: 'Pain has just started: keep walking',
			3: 'Mild pain: keep walking if you can',
			4: 'Moderate pain: stop and rest',
			5: 'Severe pain: stop now'
		} satisfies Record<PainLevel, string>
	},

	cues: {
		stepDone: 'Time is up.',
		targetReached: 'You reached today’s target.',
		restWarning: 'Your pain has not gone after 10 minutes. Please stop for today.'
	},

	retest: {
		heading: 'Walk test',
		intro:
			'Every 4 weeks, repeat the walk test you did at the start. Walk at your normal pace, as you did then. It shows how far you have come.',
		noProgram: 'Set up your program first: the walk test is part of it.',
		saved: 'Your walk test is saved.',
		compare: (label: string, before: string, now: string) =>
			`${label}: ${before} at the start, ${now} now.`,
		onset: 'Time before the pain started',
		max: 'Time you could walk',
		distance: 'Distance in six minutes',
		noPain: 'no pain',
		back: 'Back to today'
	},

	progress: {
		heading: 'Progress',
		empty: 'Your progress will show here after your first walk.',
		sessions: (n: number) => (n === 1 ? '1 walk' : `${n} walks`),
		bestOnset: 'Longest time before pain',
		testsHeading: 'Your walk tests',
		test: (date: IsoDate, parts: string[]) => `${shortDate(date)}: ${parts.join(', ')}`,
		totalWalking: 'Total walking time',
		adherenceHeading: 'Sessions done',
		adherenceWeek: (done: number, planned: number) =>
			`This week: ${done} of ${planned} sessions done`,
		adherenceProgram: (done: number, planned: number) =>
			`Since you started: ${done} of ${planned} sessions done`,
		attempted: (n: number) => (n === 1 ? '1 walk stopped early' : `${n} walks stopped early`),
		adherenceHelp:
			'A walk counts as a session once you have walked at least half of its target, or you chose to count it. Two walks on one day count once.',
		expect:
			'Most people notice a change after about 4 weeks of regular walking. Keep going, even if the first weeks feel the same.',
		changeHelp:
			'A meaningful improvement is one large enough for people to notice in daily life. The figures come from studies of 12-week programs.'
	},

	history: {
		heading: 'History',
		empty: 'Your finished walks will be listed here.',
		walk: (date: IsoDate) => longDate(date),
		line: (active: string, bouts: number) =>
			`${active} walking, ${bouts === 1 ? '1 walk' : `${bouts} walks`} between rests`,
		test: 'Walk test',
		endedBy: {
			unwell: 'Ended because you felt unwell',
			longRest: 'Ended: the pain did not ease after 10 minutes of rest',
			severePain: 'Ended after severe pain'
		} satisfies Record<WalkWarning, string>,
		feeling: (how: string) => `Your legs: ${how.toLowerCase()}`
	},

	learn: {
		heading: 'Learn',
		intro: 'Short pages about your legs, walking and when to get help.',
		back: 'All Learn pages',
		backToWalk: 'Back to your walk',
		sources: 'Where this comes from',
		more: {
			painScale: 'More about the pain scale',
			legRaising: 'More about raising your legs',
			getHelp: 'When to get help',
			about: 'What Legwork is, and is not'
		}
	},

	settings: {
		heading: 'Settings',
		cuesHeading: 'Sounds and alerts during a walk',
		cuesHelp: 'The screen always shows the same information; these are extras.',
		speech: 'Spoken prompts',
		sound: 'Beeps',
		vibration: 'Vibration',
		theme: 'Colours',
		themes: { system: 'Same as my device', light: 'Light', dark: 'Dark' },
		units: 'Distance',
		saved: 'Saved.',
		programHeading: 'Your walking program',
		changeDays: 'Change walking days or program',
		daysSaved: 'Your plan has been updated from today. Your past walks have not changed.',
		track: 'Program',
		extend: 'Add 4 more weeks',
		extended: (weeks: number) => `Your program now has ${weeks} weeks.`,
		redo: 'Start again with a new walk test and questions',
		noProgram: 'You have not set up a program yet.',
		installHeading: 'Install'
	}
};

/** Times of day as a phrase for the reminder. */
export function timeOfDayPhrase(t: TimeOfDay): string {
	return { morning: 'morning', afternoon: 'afternoon', evening: 'evening' }[t];
}

/** A distance in the person's units: metres, or yards for miles. */
export function distance(metres: number, units: 'km' | 'miles'): string {
	return units === 'km' ? `${Math.round(metres)} m` : `${Math.round(metres / 0.9144)} yards`;
}

/** A walk test in a few words: when the pain came, how long they walked, or how far. */
export function testParts(
	test: { onsetMs: number | null; maxWalkMs: number | null; distanceM: number | null },
	units: 'km' | 'miles'
): string[] {
	if (test.distanceM !== null) return [distance(test.distanceM, units)];
	return [
		test.onsetMs === null ? 'no pain' : `pain after ${clock(test.onsetMs)}`,
		...(test.maxWalkMs === null ? [] : [`walked ${clock(test.maxWalkMs)}`])
	];
}

/** Bytes as a short phrase: 1.2 MB. */
/** A size in plain words: "1 MB", "about 10 GB"; whole numbers, the person's own digits. */
export function bytes(n: number): string {
	const units: [number, string][] = [
		[1024 ** 3, 'GB'],
		[1024 ** 2, 'MB'],
		[1024, 'kB']
	];
	for (const [size, unit] of units) {
		if (n >= size)
			return `${Math.max(1, Math.round(n / size)).toLocaleString(LOCALE)}\u00a0${unit}`;
	}
	return n === 0 ? 'nothing' : `less than 1\u00a0kB`;
}
