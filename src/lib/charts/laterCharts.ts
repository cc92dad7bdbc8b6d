/**
 * The chart cards after the first (subscribers), in their order on the page: a chunk of its own,
 * fetched once the first chart has its line (ChartArea.svelte), so that the start-up bundle holds
 * only the chart a user waits for at load.
 */
import ChurnChart from './ChurnChart.svelte';
import ConcentrationChart from './ConcentrationChart.svelte';
import LorenzChart from './LorenzChart.svelte';
import SwitchingChart from './SwitchingChart.svelte';
import CohortChart from './CohortChart.svelte';
import MoneyChart from './MoneyChart.svelte';
import ClvChart from './ClvChart.svelte';

export const LATER_CHARTS = [ChurnChart, ConcentrationChart, LorenzChart, SwitchingChart, CohortChart, MoneyChart, ClvChart];
