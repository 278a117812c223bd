// The series the weekly charts draw, from weekly figures: one place for Progress and the report.
import { weekHolds, type WeekMetrics } from '$lib/progress/metrics';
import { figures } from '$lib/messages/figures';
import { weekLabel } from '$lib/messages';
import type { IsoDate } from '$lib/dates';
import type { Series } from './WeekChart.svelte';

const words = figures.series;

/** Minutes to one decimal place; a week without the figure is a gap, never 0. */
const minutes = (ms: number | null | undefined) =>
	ms === null || ms === undefined ? null : Math.round((ms / 60_000) * 10) / 10;

/** The week holding `today` is not over: its label says "so far", and its bars are drawn pale. */
export function weekSeries(weeks: readonly WeekMetrics[], today?: IsoDate) {
	const line = (label: string, data: (number | null)[]): Series => ({
		label,
		data,
		kind: 'line',
		tone: 'second',
		dashed: true
	});
	const current = today ? weeks.findIndex((w) => weekHolds(w, today)) : -1;
	const soFar = current < 0 ? null : current;
	return {
		labels: weeks.map((w, i) =>
			i === current ? figures.soFar(weekLabel(w.start)) : weekLabel(w.start)
		),
		walking: [
			{
				label: words.walked,
				data: weeks.map((w) => minutes(w.figures?.activeMs)),
				kind: 'bar',
				tone: 'main',
				soFar
			},
			line(
				words.target,
				weeks.map((w) => minutes(w.targetMs))
			)
		] satisfies Series[],
		pain: [
			{
				label: words.longest,
				data: weeks.map((w) => minutes(w.figures?.longestBoutMs)),
				kind: 'line',
				tone: 'main'
			},
			line(
				words.onset,
				weeks.map((w) => minutes(w.figures?.firstOnsetMs))
			)
		] satisfies Series[],
		sessions: [
			{ label: words.done, data: weeks.map((w) => w.done), kind: 'bar', tone: 'main', soFar },
			line(
				words.planned,
				weeks.map((w) => w.planned)
			)
		] satisfies Series[]
	};
}
