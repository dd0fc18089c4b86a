/**
 * Full-text retrieval over the knowledge entries with an inverted index (MiniSearch): its cost grows
 * slowly with the size of the knowledge base, unlike a fuse.js scan (measured in ARCHITECTURE.md).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { normalize } from './normalize.js';
import type { KnowledgeEntry, Topic } from './schema.js';

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
  // Pronouns say who, not what: "tell me a joke" is about nothing in the knowledge.
  'me',
  'mij',
  'hem',
  'ons',
  'jullie',
  'us',
  'him',
  'them',
]);

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
  private readonly entries: ReadonlyMap<string, KnowledgeEntry>;
  /** In how many entries each term occurs, to recognise words that occur almost everywhere. */
  private readonly documentFrequency = new Map<string, number>();
  /** The last text searched and what the index matched (see {@link KnowledgeIndex.match}). */
  private last: { text: string; terms: ReadonlySet<string>; results: readonly SearchResult[] } | undefined;

  constructor(entries: readonly KnowledgeEntry[], topics: readonly Topic[]) {
    const labels = new Map(topics.map((topic) => [topic.id, `${topic.label.nl} ${topic.label.en}`]));
    this.entries = new Map(entries.map((entry) => [entry.id, entry]));
    this.index = new MiniSearch<IndexedDoc>({
      fields: ['title', 'keywords', 'asks', 'summary', 'body'],
      // Tokens are split on anything that is not a letter or digit, after normalisation.
      tokenize: (text) => normalize(text).split(' '),
      processTerm,
      searchOptions: {
        boost: { title: 3, keywords: 2.5, asks: 2, summary: 1, body: 0.4 },
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
    for (const doc of docs) {
      const seen = new Set(normalize(`${doc.title} ${doc.keywords} ${doc.asks} ${doc.summary} ${doc.body}`).split(' '));
      for (const term of seen) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.index.documentCount;
  }

  search(text: string, options: SearchOptions = {}): SearchHit[] {
    const topicList = options.topics ?? [];
    const { terms, results } = this.match(text);
    const hits: SearchHit[] = [];
    for (const result of results) {
      const entry = this.entries.get(String(result.id));
      if (entry === undefined || (options.filter !== undefined && !options.filter(entry))) continue;
      const coverage = Math.min(1, terms.size === 0 ? 0 : new Set(result.queryTerms).size / terms.size);
      // The question's first topic counts most; entries matching more of its words rank higher.
      const topicBoost = topicList.reduce(
        (sum, topic, index) => sum + (entry.topics.includes(topic) ? (index === 0 ? 1 : 0.4) : 0),
        1,
      );
      const named = Object.values(result.match).some(
        (fields) => fields.includes('title') || fields.includes('keywords') || fields.includes('asks'),
      );
      hits.push({
        entry,
        score: result.score * topicBoost * (0.5 + coverage),
        coverage,
        matched: new Set(result.queryTerms).size,
        named,
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, options.limit ?? 5);
  }

  /**
   * The index's matches for `text`, with its search terms. A turn often searches the same question again
   * with another filter or topic (the lookup, a second topic, the sub-question of a follow-up), so the last
   * text's matches are kept, like `normalize` keeps its last answer; filters apply afterwards.
   */
  private match(text: string): { terms: ReadonlySet<string>; results: readonly SearchResult[] } {
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
    const fields = common.length > 0 && common.length === terms.size ? { fields: ['title', 'keywords'] } : {};
    // Exact matches first; prefix and typo expansion only when they leave a word unmatched. Expanding a
    // common word ("schuldhulp" → every compound) made a search at 10,000 entries cost up to 60 ms.
    let results = this.index.search(query, { ...fields, fuzzy: false, prefix: false });
    const found = new Set(results.flatMap((result) => result.queryTerms));
    // Only words long enough to expand: a short unmatched word (a postcode's digits, a name) expands to
    // nothing, and searching again for it alone repeated the whole exact search (half of such a question).
    const missing = new Set([...terms].filter((term) => !found.has(term) && term.length >= 5));
    if (missing.size > 0) {
      // Expand only the words nobody matched exactly, as prefix (length ≥ 5) or typo (length ≥ 7).
      results = this.index.search(query, {
        ...fields,
        prefix: (term) => missing.has(term) && term.length >= 5,
        fuzzy: (term) => (missing.has(term) && term.length >= 7 ? 0.2 : false),
        // One edit: a wider typo search walks most of the term tree (measured as half the cost of a question).
        maxFuzzy: 1,
      });
    }
    this.last = { text, terms, results };
    return this.last;
  }
}
