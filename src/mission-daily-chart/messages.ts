import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-daily-chart>`. */
export const dailyText = defineMessages(
  {
    title_day: 'Validated missions per day, {period}',
    title_week: 'Validated missions per week, {period}',
    title_month: 'Validated missions per month, {period}',
    plotSummary: '{title}: {total} in total, highest: {peak} ({peakDate}). Arrow keys move from bar to bar.',
    plotSummaryHidden: '{title}: every type is hidden.',
    barText: '{date}: {parts}; total {total}.',
    barTextShown: '{date}: {parts}; shown {total}.',
    tooltipShown: 'Shown',
    column_day: 'Day',
    column_week: 'Week',
    column_month: 'Month',
    legendLabel: 'Mission types: press to hide or show a type',
    allTypesHidden: 'Every type is hidden: show one with the legend.',
  },
  {
    title_day: 'Missions validées par jour, {period}',
    title_week: 'Missions validées par semaine, {period}',
    title_month: 'Missions validées par mois, {period}',
    plotSummary:
      '{title} : {total} au total, maximum : {peak} ({peakDate}). Les flèches passent d’une barre à l’autre.',
    plotSummaryHidden: '{title} : tous les types sont masqués.',
    barText: '{date} : {parts} ; total {total}.',
    barTextShown: '{date} : {parts} ; affichées {total}.',
    tooltipShown: 'Affichées',
    column_day: 'Jour',
    column_week: 'Semaine',
    column_month: 'Mois',
    legendLabel: 'Types de mission : appuyez pour masquer ou afficher un type',
    allTypesHidden: 'Tous les types sont masqués : affichez-en un avec la légende.',
  },
);
