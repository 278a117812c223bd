// The words of the Learn page "six-minute-walk"; its title is in ../learn-topics.ts.
// Figures: docs/clinical-basis.md §2 (six-minute walk at home and walking distance).

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{
			p: 'The six-minute walk shows how far you can walk in 6 minutes. Clinics and research studies use it to see how walking improves. Legwork lets you do it at home, in a hallway or on a path.'
		},
		{ h: 'Your course' },
		{
			list: [
				'Choose a straight, flat hallway or path with room to turn at each end. 30 metres is best; it must be at least 10 metres.',
				'Measure it once with a tape measure. Or count your normal steps from one end to the other: each step is about 0.7 metres.',
				'Mark the two ends, for example with a chair or a bottle.'
			]
		},
		{ h: 'Why the same course matters' },
		{
			p: 'On a shorter course you turn more often, and turning takes time. So the same walk gives fewer metres on a short course than on a long one. Use the same course each time. Legwork only compares tests done on the same course.'
		},
		{ h: 'During the test' },
		{
			list: [
				'Walk at your own pace, as far as you can. You may slow down, stop and rest, then go on. The clock keeps going.',
				'Tap Turn each time you reach an end. Tap Leg pain started when it starts.',
				'Each minute the screen tells you how long is left. At 6 minutes, stop where you are and enter how far you got since your last turn.',
				'If you feel unwell, tap I feel unwell. The test stops, and help comes first.'
			]
		},
		{ h: 'Outdoors' },
		{
			p: 'Without a hallway, your phone can measure the walk from its position on a flat, open path. Phone positions wander by several metres, so Legwork counts only clear movement, and tells you when the positions were too rough to trust. An outdoor test is compared only with other outdoor tests.'
		},
		{ h: 'What the numbers mean' },
		{
			p: 'A change of about 8 metres is small but real. A change of about 20 metres is one most people notice in daily life. Results vary a little from day to day, so look at the change over several weeks.'
		},
		{
			p: 'A test at home is an estimate, not the clinic test. Compare it with your own earlier tests, not with other people or with a clinic result.'
		}
	],
	sources: [
		'American Thoracic Society guidelines for the six-minute walk test (2002): the course, the words each minute, when to stop.',
		'McDermott and colleagues, trials of home walking for leg artery disease (GOALS, HONOR, LITE): the six-minute walk along a hallway as their main measure.',
		'Studies of the course length: shorter courses give shorter distances.',
		'Studies of phone positions for walking tests: errors of about 9 to 20 metres with care, and far more without it.',
		'McDermott and colleagues, Journal of Vascular Surgery (2021): a change of about 8 metres is small and about 20 metres is large for people with leg artery disease.'
	]
};
