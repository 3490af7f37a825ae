// Pure shaping of the daily answer (emptiness, bar geometry), kept out of the element so it needs no DOM.
import { MISSION_TYPES, type DailyResponse, type MissionType } from '../data/contract.js';
import { barChartFrame, type BarChartFrame } from '../charts/bar-chart-frame.js';
import { tickLabel } from '../charts/time-labels.js';
import { isResolutionSetting, RESOLUTION_SETTINGS, type DailyBuckets } from '../metrics/daily.js';
import { formatCount } from '../format/format.js';
import type { Lang } from '../format/messages.js';

/** Why `resolution` is refused, or undefined when it is a known setting. */
export function resolutionProblem(resolution: string): string | undefined {
  if (isResolutionSetting(resolution)) return undefined;
  return `resolution must be one of ${RESOLUTION_SETTINGS.join(', ')}, got "${resolution}"`;
}

/** The console warning for days of the answer outside its own `from..to`. */
export function outsideWarning(value: DailyResponse, outside: readonly string[]): string {
  return `<mission-daily-chart>: ${outside.length} day(s) outside ${value.from}..${value.to} ignored: ${outside.slice(0, 5).join(', ')}`;
}

/** No validation of any type on any day of the period. */
export function isEmptyDaily(value: DailyResponse): boolean {
  return !value.days.some(
    (day) =>
      day.date >= value.from && day.date <= value.to && MISSION_TYPES.some((type) => day.byType[type] > 0),
  );
}

/** The shown types (legend order) and the geometry of their stacked bars at `width` × `height`. */
export function dailyFrame(
  lang: Lang,
  buckets: DailyBuckets,
  hidden: ReadonlySet<MissionType>,
  width: number,
  height: number,
): { frame: BarChartFrame; types: MissionType[] } {
  const types = MISSION_TYPES.filter((type) => !hidden.has(type));
  const frame = barChartFrame({
    starts: buckets.buckets.map((b) => b.start),
    resolution: buckets.resolution,
    series: types.map((type) => buckets.values[MISSION_TYPES.indexOf(type)]!),
    width,
    height,
    formatValue: (value) => formatCount(lang, value),
    formatStart: (start) => tickLabel(lang, buckets.resolution, start),
  });
  return { frame, types };
}
