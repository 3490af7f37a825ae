import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-list>`. */
export const listText = defineMessages(
  {
    caption: 'Missions and their validations, {period}',
    filterLabel: 'Mission type',
    filterAll: 'All types',
    columnMission: 'Title and description',
    columnPopularity: 'Popularity',
    columnDetails: 'Details',
    detailsOf: 'Details of {title}',
    noneOfType: 'No “{type}” mission in this period.',
    exportWhat: 'mission list',
    csvId: 'ID',
    csvTitle: 'Title',
    csvDescription: 'Description',
    csvValidations: 'Validations in the period',
  },
  {
    caption: 'Missions et leurs validations, {period}',
    filterLabel: 'Type de mission',
    filterAll: 'Tous les types',
    columnMission: 'Titre et description',
    columnPopularity: 'Popularité',
    columnDetails: 'Détails',
    detailsOf: 'Détails de « {title} »',
    noneOfType: 'Aucune mission « {type} » sur cette période.',
    exportWhat: 'liste des missions',
    csvId: 'Identifiant',
    csvTitle: 'Titre',
    csvDescription: 'Description',
    csvValidations: 'Validations sur la période',
  },
);
