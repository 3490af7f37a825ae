import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-leaderboard>`. */
export const leaderboardText = defineMessages(
  {
    caption: 'Most engaged customers, {period}',
    columnRank: 'Rank',
    columnCustomer: 'Customer',
    columnTotal: 'Missions',
    columnProfile: 'Profile',
    profileOf: 'Profile of {name}',
    jumpLabel: 'Go to the first or last page',
    firstPage: 'First page',
    lastPage: 'Last page',
    exportWhat: 'leaderboard',
    csvCustomerId: 'Customer ID',
    csvName: 'Name',
  },
  {
    caption: 'Clients les plus engagés, {period}',
    columnRank: 'Rang',
    columnCustomer: 'Client',
    columnTotal: 'Missions validées',
    columnProfile: 'Profil',
    profileOf: 'Profil de {name}',
    jumpLabel: 'Aller à la première ou à la dernière page',
    firstPage: 'Première page',
    lastPage: 'Dernière page',
    exportWhat: 'classement',
    csvCustomerId: 'Identifiant client',
    csvName: 'Nom',
  },
);
