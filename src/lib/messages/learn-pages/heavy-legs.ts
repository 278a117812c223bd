// The words of the Learn page "heavy-legs"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{ p: 'Legs can feel heavy, tired or sore for many reasons. Often there is more than one.' },
		{
			list: [
				'Tired muscles: after a lot of standing or walking, or after little use.',
				'Fluids and salt: too much salt, or too little water, can make legs swell.',
				'Shoes: tight or worn shoes make walking harder.',
				'Narrowed arteries (PAD): the blood vessels that bring blood to the legs are narrow. Muscles then get too little oxygen when you walk. This causes claudication: pain, cramp or heaviness when walking, that eases within a few minutes of rest.',
				'Weak veins: small valves in the veins stop working well, so blood pools in the legs. Legs feel heavy and may swell, worse after standing and better with your legs raised.',
				'Nerves: a trapped nerve in the back, or nerve damage, can cause pain, tingling or numbness.',
				'An underactive thyroid, or too few red blood cells (anaemia), can make you feel tired and heavy.',
				'Medicines: some blood-pressure tablets and some statins can cause swelling or aching. Do not stop a medicine without asking.',
				'Restless legs: an urge to move the legs, mostly in the evening and at night.'
			]
		},
		{
			p: 'Only a clinician can tell which reason is yours. If you are not sure, Legwork keeps your walks comfortable until you know.'
		}
	],
	sources: [
		'AHA/ACC guidelines on leg artery disease (2016, 2024).',
		'Advice on weak leg veins from a university vascular surgery department (Upstate Medical University).'
	]
};
