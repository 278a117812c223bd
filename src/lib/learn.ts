// The Learn pages: short, plain words (a reading age of about 9), written by us, each with its
// sources at the foot in plain words. Figures and sources: docs/clinical-basis.md and the
// team's shared clinical basis. Like messages.ts, every word a person reads here is in one file.

export type LearnTopic =
	| 'about'
	| 'heavy-legs'
	| 'how-walking-helps'
	| 'pain-scale'
	| 'warm-up'
	| 'leg-raising'
	| 'shoes-water-salt'
	| 'get-help';

/** A block of a page: a paragraph, a list, or one of the live blocks the page draws. */
export type Block =
	| { p: string }
	| { list: string[] }
	| { h: string }
	| { show: 'pain-scale' | 'signs-by-urgency' | 'pad-cautions' };

export interface LearnPage {
	topic: LearnTopic;
	title: string;
	summary: string;
	blocks: Block[];
	sources: string[];
}

export const LEARN_PAGES: readonly LearnPage[] = [
	{
		topic: 'about',
		title: 'What Legwork is, and is not',
		summary: 'A helper for a walking program agreed with your clinician.',
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
	},
	{
		topic: 'heavy-legs',
		title: 'Why legs feel heavy or hurt',
		summary: 'The common reasons, from tired muscles to narrowed arteries and weak veins.',
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
	},
	{
		topic: 'how-walking-helps',
		title: 'How walking helps',
		summary: 'Your calf muscle is a pump, and your muscles learn to use oxygen better.',
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
	},
	{
		topic: 'pain-scale',
		title: 'Walking into moderate pain',
		summary: 'Why it is safe and why it helps, with the 1 to 5 pain scale.',
		blocks: [
			{
				p: 'If your leg pain comes from narrowed arteries, walking until the pain is moderate, then resting until it has gone, is what helps most. It is safe for most people whose clinician has agreed to the program.'
			},
			{
				p: 'In a large trial, people who walked only until the first twinge did not get better. People who walked into moderate pain could walk further after 6 months.'
			},
			{ h: 'The pain scale' },
			{ show: 'pain-scale' },
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
				p: 'The usual pattern is leg pain on walking that eases within 10 minutes of rest. Pain that does not ease within 10 minutes of rest is different: stop for today and tell your clinician.'
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
	},
	{
		topic: 'warm-up',
		title: 'Warm-up and stretching',
		summary: 'Five minutes of slow walking and gentle stretches, before and after.',
		blocks: [
			{
				p: 'Start each walk with 5 minutes of slow walking, then stretch your calves and the front of your thighs. End with 5 minutes of slow walking and stretches.'
			},
			{
				p: 'Hold each stretch still for 30 seconds. Do not bounce. A stretch should feel like a pull, never a sharp pain.'
			},
			{ p: 'Hold a wall or a chair for balance.' }
		],
		sources: [
			'AHA/ACC guidelines on leg artery disease (2016): a warm-up and cool-down with every session.',
			'American College of Sports Medicine advice on stretching for older adults.'
		]
	},
	{
		topic: 'leg-raising',
		title: 'Raising your legs and compression stockings',
		summary: 'For heavy, swollen legs, with the cautions for poor circulation.',
		blocks: [
			{
				p: 'For legs that are heavy or swollen from weak veins, lie down and raise your legs above the level of your heart, on cushions. When your legs are swollen, do this for about 30 minutes every 2 hours in the day. For milder heaviness, 10 to 20 minute breaks help.'
			},
			{
				p: 'When you sit or stand for a long time, point and pull up your feet about 10 times every hour, or take a short walk.'
			},
			{ p: 'In bed, raising the foot of your mattress about 15 cm can help.' },
			{ show: 'pad-cautions' }
		],
		sources: [
			'Advice on weak leg veins from a university vascular surgery department (Upstate Medical University).',
			'The shared clinical basis of Legwork, section 3.'
		]
	},
	{
		topic: 'shoes-water-salt',
		title: 'Shoes, water and salt',
		summary: 'Small things that make walking easier.',
		blocks: [
			{
				list: [
					'Wear comfortable, well-fitting shoes with a firm sole, and socks without tight tops.',
					'Check your feet every day for sores, blisters or colour changes, especially if you have diabetes or poor circulation. Tell your clinician about a sore that does not heal in 2 weeks.',
					'Drink water through the day, unless your doctor has told you to limit fluids.',
					'Go easy on salt: it makes the body hold water, and legs swell more.'
				]
			}
		],
		sources: [
			'Advice for people with leg artery disease from the Cleveland Clinic walking program.'
		]
	},
	{
		topic: 'get-help',
		title: 'When to get help',
		summary: 'The signs to stop for, and how soon to get help.',
		blocks: [
			{
				p: 'Stop walking if you feel unwell. These signs need help, most urgent first. Legwork gives guidance, not a diagnosis: if you are worried, get help.'
			},
			{ show: 'signs-by-urgency' }
		],
		sources: [
			'AHA/ACC guidelines on leg artery disease (2016, 2024).',
			'The shared clinical basis of Legwork, section 4.'
		]
	}
];

export function learnPage(topic: string): LearnPage | null {
	return LEARN_PAGES.find((p) => p.topic === topic) ?? null;
}
