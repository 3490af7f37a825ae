/**
 * Every string a widget shows or announces, in each supported language.
 * `en` is the reference: `fr` must have exactly its keys (the type checks it).
 * `{name}` placeholders are filled by `t()`.
 */
const en = {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'The data could not be loaded',
  idle: 'No data source: set the endpoint attribute or the data property.',
  emptyPeriod: 'No mission was validated in this period.',
  vsPrevious: 'vs previous period',
  variationUp: 'up {value} vs previous period',
  variationDown: 'down {value} vs previous period',
  variationFlat: 'unchanged vs previous period',
  variationNew: 'new: none in the previous period',
  variationNone: 'no activity in either period',
  variationNewShort: 'new',
  notAvailable: 'not available',
  kpisLabel: 'Key figures, {period}',
  kpiValidatedMissions: 'Validated missions',
  kpiEngagedCustomers: 'Engaged customers',
  kpiParticipationRate: 'Participation rate',
  kpiParticipationHint: '{engaged} of {customers} customers',
  type_classic: 'Classic',
  type_content: 'Content',
  type_review: 'Review',
  type_engagement: 'Engagement',
  donutLabel: 'Validated missions by type, {period}',
  donutSummary: '{total} validated missions: {parts}.',
  donutTotal: 'Validated missions',
  donutTotalShown: 'Shown',
  legendLabel: 'Mission types: press to hide or show a type',
  sliceLabel: '{type}: {count} missions, {share} of the total, {variation}',
  showTable: 'Data table',
  tableCaption: 'Validated missions by type, {period}',
  columnType: 'Type',
  columnCount: 'Validated missions',
  columnShare: 'Share',
  columnVariation: 'Variation',
  columnPrevious: 'Previous period',
  total: 'Total',
  allTypesHidden: 'Every type is hidden: show one with the legend.',
  allHiddenShort: 'Nothing shown',
  periodRange: '{from} – {to}',
} as const;

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const fr: Messages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  errorTitle: 'Les données n’ont pas pu être chargées',
  idle: 'Aucune source de données : renseignez l’attribut endpoint ou la propriété data.',
  emptyPeriod: 'Aucune mission validée sur cette période.',
  vsPrevious: 'vs période précédente',
  variationUp: 'en hausse de {value} vs période précédente',
  variationDown: 'en baisse de {value} vs période précédente',
  variationFlat: 'stable vs période précédente',
  variationNew: 'nouveau : aucune sur la période précédente',
  variationNone: 'aucune activité sur les deux périodes',
  variationNewShort: 'nouveau',
  notAvailable: 'non disponible',
  kpisLabel: 'Chiffres clés, {period}',
  kpiValidatedMissions: 'Missions validées',
  kpiEngagedCustomers: 'Clients engagés',
  kpiParticipationRate: 'Taux de participation',
  kpiParticipationHint: '{engaged} clients sur {customers}',
  type_classic: 'Classique',
  type_content: 'Contenus',
  type_review: 'Avis',
  type_engagement: 'Engagement',
  donutLabel: 'Missions validées par type, {period}',
  donutSummary: '{total} missions validées : {parts}.',
  donutTotal: 'Missions validées',
  donutTotalShown: 'Affichées',
  legendLabel: 'Types de mission : appuyez pour masquer ou afficher un type',
  sliceLabel: '{type} : {count} missions, {share} du total, {variation}',
  showTable: 'Tableau de données',
  tableCaption: 'Missions validées par type, {period}',
  columnType: 'Type',
  columnCount: 'Missions validées',
  columnShare: 'Répartition',
  columnVariation: 'Variation',
  columnPrevious: 'Période précédente',
  total: 'Total',
  allTypesHidden: 'Tous les types sont masqués : affichez-en un avec la légende.',
  allHiddenShort: 'Rien d’affiché',
  periodRange: 'du {from} au {to}',
};

export const SUPPORTED_LANGS = ['en', 'fr'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

const catalogues: Record<Lang, Messages> = { en, fr };

/** The message `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** `fr-CA` → `fr`; anything unsupported → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGS.find((lang) => lang === base);
}
