import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-detail>`. */
export const detailText = defineMessages(
  {
    detailLabel: 'Mission statistics, {period}',
    validations: 'Validations',
    customers: 'Distinct customers',
    inactive: 'Inactive',
    noMission: 'No mission selected: set the mission-id attribute.',
    series_day: 'Validations per day, {period}',
    series_week: 'Validations per week, {period}',
    series_month: 'Validations per month, {period}',
    seriesSummary: '{title}: {total} in total, highest: {peak} ({date}).',
    noValidation: 'No validation in this period.',
    column_day: 'Day',
    column_week: 'Week',
    column_month: 'Month',
  },
  {
    detailLabel: 'Statistiques de la mission, {period}',
    validations: 'Validations',
    customers: 'Clients distincts',
    inactive: 'Inactive',
    noMission: 'Aucune mission sélectionnée : renseignez l’attribut mission-id.',
    series_day: 'Validations par jour, {period}',
    series_week: 'Validations par semaine, {period}',
    series_month: 'Validations par mois, {period}',
    seriesSummary: '{title} : {total} au total, maximum : {peak} ({date}).',
    noValidation: 'Aucune validation sur cette période.',
    column_day: 'Jour',
    column_week: 'Semaine',
    column_month: 'Mois',
  },
);
