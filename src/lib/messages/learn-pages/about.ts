// The words of the Learn page "about"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{
			p: 'Legwork helps you follow a walking program at home, like the walking programs that clinics run. It plans each walk, times your walks and rests, and shows how you are doing.'
		},
		{
			p: 'Legwork does not replace your doctor, nurse or physiotherapist. It cannot tell you what is wrong with your legs. Please agree your walking program with a clinician, and tell them how it goes.'
		},
		{
			p: 'Everything you record stays on your phone. Nothing is sent anywhere unless you save a backup and send it yourself.'
		},
		{
			p: 'If you feel unwell, stop. Legwork shows a button to call for help, but in an emergency call for help in any way you can.'
		}
	],
	sources: [
		'Guidelines on leg artery disease from the American Heart Association and American College of Cardiology (2016 and 2024).'
	]
};
