import { defineMessages, type Lang } from '../format/messages.js';
import { formatCount, formatPercent } from '../format/format.js';
import { formatMultiple } from '../format/multiple.js';
import { MIN_ACTIVE_MISSIONS, type Insight, type InsightKind } from '../metrics/insights.js';

/** Strings of `<mission-insights>`. */
export const insightsText = defineMessages(
  {
    insightsLabel: 'Advice from your figures, {period}',
    insightsEmpty:
      'Nothing to point out for this period: advice appears once enough customers take part (at least {min} in each group compared).',
    insightsEmptyTitle: 'No advice for now',
    kind_strength: 'Strength',
    kind_opportunity: 'Opportunity',
    kind_warning: 'Watch out',
    revenueMultiple:
      'Customers with {k}+ missions bring {multiple} the revenue of one-mission customers: suggest a next mission to bring the others back.',
    baselineGap:
      'Engaged customers bring {multiple} the revenue per customer of customers without a mission: invite the others to a first mission.',
    oneMissionShare:
      '{share} of engaged customers did only one mission ({count} customers): make the next one easy to start, such as a simple classic mission.',
    fewActiveMissionsNone: 'No mission is active: offer {min} to {max} missions and renew them regularly.',
    fewActiveMissionsOne:
      'Only one mission is active: offer {min} to {max} missions and renew them regularly.',
    fewActiveMissionsOther:
      'Only {count} missions are active: offer {min} to {max} missions and renew them regularly.',
    lowParticipation:
      'Only {rate} of customers did a mission in this period: promote the missions where customers already are (receipts, emails, app).',
    highParticipation:
      '{rate} of customers did a mission in this period: the programme is well known, keep renewing its missions.',
  },
  {
    insightsLabel: 'Conseils tirés de vos chiffres, {period}',
    insightsEmpty:
      'Rien à signaler sur cette période : les conseils apparaissent quand assez de clients participent (au moins {min} dans chaque groupe comparé).',
    insightsEmptyTitle: 'Pas de conseil pour l’instant',
    kind_strength: 'Point fort',
    kind_opportunity: 'Piste',
    kind_warning: 'Attention',
    revenueMultiple:
      'Les clients ayant fait {k} missions ou plus rapportent {multiple} le chiffre d’affaires des clients à une seule mission : proposez une mission suivante pour faire revenir les autres.',
    baselineGap:
      'Les clients engagés rapportent {multiple} le chiffre d’affaires par client de ceux qui n’ont fait aucune mission : invitez les autres à une première mission.',
    oneMissionShare:
      '{share} des clients engagés n’ont fait qu’une seule mission ({count} clients) : rendez la suivante facile à commencer, par exemple une mission classique simple.',
    fewActiveMissionsNone:
      'Aucune mission n’est active : proposez de {min} à {max} missions et renouvelez-les régulièrement.',
    fewActiveMissionsOne:
      'Une seule mission est active : proposez de {min} à {max} missions et renouvelez-les régulièrement.',
    fewActiveMissionsOther:
      'Seulement {count} missions sont actives : proposez de {min} à {max} missions et renouvelez-les régulièrement.',
    lowParticipation:
      'Seulement {rate} des clients ont fait une mission sur la période : faites connaître les missions là où sont vos clients (tickets de caisse, e-mails, application).',
    highParticipation:
      '{rate} des clients ont fait une mission sur la période : le programme est bien connu, continuez à renouveler ses missions.',
  },
);

/** Upper end of the advised number of active missions. */
const MAX_ACTIVE_MISSIONS = 10;

export function kindText(lang: Lang, kind: InsightKind): string {
  return insightsText(lang, `kind_${kind}`);
}

/** The headline figure of an insight ("2.4×", "62%", "5"). */
export function insightFigure(lang: Lang, insight: Insight): string {
  switch (insight.id) {
    case 'revenueMultiple':
    case 'baselineGap':
      return formatMultiple(lang, insight.multiple);
    case 'oneMissionShare':
      return formatPercent(lang, insight.share, 0);
    case 'fewActiveMissions':
      return formatCount(lang, insight.activeMissions);
    case 'lowParticipation':
    case 'highParticipation':
      return formatPercent(lang, insight.rate);
  }
}

/** The advice, its figures formatted for `lang`. */
export function insightMessage(lang: Lang, insight: Insight): string {
  switch (insight.id) {
    case 'revenueMultiple':
      return insightsText(lang, 'revenueMultiple', {
        k: formatCount(lang, insight.fromK),
        multiple: formatMultiple(lang, insight.multiple),
      });
    case 'baselineGap':
      return insightsText(lang, 'baselineGap', { multiple: formatMultiple(lang, insight.multiple) });
    case 'oneMissionShare':
      return insightsText(lang, 'oneMissionShare', {
        share: formatPercent(lang, insight.share, 0),
        count: formatCount(lang, insight.customers),
      });
    case 'fewActiveMissions': {
      const count = insight.activeMissions;
      const key =
        count === 0
          ? 'fewActiveMissionsNone'
          : count === 1
            ? 'fewActiveMissionsOne'
            : 'fewActiveMissionsOther';
      return insightsText(lang, key, {
        count: formatCount(lang, count),
        min: formatCount(lang, MIN_ACTIVE_MISSIONS),
        max: formatCount(lang, MAX_ACTIVE_MISSIONS),
      });
    }
    case 'lowParticipation':
    case 'highParticipation':
      return insightsText(lang, insight.id, { rate: formatPercent(lang, insight.rate) });
  }
}
