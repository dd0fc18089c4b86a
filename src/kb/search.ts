/**
 * Full-text retrieval over the knowledge entries with an inverted index (MiniSearch): its cost grows
 * slowly with the size of the knowledge base, unlike a fuse.js scan (measured in ARCHITECTURE.md). MiniSearch
 * builds the index; queries are scored by `search-scorer.ts`, MiniSearch's BM25 without its per-result objects.
 */
import MiniSearch from 'minisearch';
import { normalize } from './normalize.js';
import { ownCopy } from './own-copy.js';
import type { KnowledgeEntry, SeparableVerb, Topic } from './schema.js';
import { type Matches, SearchScorer, type TermMatches } from './search-scorer.js';

/** Words too common to search on, Dutch and English. */
const STOPWORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'ik',
  'je',
  'jij',
  'u',
  'is',
  'dat',
  'die',
  'dit',
  'niet',
  'met',
  'op',
  'voor',
  'in',
  'aan',
  'er',
  'om',
  'te',
  'tot',
  'naar',
  'ook',
  'als',
  'maar',
  'of',
  'wat',
  'wie',
  'hoe',
  'waar',
  'welke',
  'welk',
  'wanneer',
  'moet',
  'kan',
  'mag',
  'mijn',
  'zijn',
  'haar',
  'hij',
  'ze',
  'zij',
  'bij',
  'doet',
  'doen',
  'heeft',
  'hebben',
  'wordt',
  'worden',
  'nog',
  'wel',
  'geen',
  'dan',
  'nu',
  'al',
  'over',
  'door',
  'uit',
  'we',
  'wij',
  'men',
  'hier',
  'daar',
  'the',
  'a',
  'an',
  'and',
  'of',
  'i',
  'you',
  'is',
  'are',
  'that',
  'this',
  'not',
  'with',
  'on',
  'for',
  'in',
  'to',
  'at',
  'who',
  'what',
  'how',
  'where',
  'which',
  'when',
  'then',
  'must',
  'can',
  'may',
  'my',
  'his',
  'her',
  'he',
  'she',
  'they',
  'do',
  'does',
  'has',
  'have',
  'there',
  'about',
  'from',
  'by',
  'be',
  'it',
  'or',
  'if',
  'should',
  'would',
  // English contractions lose their apostrophe in normalising: "what's their number?" asks nothing about "whats".
  'whats',
  'whos',
  'wheres',
  'hows',
  'whens',
  'thats',
  'theres',
  'shes',
  'hes',
  'theyre',
  // Pronouns say who, not what: "tell me a joke" is about nothing in the knowledge.
  'me',
  'mij',
  'hem',
  'ons',
  'jullie',
  'us',
  'him',
  'them',
  // Degree words say how much, not what: "hoe lang duurt die intakefase ongeveer?" is not about the food
  // bank whose text says "ongeveer 460 pakketten", nor is "een goede vergaderlocatie" about De Goede Woning.
  'ongeveer',
  // "zo'n" (normalised "zon"): "hebben ze daar zo'n alliantie?" is not about a text that says "zo'n 50 mensen".
  'zon',
  'goed',
  'goede',
  'approximately',
  'roughly',
  'good',
]);

/** The indexed fields, and how much a match in each counts. */
const SEARCH_FIELDS = ['title', 'keywords', 'asks', 'summary', 'body'] as const;
const BOOST = { title: 3, keywords: 2.5, asks: 2, summary: 1, body: 0.4 };
/** Fields where an entry names its subject: a match there makes a hit `named`. */
const NAMING_FIELDS = ['title', 'keywords', 'asks'];

/** From this many entries on, words that occur almost everywhere are treated as stopwords. */
const LARGE_INDEX = 1_000;

export interface SearchHit {
  entry: KnowledgeEntry;
  score: number;
  /** The share of the question's search terms this entry matched (0–1). */
  coverage: number;
  /** How many of the question's search terms this entry matched. */
  matched: number;
  /** Whether a term matched the entry's title or keywords (not only its running text). */
  named: boolean;
}

export interface SearchOptions {
  /** Keep only entries for which this holds. */
  filter?: (entry: KnowledgeEntry) => boolean;
  /** Entries about these topics rank higher. */
  topics?: readonly string[];
  limit?: number;
}

interface IndexedDoc {
  id: string;
  title: string;
  keywords: string;
  /** The ways professionals ask for the entry (`asks`), both languages. */
  asks: string;
  summary: string;
  body: string;
  topics: string;
}

export function processTerm(term: string): string | null {
  const normalized = normalize(term);
  return normalized === '' || STOPWORDS.has(normalized) ? null : normalized;
}

export class KnowledgeIndex {
  private readonly index: MiniSearch<IndexedDoc>;
  /** The entry of each of MiniSearch's document short ids. */
  private readonly byDoc: Array<KnowledgeEntry | undefined>;
  private readonly scorer: SearchScorer;
  /** In how many entries each term occurs, to recognise words that occur almost everywhere. */
  private readonly documentFrequency = new Map<string, number>();
  /** The last text searched and what the index matched (see {@link KnowledgeIndex.match}). */
  private last: { text: string; terms: ReadonlySet<string>; matches: Matches } | undefined;
  /** An entry that counts more in every search while {@link KnowledgeIndex.favouring} runs (see there). */
  private favoured: { id: string; factor: number } | undefined;

  constructor(
    entries: readonly KnowledgeEntry[],
    topics: readonly Topic[],
    separableVerbs: ReadonlyMap<string, readonly SeparableVerb[]> = new Map(),
  ) {
    const labels = new Map(topics.map((topic) => [topic.id, `${topic.label.nl} ${topic.label.en}`]));
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const split = splitInfinitives(separableVerbs);
    this.index = new MiniSearch<IndexedDoc>({
      fields: [...SEARCH_FIELDS],
      // Tokens are split on anything that is not a letter or digit, after normalisation; a separable verb the
      // text writes apart ("bij te houden") is indexed whole as well ("bijhouden").
      // Each word is a copy of its own: a slice would keep the entry's whole text alive in the index (see own-copy.ts).
      tokenize: (text) => withWholeVerbs(normalize(text).split(' ').map(ownCopy), split),
      processTerm,
      // Searches go through the scorer (search-scorer.ts), which does what these options say.
      searchOptions: {
        boost: BOOST,
        prefix: (term) => term.length >= 5,
        fuzzy: (term) => (term.length >= 7 ? 0.2 : false),
        combineWith: 'OR',
      },
    });
    const docs = entries
      .filter((entry) => entry.kind !== 'place' && entry.kind !== 'prompt')
      .map((entry) => ({
        id: entry.id,
        title: `${entry.title.nl} ${entry.title.en}`,
        keywords: entry.keywords.join(' '),
        asks: [...entry.asks.nl, ...entry.asks.en].join(' '),
        summary: `${entry.summary.nl} ${entry.summary.en}`,
        body: entry.body === undefined ? '' : `${entry.body.nl} ${entry.body.en}`,
        topics: entry.topics.map((id) => labels.get(id) ?? id).join(' '),
      }));
    this.index.addAll(docs);
    this.scorer = new SearchScorer(this.index as MiniSearch<unknown>, BOOST, NAMING_FIELDS);
    this.byDoc = docs.map((_, doc) => byId.get(this.scorer.idOf(doc) ?? ''));
    for (const doc of docs) {
      const seen = new Set(normalize(`${doc.title} ${doc.keywords} ${doc.asks} ${doc.summary} ${doc.body}`).split(' '));
      for (const term of seen) {
        const count = this.documentFrequency.get(term);
        // A new key is copied: a slice would keep the entry's whole text alive (see own-copy.ts).
        this.documentFrequency.set(count === undefined ? ownCopy(term) : term, (count ?? 0) + 1);
      }
    }
  }

  /** The exact matches of the first base form of `word` the index knows (see {@link baseForms}), if any. */
  private baseForm(word: string, fields: readonly string[]): TermMatches | undefined {
    for (const form of baseForms(word)) {
      const found = this.scorer.term({ term: form, prefix: false, fuzzy: 0 }, fields);
      if (found.docs.length > 0) return found;
    }
    return undefined;
  }

  get size(): number {
    return this.index.documentCount;
  }

  search(text: string, options: SearchOptions = {}): SearchHit[] {
    const topicList = options.topics ?? [];
    const { terms, matches } = this.match(text);
    const limit = options.limit ?? 5;
    // The best `limit` hits in the order a stable sort by score of MiniSearch's sorted results gives: by
    // score, then MiniSearch's score, then the order MiniSearch first met them. Only those become hits.
    const bounded = Number.isInteger(limit) && limit > 0 && limit <= 64;
    const best: Array<{ at: number; score: number; coverage: number }> = [];
    for (let at = 0; at < matches.docs.length; at += 1) {
      const entry = this.byDoc[matches.docs[at] as number];
      if (entry === undefined || (options.filter !== undefined && !options.filter(entry))) continue;
      const coverage = Math.min(1, terms.size === 0 ? 0 : (matches.matched[at] as number) / terms.size);
      // The question's first topic counts most; entries matching more of its words rank higher.
      const topicBoost = topicList.reduce(
        (sum, topic, index) => sum + (entry.topics.includes(topic) ? (index === 0 ? 1 : 0.4) : 0),
        1,
      );
      const favour = this.favoured?.id === entry.id ? this.favoured.factor : 1;
      const score = (matches.scores[at] as number) * topicBoost * (0.5 + coverage) * favour;
      const candidate = { at, score, coverage };
      if (!bounded) {
        best.push(candidate);
        continue;
      }
      if (best.length === limit && !before(candidate, best[limit - 1] as typeof candidate, matches)) continue;
      let slot = best.length === limit ? limit - 1 : best.length;
      while (slot > 0 && before(candidate, best[slot - 1] as typeof candidate, matches)) {
        best[slot] = best[slot - 1] as typeof candidate;
        slot -= 1;
      }
      best[slot] = candidate;
    }
    if (!bounded) best.sort((a, b) => (before(a, b, matches) ? -1 : before(b, a, matches) ? 1 : 0));
    return best.slice(0, limit).map(({ at, score, coverage }) => ({
      entry: this.byDoc[matches.docs[at] as number] as KnowledgeEntry,
      score,
      coverage,
      matched: matches.matched[at] as number,
      named: matches.named[at] === 1,
    }));
  }

  /**
   * Runs `run` with the entry `id`'s scores multiplied by `factor` in every search it makes: a question asked anew in
   * a conversation leans towards the card just shown. Searches are synchronous, so no other search sees it.
   */
  favouring<T>(id: string, factor: number, run: () => T): T {
    const outer = this.favoured;
    this.favoured = { id, factor };
    try {
      return run();
    } finally {
      this.favoured = outer;
    }
  }

  /** Whether a search now favours an entry (see {@link KnowledgeIndex.favouring}): its results are not for a cache. */
  get favours(): boolean {
    return this.favoured !== undefined;
  }

  /**
   * The index's matches for `text`, with its search terms. A turn often searches the same question again
   * with another filter or topic (the lookup, a second topic, the sub-question of a follow-up), so the last
   * text's matches are kept, like `normalize` keeps its last answer; filters apply afterwards.
   */
  private match(text: string): { terms: ReadonlySet<string>; matches: Matches } {
    if (this.last?.text === text) return this.last;
    let query = text;
    const terms = new Set(
      normalize(query)
        .split(' ')
        .map(processTerm)
        .filter((term): term is string => term !== null),
    );
    // In a large knowledge base a word in more than a fifth of all entries says little about which one is
    // meant; it is left out (when other words remain), as a stopword would be. That keeps a search at 10,000
    // entries under 5 ms (p99). A small curated base keeps every word: there, 20% is only a few entries.
    const common =
      this.index.documentCount < LARGE_INDEX
        ? []
        : [...terms].filter((term) => (this.documentFrequency.get(term) ?? 0) > this.index.documentCount / 5);
    if (common.length > 0 && common.length < terms.size) {
      for (const term of common) terms.delete(term);
      query = [...terms].join(' ');
    }
    // Only common words left: look for them where an entry names its subject, not in every running text.
    const fields = common.length > 0 && common.length === terms.size ? ['title', 'keywords'] : SEARCH_FIELDS;
    // The query's words as MiniSearch reads a query (its tokenizer and `processTerm`), repeats included.
    const words = normalize(query)
      .split(' ')
      .map(processTerm)
      .filter((term): term is string => !!term);
    const met = new Set<string>();
    const firstOccurrence = words.map((word) => {
      if (met.has(word)) return false;
      met.add(word);
      return true;
    });
    // Exact matches first; prefix and typo expansion only when they leave a word unmatched. Expanding a
    // common word ("schuldhulp" → every compound) made a search at 10,000 entries cost up to 60 ms. Each
    // word is matched once; the words that matched keep their exact matches when others are expanded.
    const exact = new Map<string, TermMatches>();
    for (const word of new Set(words))
      exact.set(word, this.scorer.term({ term: word, prefix: false, fuzzy: 0 }, fields));
    // Only words long enough to expand: a short unmatched word (a postcode's digits, a name) expands to
    // nothing. Expand only the words nobody matched exactly, as prefix (length ≥ 5) or typo (length ≥ 7,
    // one edit: a wider typo search walks most of the term tree, measured as half the cost of a question).
    const expanded = new Map(exact);
    for (const word of terms) {
      if (exact.get(word)?.docs.length !== 0 || word.length < 5) continue;
      // MiniSearch's `fuzzy: 0.2` with `maxFuzzy: 1`: one edit.
      const fuzzy = word.length >= 7 ? Math.min(1, Math.round(word.length * 0.2)) : 0;
      const wide = this.scorer.term({ term: word, prefix: true, fuzzy }, fields);
      expanded.set(word, wide.docs.length > 0 ? wide : (this.baseForm(word, fields) ?? wide));
    }
    const matches = this.scorer.combine(
      words.map((word) => expanded.get(word) as TermMatches),
      firstOccurrence,
    );
    this.last = { text, terms, matches };
    return this.last;
  }
}

const splits = new WeakMap<ReadonlyMap<string, readonly SeparableVerb[]>, Map<string, string>>();

/**
 * The separable verbs as a text writes them with "te" between particle and verb: "bij te houden" → bijhouden,
 * "aan te melden" → aanmelden (the vocabulary's `separableVerbs`). Made once per vocabulary: the index and every
 * question read the same map.
 */
export function splitInfinitives(separableVerbs: ReadonlyMap<string, readonly SeparableVerb[]>): Map<string, string> {
  let split = splits.get(separableVerbs);
  if (split === undefined) {
    split = new Map<string, string>();
    for (const forms of separableVerbs.values())
      for (const { verb, particle } of forms) split.set(`${particle} te ${verb.slice(particle.length)}`, verb);
    splits.set(separableVerbs, split);
  }
  return split;
}

/** The whole verb of each separable verb the tokens write apart around "te" (see {@link splitInfinitives}). */
export function wholeVerbs(tokens: readonly string[], split: ReadonlyMap<string, string>): string[] {
  const whole: string[] = [];
  if (split.size === 0) return whole;
  for (let at = 1; at + 1 < tokens.length; at += 1) {
    if (tokens[at] !== 'te') continue;
    const verb = split.get(`${tokens[at - 1]} te ${tokens[at + 1]}`);
    if (verb !== undefined) whole.push(verb);
  }
  return whole;
}

/** `tokens`, and the whole verb of each separable verb written apart around "te" (see {@link wholeVerbs}). */
export function withWholeVerbs(tokens: string[], split: ReadonlyMap<string, string>): string[] {
  const whole = wholeVerbs(tokens, split);
  return whole.length === 0 ? tokens : [...tokens, ...whole];
}

/**
 * The forms a Dutch inflected word may come from, the plain strip first: "gesprekken" → gesprek, "vragen" →
 * vraag, "kinderen" → kind, "sensitieve" → sensitief, "brieven" → brief, "regelingen" → regeling. Only tried for a
 * word the index knows in no form, so a wrong guess that is no word costs a lookup and nothing else.
 */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('eren') && word.length >= 7) forms.push(word.slice(0, -4));
  for (const suffix of ['en', 's', 'e']) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 4) continue;
    const stem = word.slice(0, -suffix.length);
    const voiced = stem.endsWith('v') ? `${stem.slice(0, -1)}f` : stem.endsWith('z') ? `${stem.slice(0, -1)}s` : stem;
    forms.push(stem, voiced);
    if (/([bdfgklmnprst])\1$/.test(stem)) forms.push(stem.slice(0, -1));
    // An open syllable wrote one vowel for a long one: "vragen" is "vraag", "financiele" is "financieel".
    const open = /^(.*[^aeou])([aeou])([^aeiouy])$/.exec(voiced);
    if (open !== null) forms.push(`${open[1]}${open[2]}${open[2]}${open[3]}`);
  }
  return [...new Set(forms)].filter((form) => form !== word);
}

/** Whether `a` ranks before `b`: a higher score, then a higher MiniSearch score, then met first. */
function before(a: { at: number; score: number }, b: { at: number; score: number }, matches: Matches): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const scoreA = matches.scores[a.at] as number;
  const scoreB = matches.scores[b.at] as number;
  if (scoreA !== scoreB) return scoreA > scoreB;
  return a.at < b.at;
}
