/**
 * The bench page: draws the same stacked bars with <mission-daily-chart>
 * (production build of Lit) and with Chart.js 4, and times both in the same
 * page. Driven by bench/run.ts through `window.runBench`.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import '../src/mission-daily-chart/index.js';
import type { MissionDailyChart } from '../src/mission-daily-chart/mission-daily-chart.js';
import { MISSION_TYPES, type DailyResponse } from '../src/data/contract.js';
import { seededDaily } from '../test/fixtures/daily.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

const WIDTH = 800;
const HEIGHT = 240;
const COLOURS = ['#2563eb', '#c026d3', '#b45309', '#047857'];

export interface Timings {
  ours: { first: number[]; update: number[] };
  chartjs: { first: number[]; update: number[] };
  /** Elements in the chart's shadow root once drawn. */
  shadowNodes: number;
  /** Rectangles drawn in the classic path (proof that every day is a bar). */
  classicBars: number;
}

const stage = document.querySelector<HTMLElement>('#stage')!;
stage.style.width = `${WIDTH}px`;

/** Lets the browser paint and collect between rounds; not measured. */
const idle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** Until the element shows `data` and its layout is done. */
async function drawn(el: MissionDailyChart): Promise<void> {
  await el.updateComplete;
  // `data` is validated by a task: the bars come one update later.
  while (el.state !== 'ready') await microtask();
  await el.updateComplete;
  el.getBoundingClientRect();
}

async function oursFirst(data: DailyResponse, resolution: string): Promise<[number, MissionDailyChart]> {
  const start = performance.now();
  const el = document.createElement('mission-daily-chart');
  el.resolution = resolution;
  el.lang = 'en';
  el.data = data;
  stage.append(el);
  await drawn(el);
  return [performance.now() - start, el];
}

async function oursUpdate(el: MissionDailyChart, data: DailyResponse): Promise<number> {
  const start = performance.now();
  el.data = data;
  await drawn(el);
  return performance.now() - start;
}

function chartData(data: DailyResponse) {
  return {
    labels: data.days.map((d) => d.date),
    datasets: MISSION_TYPES.map((type, i) => ({
      label: type,
      data: data.days.map((d) => d.byType[type]),
      backgroundColor: COLOURS[i],
      stack: 'all',
    })),
  };
}

function chartjsFirst(data: DailyResponse): [number, Chart<'bar'>] {
  const start = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  stage.append(canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: chartData(data),
    options: {
      animation: false,
      responsive: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
    },
  });
  canvas.getBoundingClientRect();
  return [performance.now() - start, chart];
}

function chartjsUpdate(chart: Chart<'bar'>, data: DailyResponse): number {
  const start = performance.now();
  const next = chartData(data);
  chart.data.labels = next.labels;
  next.datasets.forEach((dataset, i) => (chart.data.datasets[i]!.data = dataset.data));
  chart.update('none');
  chart.canvas.getBoundingClientRect();
  return performance.now() - start;
}

async function runBench(days: number, rounds: number, warmup: number, resolution: string): Promise<Timings> {
  const timings: Timings = {
    ours: { first: [], update: [] },
    chartjs: { first: [], update: [] },
    shadowNodes: 0,
    classicBars: 0,
  };
  for (let round = 0; round < warmup + rounds; round++) {
    // New data every round, same size: seeded, so every run draws the same figures.
    const first = seededDaily(days, 2 * round + 1);
    const second = seededDaily(days, 2 * round + 2);
    const keep = round >= warmup;

    const [oursFirstTime, el] = await oursFirst(first, resolution);
    await idle();
    const oursUpdateTime = await oursUpdate(el, second);
    timings.shadowNodes = el.shadowRoot!.querySelectorAll('*').length;
    const classic = el.shadowRoot!.querySelector('[part~="bars"][data-type="classic"]')!.getAttribute('d')!;
    timings.classicBars = classic.split('M').length - 1;
    el.remove();
    await idle();

    const [chartFirstTime, chart] = chartjsFirst(first);
    await idle();
    const chartUpdateTime = chartjsUpdate(chart, second);
    const canvas = chart.canvas;
    chart.destroy();
    canvas.remove();
    await idle();

    if (keep) {
      timings.ours.first.push(oursFirstTime);
      timings.ours.update.push(oursUpdateTime);
      timings.chartjs.first.push(chartFirstTime);
      timings.chartjs.update.push(chartUpdateTime);
    }
  }
  return timings;
}

declare global {
  interface Window {
    runBench: typeof runBench;
  }
}
window.runBench = runBench;
