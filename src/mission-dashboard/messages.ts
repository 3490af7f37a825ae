import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-dashboard>`. */
export const dashboardText = defineMessages(
  {
    periodLabel: 'Period',
    preset7: 'Last 7 days',
    preset30: 'Last 30 days',
    preset90: 'Last 90 days',
    presetCustom: 'Custom',
    customFrom: 'From',
    customTo: 'To',
    apply: 'Apply',
    shown: 'Showing {period}',
    invalidDates: 'Enter two dates, the first on or before the second.',
    tooLong: 'A period can be at most {days} days.',
  },
  {
    periodLabel: 'Période',
    preset7: '7 derniers jours',
    preset30: '30 derniers jours',
    preset90: '90 derniers jours',
    presetCustom: 'Personnalisée',
    customFrom: 'Du',
    customTo: 'Au',
    apply: 'Appliquer',
    shown: 'Période affichée : {period}',
    invalidDates: 'Saisissez deux dates, la première au plus tard le jour de la seconde.',
    tooLong: 'Une période compte au plus {days} jours.',
  },
);
