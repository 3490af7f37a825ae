import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-audience-chart>`. */
export const audienceText = defineMessages(
  {
    title_instagram: 'Engaged customers by Instagram followers, {period}',
    title_tiktok: 'Engaged customers by TikTok followers, {period}',
    title_age: 'Engaged customers by age, {period}',
    column_instagram: 'Instagram followers',
    column_tiktok: 'TikTok followers',
    column_age: 'Age',
    columnCustomers: 'Engaged customers',
    columnShare: 'Share of engaged customers',
    unknown: 'Unknown',
    summary: '{title}: {total} engaged customers. {parts}.',
    bucketSentence: '{label}: {count} customers, {share} of engaged customers',
    unknownNote: '{share} unknown: {count} engaged customers without this data.',
    plotHint: 'Use the arrow keys to read each bracket.',
  },
  {
    title_instagram: 'Clients engagés par nombre d’abonnés Instagram, {period}',
    title_tiktok: 'Clients engagés par nombre d’abonnés TikTok, {period}',
    title_age: 'Clients engagés par âge, {period}',
    column_instagram: 'Abonnés Instagram',
    column_tiktok: 'Abonnés TikTok',
    column_age: 'Âge',
    columnCustomers: 'Clients engagés',
    columnShare: 'Part des clients engagés',
    unknown: 'Inconnu',
    summary: '{title} : {total} clients engagés. {parts}.',
    bucketSentence: '{label} : {count} clients, {share} des clients engagés',
    unknownNote: '{share} inconnus : {count} clients engagés sans cette donnée.',
    plotHint: 'Utilisez les flèches pour lire chaque tranche.',
  },
);
