import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-type-donut>`. */
export const donutText = defineMessages(
  {
    donutLabel: 'Validated missions by type, {period}',
    donutSummary: '{total} validated missions: {parts}.',
    donutTotal: 'Validated missions',
    donutTotalShown: 'Shown',
    legendLabel: 'Mission types: press to hide or show a type',
    sliceLabel: '{type}: {count} missions, {share} of the total, {variation}',
    tableCaption: 'Validated missions by type, {period}',
    allTypesHidden: 'Every type is hidden: show one with the legend.',
    allHiddenShort: 'Nothing shown',
  },
  {
    donutLabel: 'Missions validées par type, {period}',
    donutSummary: '{total} missions validées : {parts}.',
    donutTotal: 'Missions validées',
    donutTotalShown: 'Affichées',
    legendLabel: 'Types de mission : appuyez pour masquer ou afficher un type',
    sliceLabel: '{type} : {count} missions, {share} du total, {variation}',
    tableCaption: 'Missions validées par type, {period}',
    allTypesHidden: 'Tous les types sont masqués : affichez-en un avec la légende.',
    allHiddenShort: 'Rien d’affiché',
  },
);
