// The words of the Learn page "pain-scale"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{
			p: 'If your leg pain comes from narrowed arteries, walking until the pain is moderate, then resting until it has gone, is what helps most. It is safe for most people whose clinician has agreed to the program.'
		},
		{
			p: 'In a large trial, people who walked only until the first twinge did not get better. People who walked into moderate pain could walk further after 6 months.'
		},
		{ h: 'The pain scale' },
		{ show: 'pain-scale' },
		{ h: 'What to do at each level' },
		{
			list: [
				'1, no pain: walk on.',
				'2, pain starts: tap "Leg pain started" and keep walking.',
				'3, mild: keep walking if you can.',
				'4, moderate: stop and rest, standing or sitting, until the pain has gone completely.',
				'5, severe: stop now. Next time, stop a little earlier.'
			]
		},
		{
			p: 'The walk test is the one walk that is different. Every 4 weeks, you walk at your normal pace until the pain is too painful to go on: the most you can bear, then stop. It shows how far you have come. On every other walk, stop at 4.'
		},
		{
			p: 'The usual pattern is leg pain on walking that eases within 10 minutes of rest. Pain that does not ease within 10 minutes of rest is different: end today’s walk, and talk to your care team before your next walk.'
		},
		{
			p: 'If your clinician has not told you the pain comes from narrowed arteries, do not walk into pain: walk at a comfortable pace and ask them first.'
		}
	],
	sources: [
		'The LITE trial (McDermott and others, JAMA 2021): walking with leg symptoms helped, pain-free walking did not.',
		'The pain scale of the classic walking trials (Hiatt, Regensteiner and colleagues).',
		'A study of the safety of supervised walking (Gommans and others, 2014): about 1 problem in 10,000 hours.'
	]
};
