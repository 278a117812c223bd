import { describe, expect, it } from 'vitest';
import { sessionTemplate } from '$lib/program/session-template';
import { CueBook, dueCues } from '$lib/walk/cues';
import { walkView, type WalkEvent } from '$lib/walk/timeline';
import { recordingDevice, sound } from './cues';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const MIN = 60_000;

describe('cues through the device interface', () => {
	it('gives a tone, a vibration and the words for each fresh cue, once', () => {
		const device = recordingDevice();
		const book = new CueBook();
		const events: WalkEvent[] = [
			{ id: 'a', sessionId: 's', seq: 1, at: T0, type: 'started', phase: 'walking' },
			{ id: 'b', sessionId: 's', seq: 2, at: T0 + 4 * MIN, type: 'stopped', level: 4 }
		];
		const template = sessionTemplate('pad', 15);
		const say = () =>
			sound(
				device,
				book.take(dueCues(walkView(events, T0 + 15 * MIN), template)).map((c) => c.kind)
			);
		say();
		expect(device.calls).toEqual([
			'tone',
			'vibrate',
			'speak:resting',
			'tone',
			'vibrate',
			'speak:restWarning'
		]);
		say();
		expect(device.calls).toHaveLength(6);
	});

	it('holds and releases the wake lock through the same interface', () => {
		const device = recordingDevice();
		const release = device.holdWakeLock();
		release();
		expect(device.calls).toEqual(['wakeLock', 'wakeLockReleased']);
	});
});
