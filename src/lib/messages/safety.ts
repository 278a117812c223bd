import type { AskWhen, PreWalkQuestionId, SafetyQuestionId, When } from '$lib/safety/questions';

export const safety = {
	question: {
		chestPain: 'When you are active, do you get chest pain, pressure or tightness?',
		breathless: 'When you are active, do you get very short of breath, more than you would expect?',
		faintDizzy: 'When you are active, do you faint, nearly faint, or feel dizzy?',
		racingHeart: 'Do you have times when your heart races or flutters, or beats unevenly?',
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
		swellingOrSkin:
			'Do you have swelling in a leg that does not go down with rest, or new changes to the skin of your legs?',
		routineChange:
			'Do you have tingling or burning in your feet, cramps that wake you at night, or heavy legs since starting a new medicine?'
	} satisfies Record<SafetyQuestionId, string>,
	/** After a "yes": when it happens. */
	whenQuestion: {
		heart: 'Which is closest?',
		recent: 'Is it happening now?'
	} satisfies Record<AskWhen, string>,
	whenChoice: {
		heart: {
			now: 'It is happening now',
			newOrWorse: 'It is new, or worse than it used to be',
			known: 'It is not new: my doctor knows about it and it has not changed',
			passed: ''
		},
		recent: {
			now: 'Yes, it is happening now',
			newOrWorse: '',
			known: '',
			passed: 'No, it has passed'
		}
	} satisfies Record<AskWhen, Record<When, string>>,
	whenMissing: 'Please choose which is closest.',
	youSaid: {
		chestPain: 'You said you get chest pain, pressure or tightness when you are active.',
		breathless: 'You said you get very short of breath when you are active.',
		faintDizzy: 'You said you faint, nearly faint, or feel dizzy when you are active.',
		racingHeart: 'You said your heart sometimes races, flutters or beats unevenly.',
		lungClot:
			'You said you have suddenly become short of breath, had chest pain when breathing in, or coughed up blood.',
		suddenColdLeg: 'You said one leg is suddenly cold, pale or blue, numb, weak or in severe pain.',
		swollenHotLeg: 'You said one leg is suddenly swollen, painful, warm or red.',
		restPainOrSore:
			'You said your feet hurt at rest or at night, or you have a sore that has not healed, or black skin.',
		recentHeartOrSurgery:
			'You said you have had a heart attack, new chest pain or major surgery in the last 3 months.',
		limitedByHeartOrLungs: 'You said your heart or your breathing holds your walking back.',
		swellingOrSkin: 'You said you have swelling that does not go down, or changes to your skin.',
		routineChange:
			'You said you have tingling or burning, night cramps, or heavy legs since a new medicine.'
	} satisfies Record<SafetyQuestionId, string>,
	/** What the person said of when, after the "you said" line. */
	whenSaid: {
		now: 'It is happening now.',
		newOrWorse: 'It is new, or worse than it used to be.',
		known: 'Your doctor knows about it and it has not changed.',
		passed: 'It has passed.'
	} satisfies Record<When, string>,
	/** Added to a finding that asks one thing more. */
	findingNote: {
		known:
			'Follow the plan your doctor gave you. If it comes on during a walk, stop and tap “I feel unwell”.',
		restPainOrSore: 'Ask to see a vascular (blood vessel) specialist urgently.'
	},
	preWalkQuestion: {
		chestOrBreath: 'Chest pain, or bad breathlessness, since your last walk',
		swollenLeg: 'One leg newly swollen, warm or red',
		newSore: 'A new sore on your foot or leg',
		footPainAtRest: 'Pain in your foot at rest or at night'
	} satisfies Record<PreWalkQuestionId, string>,
	unwellHeading: 'You said you feel unwell',
	unwellIntro: 'Everything is paused. Stop walking and sit down somewhere safe.',
	unwellSigns: 'Tap what you feel, if any of these:',
	unwellEnded: 'Your walk has ended. Stay sitting down.',
	feelBetter: 'I feel better: carry on',
	endWalk: 'End the walk now',
	preWalkHeading: 'Before you start',
	preWalkIntro: 'Do you have any of these today? Tap any that you have.',
	preWalkNone: 'None of these: start my walk',
	preWalkAnswered: 'Not today',
	preWalkIfNow: 'If it is happening now, stop, sit down and call for help:',
	preWalkSome: 'Continue',
	preWalkNotToday: 'I will not walk today',
	preWalkChecked: 'It has been checked, and I was told I can walk',
	longRestHeading: 'Your pain has not eased',
	longRest:
		'Leg pain that has not eased after 10 minutes of rest is not the usual pattern. Please end today’s walk now, with no cool-down, and talk to your care team before your next walk.',
	severeHeading: 'That was severe pain',
	severe:
		'We suggest you end today’s walk now. Next time, stop a little earlier, at moderate pain (4).'
};
