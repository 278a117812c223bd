// Sound, speech, vibration and a screen that stays awake: extras during a walk. Each fails
// silently where the browser lacks it; the screen always shows the same thing.

export interface Cues {
	speak(text: string): void;
	tone(): void;
	vibrate(pattern?: number[]): void;
}

/** Every device extra a walk uses, behind one interface: the browser's, or a test double. */
export interface Device extends Cues {
	/** Keeps the screen on until the returned function is called. */
	holdWakeLock(): () => void;
}

export interface CueSwitches {
	speech: boolean;
	sound: boolean;
	vibration: boolean;
}

let audio: AudioContext | null = null;

function pickVoice(): SpeechSynthesisVoice | null {
	const voices = speechSynthesis.getVoices();
	const lang = navigator.language.slice(0, 2);
	const mine = voices.filter((v) => v.lang.startsWith(lang));
	// An on-device voice works with no signal.
	return mine.find((v) => v.localService) ?? voices.find((v) => v.localService) ?? null;
}

export function browserCues(switches: () => CueSwitches): Cues {
	return {
		speak(text) {
			if (!switches().speech || typeof speechSynthesis === 'undefined') return;
			try {
				const utterance = new SpeechSynthesisUtterance(text);
				const voice = pickVoice();
				if (voice) utterance.voice = voice;
				utterance.rate = 0.95;
				speechSynthesis.cancel();
				speechSynthesis.speak(utterance);
			} catch {
				/* no speech here */
			}
		},
		tone() {
			if (!switches().sound || typeof AudioContext === 'undefined') return;
			try {
				audio ??= new AudioContext();
				const osc = audio.createOscillator();
				const gain = audio.createGain();
				osc.frequency.value = 660;
				gain.gain.setValueAtTime(0.25, audio.currentTime);
				gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.5);
				osc.connect(gain).connect(audio.destination);
				osc.start();
				osc.stop(audio.currentTime + 0.5);
			} catch {
				/* no sound here */
			}
		},
		vibrate(pattern = [200, 100, 200]) {
			if (!switches().vibration || typeof navigator.vibrate !== 'function') return;
			try {
				navigator.vibrate(pattern);
			} catch {
				/* no vibration here */
			}
		}
	};
}

/** Keeps the screen on while held; asks again whenever the page comes back into view. */
export function holdWakeLock(): () => void {
	let lock: WakeLockSentinel | null = null;
	let released = false;
	const request = async () => {
		if (released || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
		try {
			lock = await navigator.wakeLock.request('screen');
		} catch {
			/* refused, e.g. low battery */
		}
	};
	const onVisible = () => void request();
	document.addEventListener('visibilitychange', onVisible);
	void request();
	return () => {
		released = true;
		document.removeEventListener('visibilitychange', onVisible);
		void lock?.release().catch(() => {});
		lock = null;
	};
}

export function browserDevice(switches: () => CueSwitches): Device {
	return { ...browserCues(switches), holdWakeLock };
}

/** A device that does nothing but note what it was asked, for tests. */
export function recordingDevice(): Device & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		speak: (text) => void calls.push(`speak:${text}`),
		tone: () => void calls.push('tone'),
		vibrate: () => void calls.push('vibrate'),
		holdWakeLock: () => {
			calls.push('wakeLock');
			return () => void calls.push('wakeLockReleased');
		}
	};
}

/** Gives cues through a device: a tone, a vibration, then the words, for each cue in turn. */
export function sound(device: Cues, lines: readonly string[]): void {
	for (const line of lines) {
		device.tone();
		device.vibrate();
		device.speak(line);
	}
}
