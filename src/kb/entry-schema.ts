/**
 * The one definition of a knowledge entry: the types the code uses, the check `npm run knowledge:check`
 * runs, and the JSON Schema editors get autocompletion from (`knowledge/entry.schema.json`, generated
 * by `npm run knowledge:schema`) all come from the zod schemas below.
 *
 * Every object is strict: a key the schema does not know (`sumary:`, `verfied:`) is an error, never
 * silently dropped. Messages are written for editors and name the key; `validate-entry.ts` adds the
 * file, line and entry id.
 */
import { z } from 'zod/v4';

export const ENTRY_KINDS = ['service', 'contact', 'meldcode', 'tip', 'info', 'prompt', 'place'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
const CONTENT_KINDS = ['service', 'contact', 'meldcode', 'tip', 'info'] as const;

/** Days after `verified` by which an entry must be checked again, unless it says `reviewDays`. */
export const DEFAULT_REVIEW_DAYS: Readonly<Record<EntryKind, number>> = {
  service: 180,
  contact: 180,
  place: 365,
  meldcode: 365,
  tip: 365,
  info: 365,
  prompt: 730,
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PHONE = /^(\+31 )?[0-9][0-9 -]{1,16}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const HTTP_URL = /^https?:\/\/\S+$/;
const POSTCODE = /^\d{4}(-\d{4})?$/;
const CBS_CODE = /^GM\d{4}$/;
const PAGE_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A page's own date: YYYY, YYYY-MM, YYYY-MM-DD, or "undated". */
export function isPageDate(value: string): boolean {
  if (value === 'undated' || /^\d{4}$/.test(value)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month !== null) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isDay(value);
}

const shown = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

/** A required (or optional) text; `label` is how messages name it, e.g. `"title"` or `contact "name"`. */
function text(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a text`) })
    .trim()
    .min(1, { error: `${label} must be a non-empty text` });
}

/** A text in Dutch and English. */
function localized(label: string, description: string) {
  const language = z
    .string({ error: `${label} must have nl and en texts` })
    .trim()
    .min(1, { error: `${label} must have non-empty nl and en texts` });
  return z
    .strictObject(
      { nl: language, en: language },
      {
        error: (issue) =>
          issue.input === undefined ? `${label} is required, with nl and en` : `${label} must have nl and en texts`,
      },
    )
    .meta({ description });
}

/** A list of words; YAML reads 112 or 2616 as numbers, in these lists they are words. */
function words(key: string, description: string, pattern?: RegExp) {
  const message = `"${key}" must be a list of texts`;
  const word = z
    .union([z.string().trim().min(1), z.number()], { error: message })
    .transform(String)
    .refine((item) => pattern === undefined || pattern.test(item), {
      error: (issue) => `"${key}" has an invalid value "${shown(issue.input)}"`,
    });
  return z.array(word, { error: message }).readonly().default([]).meta({ description });
}

function day(label: string, description: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${label} is required`
          : `${label} must be a date YYYY-MM-DD, not ${shown(issue.input)}`,
    })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: (issue) => `${label} must be a date YYYY-MM-DD, not "${shown(issue.input)}"`,
    })
    .refine(isDay, { error: (issue) => `${label} must be a date YYYY-MM-DD, not "${shown(issue.input)}"` })
    .meta({ description });
}

export const sourceSchema = z
  .strictObject(
    {
      url: z
        .string({ error: 'every source needs an http(s) "url"' })
        .regex(HTTP_URL, { error: 'every source needs an http(s) "url"' })
        .meta({ description: 'The address of the page that prints the facts.' }),
      title: text('"title"').meta({ description: 'A title people recognise, e.g. "Gemeente Zoetermeer — Schulden".' }),
      pageDate: z
        .union([z.string().regex(PAGE_DATE).refine(isPageDate), z.int().min(1000).max(9999).transform(String)], {
          error: (issue) => `"pageDate" must be YYYY, YYYY-MM, YYYY-MM-DD or "undated", not "${shown(issue.input)}"`,
        })
        .optional()
        .meta({
          description:
            'The date printed on the page (YYYY, YYYY-MM or YYYY-MM-DD), or "undated" when the page shows none. The card shows it as the age of the evidence.',
          examples: ['2024-03', '2023', 'undated'],
        }),
      read: day('"read"', 'The day (YYYY-MM-DD) you read the page and found the facts on it.').optional(),
    },
    { error: 'every source needs a url and a title' },
  )
  .meta({ description: 'A page that prints the facts of this entry.' });

export const contactSchema = z
  .strictObject(
    {
      name: localized('contact "name"', 'Who to contact, in Dutch and English.'),
      phone: z
        .string({
          error: (issue) =>
            `contact phone "${shown(issue.input)}" is not a Dutch phone number as written for people${typeof issue.input === 'number' ? ' (put quotes around it)' : ''}`,
        })
        .regex(PHONE, {
          error: (issue) => `contact phone "${shown(issue.input)}" is not a Dutch phone number as written for people`,
        })
        .optional()
        .meta({ description: 'As people write it (14 079, 0800-8115); becomes a call button.' }),
      url: z
        .string({ error: (issue) => `contact url "${shown(issue.input)}" must be an http(s) URL` })
        .regex(HTTP_URL, { error: (issue) => `contact url "${shown(issue.input)}" must be an http(s) URL` })
        .optional()
        .meta({ description: 'The website to reach them.' }),
      email: z
        .string({ error: (issue) => `contact email "${shown(issue.input)}" is not an e-mail address` })
        .regex(EMAIL, { error: (issue) => `contact email "${shown(issue.input)}" is not an e-mail address` })
        .optional(),
      hours: localized('contact "hours"', 'When they can be reached.').optional(),
      walkIn: localized('contact "walkIn"', 'Where and when people can walk in.').optional(),
    },
    { error: 'every contact must be a mapping with a name and a phone, url or email' },
  )
  .refine((contact) => contact.phone !== undefined || contact.url !== undefined || contact.email !== undefined, {
    error: 'a contact needs at least a phone, url or email',
    // Only when the contact is otherwise valid: a misspelt phone number is its own problem.
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ description: 'A way to reach someone. Only facts seen in a source; unconfirmed ones go to `verify`.' });

const asksSchema = z
  .strictObject(
    {
      nl: z.array(z.string().trim().min(1), { error: '"asks.nl" must be a list of texts' }).readonly().default([]),
      en: z.array(z.string().trim().min(1), { error: '"asks.en" must be a list of texts' }).readonly().default([]),
    },
    { error: '"asks" must have nl and/or en lists' },
  )
  .default({ nl: [], en: [] })
  .meta({
    description:
      'How professionals ask for this entry, per language: situations and shorthand, as in the gap report. Indexed for search.',
  });

/** The keys every kind of entry has. */
const common = {
  id: z
    .string({ error: (issue) => (issue.input === undefined ? '"id" is required' : '"id" must be a text') })
    .trim()
    .regex(ID, { error: (issue) => `"id" must be lowercase words joined by hyphens, not "${shown(issue.input)}"` })
    .meta({ description: 'Lowercase words joined by hyphens; never reuse or rename lightly.' }),
  title: localized('"title"', 'The heading of the answer, in Dutch and English.'),
  summary: localized(
    '"summary"',
    'The answer in a few lines: what the card shows first. Markdown; lists one item per line.',
  ),
  body: localized('"body"', 'Optional longer text (Markdown; lists one item per line).').optional(),
  topics: words('topics', 'Topic ids from vocabulary.yaml.'),
  keywords: words('keywords', 'Extra search words, both languages.'),
  asks: asksSchema,
  contacts: z
    .array(contactSchema, { error: '"contacts" must be a list' })
    .readonly()
    .default([])
    .meta({ description: 'Ways to reach someone; phone numbers become call buttons.' }),
  municipality: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? '"municipality" is required'
          : `"municipality" must be a CBS code like GM0637, not "${shown(issue.input)}"`,
    })
    .regex(CBS_CODE, { error: (issue) => `"municipality" must be a CBS code like GM0637, not "${shown(issue.input)}"` })
    .optional()
    .meta({ description: 'CBS code (GMxxxx) of the municipality the entry is about.' }),
  related: words('related', 'Ids of entries offered as follow-up buttons.'),
  sources: z
    .array(sourceSchema, { error: '"sources" must list at least one source (url and title)' })
    .min(1, { error: '"sources" must list at least one source (url and title)' })
    .readonly()
    .meta({ description: 'The pages that print the facts: url, title, pageDate, read.' }),
  verified: day('"verified"', 'The day (YYYY-MM-DD) an editor last checked the entry against its sources.'),
  reviewDays: z
    .int({ error: '"reviewDays" must be a whole number from 7 to 1095' })
    .min(7, { error: '"reviewDays" must be a whole number from 7 to 1095' })
    .max(1095, { error: '"reviewDays" must be a whole number from 7 to 1095' })
    .optional()
    .meta({
      description:
        'Days after `verified` by which the entry must be checked again; 180 for services and contacts, 365 for most others.',
    }),
  verify: text('"verify"')
    .optional()
    .meta({ description: 'What is still unconfirmed; the card then says not all details are confirmed.' }),
};

const kindMessage = (issue: { input?: unknown }) =>
  `"kind" must be one of ${ENTRY_KINDS.join(', ')}, not "${shown(issue.input)}"`;

export const contentEntryFields = z.strictObject({
  ...common,
  kind: z.enum(CONTENT_KINDS, {
    error: (issue) => (issue.input === undefined ? '"kind" is required' : kindMessage(issue)),
  }),
});

export const promptEntryFields = z.strictObject({
  ...common,
  kind: z.literal('prompt'),
  track: text('"track"').meta({ description: 'A leerruimte track id from vocabulary.yaml.' }),
  method: text('"method"').meta({ description: 'An intervision method id from vocabulary.yaml.' }),
  minutes: z
    .int({
      error: (issue) =>
        issue.input === undefined ? '"minutes" is required' : '"minutes" must be a whole number from 10 to 240',
    })
    .min(10, { error: '"minutes" must be a whole number from 10 to 240' })
    .max(240, { error: '"minutes" must be a whole number from 10 to 240' }),
});

export const placeEntryFields = z.strictObject({
  ...common,
  kind: z.literal('place'),
  municipality: common.municipality.unwrap().meta({ description: 'CBS code (GMxxxx) of the municipality.' }),
  name: text('"name"').meta({ description: 'The official name of the municipality.' }),
  region: z.enum(['Haaglanden', 'Zuid-Holland Zuid'], {
    error: (issue) =>
      issue.input === undefined
        ? '"region" is required'
        : `"region" must be Haaglanden or Zuid-Holland Zuid, not "${shown(issue.input)}"`,
  }),
  aliases: words('aliases', 'Other names of the municipality.'),
  kernen: words('kernen', 'Its villages and towns.'),
  postcodes: words('postcodes', '4-digit postcodes, single (2711) or ranges (2711-2729).', POSTCODE),
});

/** Fills the review interval from the kind when the entry gives none. */
function withDefaults<T extends { kind: EntryKind; reviewDays?: number | undefined }>(
  entry: T,
): T & { reviewDays: number } {
  return { ...entry, reviewDays: entry.reviewDays ?? DEFAULT_REVIEW_DAYS[entry.kind] };
}

export const contentEntrySchema = contentEntryFields.transform(withDefaults);
export const promptEntrySchema = promptEntryFields.transform(withDefaults);
export const placeEntrySchema = placeEntryFields.transform(withDefaults);

/** The schema that checks an entry of `kind`; an unknown kind is checked as content (and fails on `kind`). */
export function entrySchemaFor(kind: unknown) {
  if (kind === 'prompt') return promptEntrySchema;
  if (kind === 'place') return placeEntrySchema;
  return contentEntrySchema;
}

/** The field schemas of each kind, without the defaults: for unknown-key hints and the JSON Schema. */
export const ENTRY_FIELDS = { content: contentEntryFields, prompt: promptEntryFields, place: placeEntryFields };

interface Origin {
  /** Where the entry was defined, for messages. */
  readonly origin: { readonly file: string; readonly line: number };
}

export type Source = z.output<typeof sourceSchema>;
export type Contact = z.output<typeof contactSchema>;
/** How professionals ask for an entry: situations and shorthand, per language. */
export type Asks = z.output<typeof asksSchema>;
export type ContentEntry = z.output<typeof contentEntrySchema> & Origin;
/** A leerruimte (intervision) prompt. */
export type PromptEntry = z.output<typeof promptEntrySchema> & Origin;
/** A municipality in the regions Wegwijs serves, with everything that names it. */
export type PlaceEntry = z.output<typeof placeEntrySchema> & Origin;
export type KnowledgeEntry = ContentEntry | PromptEntry | PlaceEntry;

/** Where the generated JSON Schema is committed, inside the knowledge folder. */
export const ENTRY_JSON_SCHEMA_FILE = 'entry.schema.json';

/**
 * The JSON Schema of a knowledge file (a list of entries) for editors' autocompletion, as committed in
 * `knowledge/entry.schema.json`. Draft 7: what the YAML language server reads best.
 */
export function knowledgeFileJsonSchema(): Record<string, unknown> {
  const file = z.array(z.union([contentEntryFields, promptEntryFields, placeEntryFields])).meta({
    title: 'Wegwijs knowledge file',
    description: 'A list of knowledge entries. Generated from src/kb/entry-schema.ts by `npm run knowledge:schema`.',
  });
  return z.toJSONSchema(file, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
