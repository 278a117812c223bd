// The words of the Learn page "how-walking-helps"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{
			p: 'Your calf muscle is a pump. Each step squeezes the veins in your leg and pushes blood back up to your heart. This helps heavy, swollen legs. It also moves lymph, the fluid that can build up as swelling.'
		},
		{
			p: 'With narrowed arteries, regular walking helps small new blood vessels grow around the narrow parts, and helps your muscles use oxygen better.'
		},
		{
			p: 'Most people notice a change after about 4 weeks, and the biggest change comes after 8 to 12 weeks. In trials, people could walk much further before the pain started after a walking program.'
		},
		{
			p: 'Walk at least 3 times a week, for 30 to 45 minutes of walking in each session if you can.'
		}
	],
	sources: [
		'AHA/ACC guidelines on leg artery disease (2016, 2024).',
		'A review of supervised walking programs (Fakhry and others, 2012).',
		'Studies of walking programs by Gardner and colleagues (1995, 2011, 2012).'
	]
};
