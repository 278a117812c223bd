// Chart.js with only the parts Legwork draws: bars and lines on a category axis. Loaded by a
// dynamic import from the chart component, so it is fetched only on pages that draw charts.

import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement
);

export { Chart };
