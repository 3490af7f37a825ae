import { html, nothing, type TemplateResult } from 'lit';
import { isCalendarDate } from '../data/contract.js';
import { lastDays, periodLength, type Period } from '../data/period.js';
import { formatDate } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import { dashboardText } from './messages.js';

export const PRESETS = [7, 30, 90] as const;
export type Preset = (typeof PRESETS)[number] | 'custom';

/** The longest period the picker accepts (the reference server's limit). */
export const MAX_PERIOD_DAYS = 1100;

/** Which preset a period is: one of the "last N days" ending today, else custom. */
export function presetOf(period: Period, today: string): Preset {
  return (
    PRESETS.find((days) => {
      const preset = lastDays(days, today);
      return preset.from === period.from && preset.to === period.to;
    }) ?? 'custom'
  );
}

/** Checks a custom period typed by a person; returns the message key of the problem, if any. */
export function customPeriodProblem(from: string, to: string): 'invalidDates' | 'tooLong' | undefined {
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) return 'invalidDates';
  if (periodLength({ from, to }) > MAX_PERIOD_DAYS) return 'tooLong';
  return undefined;
}

export interface PickerView {
  lang: Lang;
  period: Period;
  preset: Preset;
  /** Shown under the custom inputs, already translated. */
  problem?: string;
  onPreset(preset: Preset): void;
  onCustom(from: string, to: string): void;
}

/** A select of presets, and two date inputs with Apply for a custom period. */
export function renderPeriodPicker(view: PickerView): TemplateResult {
  const { lang, period, preset } = view;
  const text = (key: Parameters<typeof dashboardText>[1], params?: Record<string, string | number>) =>
    dashboardText(lang, key, params);
  const range = t(lang, 'periodRange', {
    from: formatDate(lang, period.from),
    to: formatDate(lang, period.to),
  });
  return html`<form
    part="period-picker"
    class="picker"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
      view.onCustom(value('from'), value('to'));
    }}
  >
    <label
      >${text('periodLabel')}
      <select
        part="period-preset"
        name="preset"
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          view.onPreset(value === 'custom' ? 'custom' : (Number(value) as Preset));
        }}
      >
        ${PRESETS.map(
          (days) =>
            html`<option value=${days} ?selected=${preset === days}>${text(`preset${days}`)}</option>`,
        )}
        <option value="custom" ?selected=${preset === 'custom'}>${text('presetCustom')}</option>
      </select>
    </label>
    ${
      preset === 'custom'
        ? html`<label
              >${text('customFrom')}
              <input part="period-from" type="date" name="from" required .value=${period.from}
            /></label>
            <label
              >${text('customTo')} <input part="period-to" type="date" name="to" required .value=${period.to}
            /></label>
            <button part="period-apply" type="submit">${text('apply')}</button>`
        : nothing
    }
    <output part="period-range" class="range" role="status">${text('shown', { period: range })}</output>
    ${view.problem ? html`<p part="period-problem" class="problem" role="alert">${view.problem}</p>` : nothing}
  </form>`;
}
