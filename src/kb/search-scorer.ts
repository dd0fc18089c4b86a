/**
 * MiniSearch's BM25 scoring of an OR query, recomputed over MiniSearch's own index with flat arrays.
 *
 * `MiniSearch.search` keeps a Map of result objects (score, terms, a `match` object keyed by term) for every
 * matching document, then builds and sorts a result object for each; at 10,000 entries a question matches up
 * to 7,000 of them (a typo expanding to a word in most entries), and that bookkeeping, not the arithmetic,
 * was most of a search's time. This does the same arithmetic in the same order — every score is the same
 * double, and documents keep MiniSearch's order (score, then first match) — but keeps per document only what
 * {@link KnowledgeIndex} reads: the score, how many of the query's words matched and whether one matched a
 * naming field. It reads MiniSearch 7.2's internal index (the version is pinned); `search.test.ts` checks the
 * two against each other, so an upgrade that changes the internals fails there, not in production.
 */
import type MiniSearch from 'minisearch';

/** term → field id → document short id → term frequency, as MiniSearch 7.2 keeps it. */
type FieldTermData = Map<number, Map<number, number>>;

interface MiniSearchInternals {
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _documentCount: number;
  _nextId: number;
}

/** MiniSearch's defaults (`defaultSearchOptions`), which Wegwijs does not change. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** How one query word is searched: exactly, and optionally as a prefix and with one typo. */
export interface TermSpec {
  term: string;
  prefix: boolean;
  /** Most edits for a typo match; 0 for none. */
  fuzzy: number;
}

/** One word's matches: documents in the order MiniSearch meets them, with the word's score in each. */
export interface TermMatches {
  docs: number[];
  scores: number[];
  /** Per document: whether the word matched in a naming field (title, keywords, asks). */
  named: boolean[];
}

/** The documents a query matched, in MiniSearch's result order's first-match order (not yet sorted). */
export interface Matches {
  /** Document short ids, in the order MiniSearch first met them. */
  docs: number[];
  /** MiniSearch's score (its BM25 sum times the number of query words matched), per document. */
  scores: Float64Array;
  /** How many different query words matched, per document. */
  matched: Uint16Array;
  /** Whether a word matched in a naming field, per document. */
  named: Uint8Array;
}

const NO_MATCHES: TermMatches = { docs: [], scores: [], named: [] };

export class SearchScorer {
  private readonly internals: MiniSearchInternals;
  /** Field lengths per field id, per document short id (MiniSearch keeps an array per document in a Map). */
  private readonly lengths: Float64Array[];
  // Per document, reset after use: one word's score, whether met and whether named; then the query's.
  private readonly scratch: Float64Array;
  private readonly seen: Uint8Array;
  private readonly naming: Uint8Array;
  private readonly present: Uint8Array;
  private readonly total: Float64Array;
  private readonly count: Uint16Array;
  private readonly flag: Uint8Array;

  constructor(
    index: MiniSearch<unknown>,
    private readonly boosts: Readonly<Record<string, number>>,
    private readonly namingFields: readonly string[],
  ) {
    this.internals = index as unknown as MiniSearchInternals;
    const { _fieldIds, _fieldLength, _nextId } = this.internals;
    const fieldCount = Math.max(0, ...Object.values(_fieldIds)) + 1;
    // NaN where a document has no such field, as MiniSearch's `undefined` would make its score.
    this.lengths = Array.from({ length: fieldCount }, () => new Float64Array(_nextId).fill(Number.NaN));
    for (const [doc, lengths] of _fieldLength) {
      lengths.forEach((length, fieldId) => {
        (this.lengths[fieldId] as Float64Array)[doc] = length;
      });
    }
    this.scratch = new Float64Array(_nextId);
    this.seen = new Uint8Array(_nextId);
    this.naming = new Uint8Array(_nextId);
    this.present = new Uint8Array(_nextId);
    this.total = new Float64Array(_nextId);
    this.count = new Uint16Array(_nextId);
    this.flag = new Uint8Array(_nextId);
  }

  /** The document id (`entry.id`) of a short id. */
  idOf(doc: number): string | undefined {
    return this.internals._documentIds.get(doc);
  }

  /**
   * One word's matches in `fields` (MiniSearch's `executeQuerySpec`): exact, then every longer word it
   * begins, then words one typo away that are not such prefixes.
   */
  term(spec: TermSpec, fields: readonly string[]): TermMatches {
    const index = this.internals._index;
    const touched: number[] = [];
    this.add(1, index.get(spec.term), fields, touched);
    const fuzzyMatches = spec.fuzzy > 0 ? index.fuzzyGet(spec.term, spec.fuzzy) : undefined;
    if (spec.prefix) {
      for (const [term, data] of index.atPrefix(spec.term)) {
        const distance = term.length - spec.term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(term);
        const weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance);
        this.add(weight, data, fields, touched);
      }
    }
    if (fuzzyMatches !== undefined) {
      for (const [term, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        const weight = (FUZZY_WEIGHT * term.length) / (term.length + distance);
        this.add(weight, data, fields, touched);
      }
    }
    if (touched.length === 0) return NO_MATCHES;
    const scores = new Array<number>(touched.length);
    const named = new Array<boolean>(touched.length);
    for (let i = 0; i < touched.length; i += 1) {
      const doc = touched[i] as number;
      scores[i] = this.scratch[doc] as number;
      named[i] = this.naming[doc] === 1;
      this.scratch[doc] = 0;
      this.seen[doc] = 0;
      this.naming[doc] = 0;
    }
    return { docs: touched, scores, named };
  }

  /**
   * The query's matches (MiniSearch's OR combination): each word's score added to a document's in query
   * order, a repeated word's again; the matched-word count counts a word once.
   */
  combine(terms: readonly TermMatches[], firstOccurrence: readonly boolean[]): Matches {
    const docs: number[] = [];
    const { total, count, flag, present } = this;
    terms.forEach((matches, i) => {
      const first = firstOccurrence[i] === true;
      for (let j = 0; j < matches.docs.length; j += 1) {
        const doc = matches.docs[j] as number;
        const score = matches.scores[j] as number;
        if (present[doc] === 0) {
          present[doc] = 1;
          docs.push(doc);
          total[doc] = score;
        } else {
          total[doc] = (total[doc] as number) + score;
        }
        if (first) count[doc] = (count[doc] as number) + 1;
        if (matches.named[j] === true) flag[doc] = 1;
      }
    });
    const result: Matches = {
      docs,
      scores: new Float64Array(docs.length),
      matched: new Uint16Array(docs.length),
      named: new Uint8Array(docs.length),
    };
    docs.forEach((doc, i) => {
      const matched = count[doc] as number;
      // MiniSearch multiplies by the number of query words matched (`terms.length || 1`).
      result.scores[i] = (total[doc] as number) * (matched || 1);
      result.matched[i] = matched;
      result.named[i] = flag[doc] as number;
      total[doc] = 0;
      count[doc] = 0;
      flag[doc] = 0;
      present[doc] = 0;
    });
    return result;
  }

  /** MiniSearch's `termResults`: a word's BM25 score in each field, weighted, added per document. */
  private add(weight: number, data: FieldTermData | undefined, fields: readonly string[], touched: number[]): void {
    if (data === undefined) return;
    const { _fieldIds, _avgFieldLength, _documentCount } = this.internals;
    const { k, b, d } = BM25;
    for (const field of fields) {
      const fieldId = _fieldIds[field] as number;
      const freqs = data.get(fieldId);
      if (freqs === undefined) continue;
      const fieldBoost = this.boosts[field] || 1;
      const matchingCount = freqs.size;
      const avgFieldLength = _avgFieldLength[fieldId] as number;
      const lengths = this.lengths[fieldId] as Float64Array;
      const naming = this.namingFields.includes(field);
      const invDocFreq = Math.log(1 + (_documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
      for (const [doc, termFreq] of freqs) {
        const fieldLength = lengths[doc] as number;
        const rawScore =
          invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
        // MiniSearch: termWeight * termBoost (1) * fieldBoost * docBoost (1) * rawScore, left to right.
        const weighted = weight * fieldBoost * rawScore;
        if (this.seen[doc] === 0) {
          this.seen[doc] = 1;
          touched.push(doc);
          this.scratch[doc] = weighted;
        } else {
          this.scratch[doc] = (this.scratch[doc] as number) + weighted;
        }
        if (naming) this.naming[doc] = 1;
      }
    }
  }
}
