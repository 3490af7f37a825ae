import { defineMessages } from '../format/messages.js';

/** Strings of `<mission-kpis>`. */
export const kpisText = defineMessages(
  {
    kpisLabel: 'Key figures, {period}',
    kpiValidatedMissions: 'Validated missions',
    kpiEngagedCustomers: 'Engaged customers',
    kpiParticipationRate: 'Participation rate',
    kpiParticipationHint: '{engaged} of {customers} customers',
  },
  {
    kpisLabel: 'Chiffres clés, {period}',
    kpiValidatedMissions: 'Missions validées',
    kpiEngagedCustomers: 'Clients engagés',
    kpiParticipationRate: 'Taux de participation',
    kpiParticipationHint: '{engaged} clients sur {customers}',
  },
);
