// Prints the ten slowest tests at the end of a run, so a test creeping towards its time limit
// is seen before it fails by chance.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SlowestReporter implements Reporter {
	#times: { title: string; ms: number; limit: number }[] = [];

	onTestEnd(test: TestCase, result: TestResult): void {
		const file = test.location.file.split('/tests/').pop();
		this.#times.push({
			title: `${file}:${test.location.line} › ${test.title}`,
			ms: result.duration,
			limit: test.timeout
		});
	}

	onEnd(): void {
		const slowest = [...this.#times].sort((a, b) => b.ms - a.ms).slice(0, 10);
		if (slowest.length === 0) return;
		console.log('\nThe ten slowest tests (time, and its share of the test’s limit):');
		for (const t of slowest)
			console.log(
				`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${String(Math.round((100 * t.ms) / t.limit)).padStart(3)} %  ${t.title}`
			);
	}
}
