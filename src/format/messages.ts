/**
 * Strings shared by every widget, in each supported language. Each element
 * keeps its own strings beside it (`src/<element>/messages.ts`) through
 * `defineMessages`, so an element's bundle carries only what it shows.
 * `en` is the reference: `fr` must have exactly its keys (the type checks it).
 */
const en = {
  loading: 'Loading…',
  retry: 'Retry',
  error_config: 'This widget is misconfigured',
  error_network: 'The server could not be reached',
  error_timeout: 'The server did not answer in time',
  error_http: 'The server returned an error',
  error_parse: 'The server’s answer could not be read',
  error_invalid: 'The server’s answer does not match what was expected',
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
  type_classic: 'Classic',
  type_content: 'Content',
  type_review: 'Review',
  type_engagement: 'Engagement',
  showTable: 'Data table',
  columnType: 'Type',
  columnCount: 'Validated missions',
  columnShare: 'Share',
  columnVariation: 'Variation',
  columnPrevious: 'Previous period',
  total: 'Total',
  periodRange: '{from} – {to}',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  error_config: 'Ce widget est mal configuré',
  error_network: 'Le serveur est injoignable',
  error_timeout: 'Le serveur n’a pas répondu à temps',
  error_http: 'Le serveur a renvoyé une erreur',
  error_parse: 'La réponse du serveur est illisible',
  error_invalid: 'La réponse du serveur ne correspond pas au format attendu',
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
  type_classic: 'Classique',
  type_content: 'Contenus',
  type_review: 'Avis',
  type_engagement: 'Engagement',
  showTable: 'Tableau de données',
  columnType: 'Type',
  columnCount: 'Missions validées',
  columnShare: 'Répartition',
  columnVariation: 'Variation',
  columnPrevious: 'Période précédente',
  total: 'Total',
  periodRange: 'du {from} au {to}',
};

export const SUPPORTED_LANGS = ['en', 'fr'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

export type MessageParams = Record<string, string | number>;

/** A catalogue's lookup: `text(lang, key, params)`, with the catalogue kept for tests. */
export interface Translator<K extends string> {
  (lang: Lang, key: K, params?: MessageParams): string;
  readonly catalogues: Readonly<Record<Lang, Readonly<Record<K, string>>>>;
}

/**
 * A catalogue of messages in every language. `{name}` placeholders are filled
 * from `params`; a placeholder without a value stays visible rather than vanish.
 */
export function defineMessages<const E extends Record<string, string>>(
  en: E,
  fr: Record<keyof E, string>,
): Translator<keyof E & string> {
  const catalogues = { en, fr } as Record<Lang, Record<keyof E & string, string>>;
  const text = (lang: Lang, key: keyof E & string, params: MessageParams = {}) =>
    catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  return Object.assign(text, { catalogues });
}

/** The shared messages. */
export const t = defineMessages(en, fr);

/** `fr-CA` → `fr`; anything unsupported → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGS.find((lang) => lang === base);
}
