/**
 * The sets of topics the engine routes by: money topics (a place leads with the municipality's route),
 * local topics (worth asking which municipality), and the topics that answer danger or a worry.
 */
/**
 * Money topics: with a place in the regions, the municipality's own route leads, and an entry's unconfirmed
 * details point to the municipality or Geldfit.
 */
export const MONEY_TOPICS: ReadonlySet<string> = new Set([
  'scheiding',
  'schulden',
  'vroegsignalering',
  'beslagvrije-voet',
  'toeslagen',
  'wanbetaler',
  'wgs',
  'voedselbank',
  'kwijtschelding',
  'minima',
  'energie',
  'leergeld',
  'wsnp',
  'msnp',
  'beschermingsbewind',
  'hersteloperatie',
]);

/**
 * Money topics whose help a national body gives wherever one lives: the Belastingdienst (allowances), the UHT (their
 * recovery), the kantonrechter (protective administration). Asked where, they are not the town's debt help.
 */
export const NATIONAL_SERVICES: ReadonlySet<string> = new Set(['toeslagen', 'hersteloperatie', 'beschermingsbewind']);

/** Topics whose answer depends on the municipality: money and the social teams. */
export const MUNICIPAL_TOPICS: ReadonlySet<string> = new Set([...MONEY_TOPICS, 'sociaal-team', 'vrijwilligers']);

/** Topics whose help is organised locally: without a place we ask which municipality. */
export const LOCAL_TOPICS: ReadonlySet<string> = new Set([
  'schulden',
  'vroegsignalering',
  'voedselbank',
  'kwijtschelding',
  'minima',
  'energie',
  'leergeld',
  'sociaal-team',
  'vrijwilligers',
]);

/** Forms of violence: their entries say how the meldcode goes for them (do not involve the family, …). */
export const VIOLENCE_FORMS: ReadonlySet<string> = new Set([
  'fgm',
  'eergerelateerd',
  'huwelijksdwang',
  'ouderenmishandeling',
  'mensenhandel',
  'seksueel-geweld',
  'stalking',
]);

/** Topics of the route for a worry about violence, abuse or neglect. */
export const SAFETY_TOPICS: ReadonlySet<string> = new Set([
  'meldcode',
  'afwegingskader',
  'veilig-thuis',
  'geweld',
  'beroep',
  ...VIOLENCE_FORMS,
]);

/** Topics of entries that give the meldcode route or Veilig Thuis' advice itself. */
export const ROUTE_TOPICS: ReadonlySet<string> = new Set(['meldcode', 'afwegingskader', 'veilig-thuis']);

/** The entry for a worry when nothing more specific fits, and the second card after 112. */
export const VEILIG_THUIS_ENTRY = 'veilig-thuis';

/** 113 Zelfmoordpreventie: the second card after 112 when the danger is suicide and nothing else answers. */
export const SUICIDE_LINE_ENTRY = 'zelfmoordpreventie-113';

/** 112's own entry: the answer to a contact question that asks the number for an emergency. */
export const EMERGENCY_ENTRY = 'noodnummer-112';

/** The help lines topic: "nummer" and "bellen" name it whenever a contact is asked for. */
export const HELP_LINES_TOPIC = 'hulplijnen';

/** Topics that say how or who asks (a contact word, a profession), not what: no lead of their own in a long message. */
export const HOW_OR_WHO_TOPICS: ReadonlySet<string> = new Set([HELP_LINES_TOPIC, 'beroep']);

/** A conversation keeps at most this many themes. */
export const MAX_THEMES = 4;

/** What a case can be about beyond money: a form of violence, violence at all, stress, the meldcode. */
const THEMES: ReadonlySet<string> = new Set([...VIOLENCE_FORMS, 'geweld', 'stress', 'meldcode']);

/** The topics of a question that say what a case is about (a conversation's `themes`). */
export function themesOf(topics: readonly string[]): string[] {
  return topics.filter((topic) => THEMES.has(topic)).slice(0, MAX_THEMES);
}
