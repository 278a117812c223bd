import type { PainLevel } from '$lib/program/pain-scale';
import type { StepId } from '$lib/program/session-template';
import type { Feeling, Phase } from '$lib/walk/timeline';
import { MIN, durationWords } from './format';
import { phase } from './phase';

export const walk = {
	heading: 'Walk',
	noneHeading: 'Ready for a walk?',
	freeIntro: 'No walk is planned now. You can still take one.',
	startPlanned: 'Start the walk',
	startFree: 'Start a walk',
	unwell: 'I feel unwell',
	phase,
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
	/** The button to tap is named as it reads on the screen. */
	stepDone: (button: string) => `Time is up. Tap “${button}” when you are ready.`,
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
	/** "Measure distance outdoors" on: the bout's distance as it grows, or why there is none. */
	distance: {
		soFar: (distance: string) => `About ${distance} so far`,
		waiting: 'Finding your position…',
		denied: 'Distance is not measured: location is not allowed. Your walk is timed as usual.',
		unavailable:
			'Distance is not measured: your position cannot be found. Your walk is timed as usual.'
	},
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
	/**
	 * Opened on a walk under way after a long time away, or with the phone's clock gone back:
	 * asked, not believed (walk/rules.ts timeQuestion).
	 */
	away: {
		heading: {
			resting: 'Are you still resting?',
			walking: 'Are you still walking?',
			part: 'Are you still on this part of the walk?'
		},
		since: {
			resting: (since: string) => `It is ${since} since you stopped.`,
			walking: (since: string) => `It is ${since} since you started walking.`,
			part: (since: string) => `It is ${since} since this part began.`
		},
		carryOn: {
			resting: (seen: string) => `I rested about ${seen}`,
			walking: (seen: string) => `I walked about ${seen}`,
			part: (seen: string) => `Carry on from ${seen} in`
		},
		still: {
			resting: 'Yes, I am still resting',
			walking: 'Yes, I am still walking',
			part: 'Yes, count all the time'
		},
		backHeading: 'The phone’s clock has changed',
		back: {
			resting: (seen: string) =>
				`Legwork cannot tell how long it has been. When it was last open, you had rested ${seen}.`,
			walking: (seen: string) =>
				`Legwork cannot tell how long it has been. When it was last open, you had walked ${seen}.`,
			part: (seen: string) =>
				`Legwork cannot tell how long it has been. When it was last open, this part had run ${seen}.`
		},
		backCarryOn: (seen: string) => `Carry on from ${seen}`
	},
	savedHeading: 'Walk saved',
	/** The walk moved on in another tab or window of the app. */
	elsewhere: {
		ended: 'This walk was ended in another tab or window of Legwork.',
		refused:
			'That tap was not recorded: this walk had already ended in another tab or window of Legwork.',
		changed:
			'That tap was not recorded: the walk had changed in another tab or window of Legwork. This is how it is now.'
	},
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
};
