/**
 * The OpenAPI 3.1 document, generated from the contract's valibot schemas
 * (src/data/contract.ts) so that it cannot drift from what clients validate.
 * Only the operations, parameters and problem responses are written here.
 */
import { toJsonSchemaDefs, type JsonSchema } from '@valibot/to-json-schema';
import {
  audienceDistribution,
  audienceResponse,
  countsByType,
  dailyResponse,
  impactResponse,
  isCalendarDate,
  leaderboardResponse,
  missionDetailResponse,
  MISSION_SORTS,
  MISSION_TYPES,
  missionsResponse,
  problemDetails,
  summaryResponse,
  type ResourceName,
} from '../src/data/contract.ts';
import {
  DEFAULT_IMPACT_K,
  DEFAULT_PAGE_SIZE,
  MAX_DATE,
  MAX_IMPACT_K,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_PERIOD_DAYS,
  MIN_DATE,
} from './params.ts';

/** Named component schemas; shared ones are referenced rather than repeated. */
const COMPONENTS = {
  CountsByType: countsByType,
  AudienceDistribution: audienceDistribution,
  SummaryResponse: summaryResponse,
  DailyResponse: dailyResponse,
  MissionsResponse: missionsResponse,
  MissionDetailResponse: missionDetailResponse,
  ImpactResponse: impactResponse,
  LeaderboardResponse: leaderboardResponse,
  AudienceResponse: audienceResponse,
  Problem: problemDetails,
};

const RESPONSE_COMPONENT: Record<ResourceName, keyof typeof COMPONENTS> = {
  summary: 'SummaryResponse',
  daily: 'DailyResponse',
  missions: 'MissionsResponse',
  'missions/{id}': 'MissionDetailResponse',
  impact: 'ImpactResponse',
  leaderboard: 'LeaderboardResponse',
  audience: 'AudienceResponse',
};

/** Contract schemas converted to JSON Schema 2020-12, refs pointing into components. */
export function contractJsonSchemas(): Record<keyof typeof COMPONENTS, JsonSchema> {
  return toJsonSchemaDefs(COMPONENTS, {
    target: 'draft-2020-12',
    // Unknown constructs must fail loudly, except these three which JSON
    // Schema cannot say: finite (JSON numbers are), calendar-date check
    // (→ format: date), and cross-field checks (documented in the text).
    errorMode: 'throw',
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (
        valibotAction.type === 'check' &&
        'requirement' in valibotAction &&
        valibotAction.requirement === isCalendarDate
      ) {
        return { ...jsonSchema, format: 'date' };
      }
      if (
        valibotAction.type === 'finite' ||
        valibotAction.type === 'check' ||
        valibotAction.type === 'forward'
      ) {
        return jsonSchema;
      }
      return undefined;
    },
  });
}

type Parameter = Record<string, unknown>;

const date = (name: 'from' | 'to', description: string): Parameter => ({
  name,
  in: 'query',
  required: true,
  description: `${description} Calendar day in the merchant's time zone, inclusive. Between ${MIN_DATE} and ${MAX_DATE}; the period is at most ${MAX_PERIOD_DAYS} days.`,
  schema: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
});
const PERIOD: Parameter[] = [date('from', 'First day of the period.'), date('to', 'Last day of the period.')];
const PAGING: Parameter[] = [
  {
    name: 'page',
    in: 'query',
    description: '1-based page.',
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
  },
  {
    name: 'pageSize',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
  },
];

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

interface Operation {
  summary: string;
  description?: string;
  parameters: Parameter[];
  notFound?: string;
}

const OPERATIONS: Record<ResourceName, Operation> = {
  summary: {
    summary:
      'KPIs and totals by type, for the period and the previous one (same length, ending the day before from).',
    parameters: PERIOD,
  },
  daily: {
    summary: 'Validations by type, one entry per day of the period (zeros included).',
    parameters: PERIOD,
  },
  missions: {
    summary: 'Missions with their popularity (validations in the period), paged.',
    description: 'Ties in popularity are ordered by mission id, so pages are stable.',
    parameters: [
      ...PERIOD,
      { name: 'type', in: 'query', schema: { type: 'string', enum: [...MISSION_TYPES] } },
      ...PAGING,
      {
        name: 'sort',
        in: 'query',
        schema: { type: 'string', enum: [...MISSION_SORTS], default: 'popularity-desc' },
      },
    ],
  },
  'missions/{id}': {
    summary: "One mission's statistics: current and previous period, and its daily series.",
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' } },
      ...PERIOD,
    ],
    notFound: 'No such mission for this merchant.',
  },
  impact: {
    summary: 'Customers, orders and revenue by number k of missions validated in the period.',
    description:
      'Row k = 0 is the baseline (customers enrolled on or before `to` with no validation in the period); rows 1..maxK-1 are exactly k; the last row, k = maxK, means maxK or more. Orders are those dated in the period in the merchant currency.',
    parameters: [
      ...PERIOD,
      {
        name: 'maxK',
        in: 'query',
        schema: { type: 'integer', minimum: 1, maximum: MAX_IMPACT_K, default: DEFAULT_IMPACT_K },
      },
    ],
  },
  leaderboard: {
    summary: 'Customers ranked by validations in the period; equal totals share a rank.',
    parameters: [...PERIOD, ...PAGING],
  },
  audience: {
    summary: 'Engaged customers of the period by Instagram followers, TikTok followers and age at `to`.',
    description: 'Customers without the data, or younger than 18, are counted as unknown.',
    parameters: PERIOD,
  },
};

export function buildOpenApiDocument({ basePath = '/api' }: { basePath?: string } = {}) {
  const paths: Record<string, unknown> = {};
  for (const [resource, operation] of Object.entries(OPERATIONS) as [ResourceName, Operation][]) {
    paths[`/${resource}`] = {
      get: {
        operationId: resource === 'missions/{id}' ? 'missionDetail' : resource,
        summary: operation.summary,
        ...(operation.description ? { description: operation.description } : {}),
        parameters: operation.parameters,
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: { $ref: `#/components/schemas/${RESPONSE_COMPONENT[resource]}` },
              },
            },
          },
          '400': problem('A query parameter is invalid; `parameter` names it.'),
          '401': problem('Missing or unknown bearer token.'),
          ...(operation.notFound ? { '404': problem(operation.notFound) } : {}),
          '500': problem('The figures could not be computed.'),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Mission widgets endpoint',
      version: '1.0.0',
      description:
        'The endpoint contract of the mission-widgets elements (reference server). Every figure is scoped to the merchant of the bearer token; days are calendar days in the merchant time zone.',
    },
    servers: [{ url: basePath }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: contractJsonSchemas(),
    },
  };
}
