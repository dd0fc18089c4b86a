/**
 * Acute danger, composed from the cue lexicon in `knowledge/safety.yaml`: a message is acute when it holds
 * every group of one rule (a harm act × now, a weapon × someone at the door, strangulation on its own, …).
 * Calm frames (the past, a procedure, a habit) switch rules off unless a strong group (now, present) is there;
 * a staged frame (a role play, a quiz, a film, "stel dat") switches them off even then.
 * A message with cues that no rule makes acute is a worry: it gets Veilig Thuis' advice and the meldcode. A `paired`
 * group ("flat", "trein") is such a cue only beside another group of its kind.
 * Pure; linear in the length of the message.
 */
import { dangerFeatures, type LinearModel } from './danger-model.js';
import { type PhraseHit, PhraseMatcher } from './phrase-matcher.js';
import type { DangerKind, SafetyLexicon } from './schema.js';

export type { DangerKind };

export interface DangerAssessment {
  acute: boolean;
  /** The kinds of danger, for the emergency card (113 for suicide, the sexual-violence centre, …). */
  kinds: ReadonlySet<DangerKind>;
  /** A sign of violence, abuse or neglect without acute cues. */
  worry: boolean;
  /**
   * The kinds the message's cues name, whatever the verdict: a worry with a cue of suicide ("had ik er maar niet meer
   * geweest") gets the 113 line, though not acute.
   */
  cues: ReadonlySet<DangerKind>;
  /**
   * The worry rests on the second reader alone: no cue and no worry phrase. A request to say the last answer in
   * another language ("kun je dat in het nederlands zetten voor moeder?") is then no worry of its own.
   */
  byModel?: boolean;
  /** Kept from the conversation's last answer (`keepAlert`): the message itself told no danger. */
  kept?: boolean;
}

/**
 * A rule made of one `confirm` group ("klappen" alone) stays acute unless the second reader puts the odds of
 * an emergency below this. Set by cross-validation (`npm run danger:train -- --cv`): over 907 acute messages
 * no out-of-fold emergency fell below it, while a third of the false alarms on near misses did.
 */
export const CONFIRM = 0.05;
/**
 * How sure the second reader must be of the sentences after a story, read alone, for them to count (see `afterStory`):
 * alone they lack the story, which may say they are told of then ("Hij heeft haar in 2014 verkracht, dat was vandaag
 * het onderwerp in de therapie" reads 0.26; "Vannacht heeft hij haar gewurgd; wat moet ik doen …" 0.99).
 */
const AFTER_STORY = 0.9;

/**
 * A worry is a described situation: the concern model reads messages of at least this many words, so that a
 * two-word follow-up ("volgende stap") is not taken for one. No labelled worry has fewer than seven.
 */
export const CONCERN_MIN_WORDS = 5;
/** The second reader raises an emergency on its own only from this many words, or with a cue of the lexicon. */
const MODEL_MIN_WORDS = 3;

/** A clause that dates its neighbour ("dat was vannacht", "gisteravond ging het mis") is this short at most. */
const MAX_LINK_WORDS = 5;

/** The flags of a cue group that the clause reading asks about (see `CueGroup`). */
type GroupFlag =
  | 'time'
  | 'calm'
  | 'grave'
  | 'tells'
  | 'said'
  | 'report'
  | 'ongoing'
  | 'confirm'
  | 'real'
  | 'staged'
  | 'weapon'
  | 'imagined'
  | 'habit';

const FIGURATIVE = Symbol('figurative');
/** The group a message with a figurative phrase holds (the rules may read it; the second reader does not). */
const FIGURATIVE_GROUP = 'figurative';
const WORRY = Symbol('worry');
type Label = string | typeof FIGURATIVE | typeof WORRY;

/**
 * "!!", "?!" or two shouted words: typed in a hurry, happening now. Known abbreviations (`acronyms`, lower
 * case: the vocabulary's and the lexicon's `names`, "lec", "wsnp") are names, not shouting. Linear in the
 * length of the text.
 */
export function isExclaimed(text: string, acronyms: ReadonlySet<string> = new Set()): boolean {
  if (/[!?]{2,}|!\s*!/.test(text)) return true;
  let shouted = 0;
  for (const [word] of text.slice(0, 2000).matchAll(/\b[A-Z]{3,}\b/g)) {
    if (!acronyms.has(word.toLowerCase())) shouted += 1;
    if (shouted >= 2) return true;
  }
  return false;
}

interface DangerModels {
  acute: LinearModel;
  concern: LinearModel;
  /** The safety net: an acute reader that never saw short calm facts (see `DangerModelData.net`). */
  net?: LinearModel;
}

export class DangerDetector {
  private readonly figurative: PhraseMatcher<Label>;
  private readonly cues: PhraseMatcher<Label>;
  /** Stagings put behind (`after`) and disclosures (`tells`): read before the cues (see `cueGroups`). */
  private readonly behind: PhraseMatcher<Label>;
  /** Words that make the cue after them a noun (see `SafetyLexicon.naming`). */
  private readonly naming: ReadonlySet<string>;

  /**
   * @param knownWords real words that are never taken for a typo of a cue (see `PhraseMatcher`).
   * @param models the second reader (see `danger-model.ts`): acute or a worry when it says so, even if no
   * rule does; it calls off what the lexicon found only when that is a weak sign alone (`confirm`).
   */
  constructor(
    private readonly lexicon: SafetyLexicon,
    knownWords: ReadonlySet<string> = new Set(),
    private readonly models?: DangerModels,
  ) {
    this.figurative = new PhraseMatcher(
      lexicon.figurative.map((term) => [FIGURATIVE, term] as const),
      knownWords,
    );
    const terms: Array<readonly [Label, string]> = lexicon.worry.map((term) => [WORRY, term] as const);
    const behind: Array<readonly [Label, string]> = [];
    for (const [name, group] of lexicon.groups) {
      for (const term of group.terms) (group.after || group.tells ? behind : terms).push([name, term]);
    }
    this.cues = new PhraseMatcher(terms, knownWords);
    this.behind = new PhraseMatcher(behind, knownWords);
    this.naming = new Set(lexicon.naming);
  }

  /**
   * Reads normalised tokens (see `tokenize`). `exclaimed`: the text as typed shouts ("!!", "HELP"), which
   * counts as happening now. `clauses`: the message's clauses (see `clausesOf`), asked for only when a calm frame
   * calms it (see `clauseAlone`).
   */
  assess(tokens: readonly string[], exclaimed = false, clauses?: () => readonly Clause[]): DangerAssessment {
    const { present, worry, figurative } = this.cueGroups(tokens, exclaimed);
    // The groups that are signs and the kinds they name, whatever the verdict: a `paired` group alone is none (the rules
    // still read it; the kinds, the model and an alarm it raises do not: "hij achtervolgt haar naar de trein").
    const signs = this.signs(present);
    const cues = this.cueKinds(signs);
    const groups = this.lexicon.groups;
    // Words that say it is real undo a staged, procedure or habit frame; a frame of time (the past) still calms.
    const real = this.holds(present, 'real');
    const calm = [...present].some((name) => {
      const group = groups.get(name);
      return group?.calm === true && !(real && !group.tense);
    });
    const strongGroups = [...present].filter((name) => groups.get(name)?.strong === true);
    const strong = strongGroups.length > 0;
    // A place beside a frame of time may be where it happened then ("last year a parent threatened me at the
    // school gate"): when only places keep the rules acute, the second reader confirms them, as a weak sign alone.
    const then =
      strong &&
      strongGroups.every((name) => groups.get(name)?.place === true) &&
      [...present].some((name) => groups.get(name)?.calm === true && groups.get(name)?.tense === true);
    const staged = !real && this.holds(present, 'staged');
    // The second reader is asked only what the lexicon left open; its features and its odds of an emergency
    // are worked out at most once.
    const models = this.models;
    const reading = once(() => modelReading(tokens, signs, worry, figurative));
    let acuteOdds: number | undefined;
    const read = (model: LinearModel) => oddsOf(model, reading());
    const odds = (acuteModel: LinearModel) => {
      acuteOdds ??= read(acuteModel);
      return acuteOdds;
    };
    const kinds = new Set<DangerKind>();
    const quiet = staged || (calm && !strong);
    const fired = quiet ? [] : this.rulesHeld(present);
    // A weak sign alone ("klappen"), or a place in the past, is acute unless the second reader rules an emergency out.
    const firmly = fired.some((rule) => this.firm(rule));
    if ((firmly && !then) || (fired.length > 0 && (models === undefined || odds(models.acute) >= CONFIRM))) {
      for (const rule of fired) this.addKinds(rule, kinds);
    }
    // The second reader alone judges a sentence, not a word: "bedankt" or "thanks" without any cue is no emergency.
    const sentence = tokens.length >= MODEL_MIN_WORDS || present.size > 0;
    // The safety net: a short emergency in words the main reader has not learned ("ze zit in zn auto, hij rijdt als een
    // gek") is taken for one by the reader that never saw short calm facts, unless the main reader rules an
    // emergency out (below CONFIRM) — as it does for "ze is getrouwd".
    const net = models?.net;
    if (
      kinds.size === 0 &&
      sentence &&
      models !== undefined &&
      (odds(models.acute) >= models.acute.threshold ||
        (net !== undefined && odds(models.acute) >= CONFIRM && read(net) >= net.threshold))
    ) {
      this.addKinds(signs, kinds);
    }
    const acute = kinds.size > 0;
    const described = tokens.length >= CONCERN_MIN_WORDS;
    const concern =
      worry ||
      cues.size > 0 || // any sign of harm is a worry at least
      (models !== undefined && !acute && described && read(models.concern) >= models.concern.threshold);
    const byModel = !acute && concern && !worry && cues.size === 0;
    const assessment = { acute, kinds, worry: !acute && concern, cues, ...(byModel ? { byModel } : {}) };
    const later = acute || staged || strong ? undefined : this.clauseAlone(present, exclaimed, clauses, odds);
    return later === undefined ? assessment : { ...later, cues: new Set([...cues, ...later.cues]) };
  }

  /**
   * A calm frame (the past, a habit, a procedure) covers its own clause and what comes before it, not the clauses after
   * the last one that holds such a frame: "ze is als kind misbruikt, gisteravond heeft hij haar gewurgd", "he often hits
   * her, last night he strangled her". Each of those clauses is read alone, and with its neighbour in the sentence when a
   * short clause of a time and words of `link` dates it: the one before ("hij heeft haar gewurgd, dat was vannacht") or
   * the one after ("gisteravond ging het mis, hij heeft haar gewurgd"). Such a reading is acute when it holds a time of
   * its own (a group marked `time`) that does not date a telling ("gisteravond vertelde ze over de verkrachting"), an
   * act not named as a noun, and a whole rule with a `grave` group (strangling, rape, a stabbing, unconsciousness,
   * suicide, a threat to kill someone) — a grave group that is a weak sign alone (`confirm`) unless the second reader,
   * reading the whole message (its story too, which a clause alone lacks), rules an emergency out (`CONFIRM`). Not
   * a push, a fall or a cut after a story. A clause that reports what happens as the writer types (`report`: "de oudste
   * belt me nu") is read with the next one, and is acute on a firm rule with its time and an act in the present tense
   * (`ongoing`: "papa slaat mama", not "papa sloeg mama"). Read only when a calm frame calms the message (not a staging,
   * and no strong group) and a time is there. A calm frame in a later clause covers what came before it ("gisteren
   * vertelde ze dat hij haar verkrachtte, toen ze 12 was"; "… gewurgd. Wat zijn de stappen?" stays as the whole message
   * reads), except a habit in a clause of its own, which says how often, not when ("… gaat haar vanavond weer
   * dwingen, zoals elke week"). When no clause holds the calm frame on its own (a phrase cut by a clause break: "af en
   * toe"), every clause is read. A clause is also read alone as a report of now ("jaren terug gescheiden, nu slaat hij haar weer": an act in
   * the present tense with its time, on a firm rule). Linear: a clause is in at most six readings (alone twice, and in
   * up to two pairs with each neighbour).
   */
  private clauseAlone(
    present: ReadonlySet<string>,
    exclaimed: boolean,
    clauses: (() => readonly Clause[]) | undefined,
    odds: (model: LinearModel) => number,
  ): DangerAssessment | undefined {
    if (clauses === undefined || !this.holds(present, 'calm') || !this.holds(present, 'time')) return undefined;
    const models = this.models;
    const confirmed = () => models !== undefined && odds(models.acute) >= CONFIRM;
    const all = clauses();
    const found: Array<readonly PhraseHit<Label>[] | undefined> = [];
    const hitsOf = (index: number) => {
      found[index] ??= this.cues.find((all[index] as Clause).tokens);
      return found[index];
    };
    // A habit said after the act with its own time ("… gaat haar vanavond weer dwingen, zoals elke week") tells how often
    // it happens, not that tonight's is told of: it covers nothing before it (a frame of time does: "…, toen ze 12 was").
    const calmed = (index: number) => this.has(hitsOf(index), 'calm');
    const habitOnly = (index: number) =>
      hitsOf(index).every((hit) => !this.flagged(hit.label, 'calm') || this.flagged(hit.label, 'habit'));
    const covers = (index: number) => calmed(index) && !habitOnly(index);
    let from = all.length;
    while (from > 0 && !covers(from - 1)) from -= 1;
    // A short clause of a time that dates its neighbour: the one before ("…, dat was vannacht") or after ("gisteravond
    // ging het mis, …").
    const dates = (index: number, way: 'back' | 'on') => {
      const hits = hitsOf(index);
      const linked = hits.some(
        (hit) => typeof hit.label === 'string' && this.lexicon.groups.get(hit.label)?.link === way,
      );
      return (all[index] as Clause).tokens.length <= MAX_LINK_WORDS && linked && this.has(hits, 'time');
    };
    for (let index = from; index < all.length; index += 1) {
      // A habit's own clause is calmed by it, and only stepped over.
      if (calmed(index)) continue;
      const clause = all[index] as Clause;
      const next = all[index + 1];
      const together = next?.sentence === clause.sentence;
      // The clause alone and the clause with the next one are each read once, whichever ways they are judged.
      const alone = once(() => this.readingOf(clause.tokens, exclaimed));
      const pair = once(() => this.readingOf([...clause.tokens, ...(next?.tokens ?? [])], exclaimed));
      const reads: Array<{ present: () => ReadonlySet<string> | undefined; told: boolean }> = [
        { present: alone, told: false },
      ];
      if (together && (dates(index, 'on') || dates(index + 1, 'back'))) reads.push({ present: pair, told: false });
      if (together && this.has(hitsOf(index), 'report') && this.has(hitsOf(index), 'time')) {
        reads.push({ present: pair, told: true });
      }
      // A clause of its own after the story, read as a report of now: an act in the present tense with its time, on a
      // firm rule ("jaren terug gescheiden, nu slaat hij haar weer"; not "… nu sloeg hij haar niet meer").
      reads.push({ present: alone, told: true });
      for (const { present, told } of reads) {
        const read = present();
        const kinds = read === undefined ? undefined : this.acuteAlone(read, told, confirmed);
        if (kinds !== undefined) return { acute: true, kinds, worry: false, cues: kinds };
      }
    }
    const kinds = this.sentencesAlone(all, hitsOf, exclaimed, confirmed);
    if (kinds !== undefined) return { acute: true, kinds, worry: false, cues: kinds };
    return this.afterStory(all, hitsOf, exclaimed);
  }

  /**
   * The sentences after the last one that tells a story (a frame of time or a habit: "Vroeger sloeg hij haar vaak."),
   * read as the message they would be without it: "… Vannacht heeft hij haar gewurgd; wat moet ik doen als ze niet wil
   * praten?" (a question of method after the act, which keeps the clause reading from it) and "… Vanavond riep hij dat
   * hij haar zou afmaken." (a weak sign, which the second reader, reading the story too, did not confirm). Only when a
   * clause of those sentences holds a time of its own and an act, neither named as a noun nor dated as a telling; when
   * they hold a grave group or a weapon, and no dream, story or staging ("Vannacht droomde ze dat hij met een mes aan
   * haar bed stond"); and when the second reader, reading them alone, finds an emergency (`AFTER_STORY`): "… geen
   * doodsgedachten, ze lachte erom. nu: hoe krijg ik haar energieachterstand geregeld?" holds a grave word and "nu",
   * and is none. Another calm frame there counts as it does in them alone: "… Nu staat hij met een mes in de keuken, de
   * kinderen zijn veilig bij familie" is an emergency. Without the second reader (the lexicon alone) the story stands,
   * as it does for a weak sign. Linear: each sentence's cues are found once more, the tail's clauses are those
   * `hitsOf` already read, and the tail is read by the rules and the second reader once.
   */
  private afterStory(
    all: readonly Clause[],
    hitsOf: (index: number) => readonly PhraseHit<Label>[],
    exclaimed: boolean,
  ): DangerAssessment | undefined {
    const models = this.models;
    if (models === undefined) return undefined;
    const sentences = wholeSentences(all);
    const groups = this.lexicon.groups;
    const story = (tokens: readonly string[]) =>
      this.cues.find(tokens).some((hit) => {
        const group = typeof hit.label === 'string' ? groups.get(hit.label) : undefined;
        return group?.calm === true && (group.tense || group.habit);
      });
    let last = -1;
    sentences.forEach((tokens, index) => {
      if (tokens !== undefined && story(tokens)) last = index;
    });
    if (last < 0 || last >= sentences.length - 1) return undefined;
    const timed = all.some((clause, index) => {
      if (clause.sentence <= last) return false;
      const hits = hitsOf(index);
      return this.has(hits, 'time') && this.actNotNamed(clause.tokens, hits) && !this.datesTelling(clause.tokens, hits);
    });
    if (!timed) return undefined;
    const tail = sentences.slice(last + 1).flatMap((tokens) => tokens ?? []);
    const { present, worry, figurative } = this.cueGroups(tail, exclaimed);
    if (!this.holds(present, 'grave') && !this.holds(present, 'weapon')) return undefined;
    // A dream, a story or a staging in those sentences is not now ("Vannacht droomde ze dat hij met een mes aan haar
    // bed stond").
    if (this.holds(present, 'staged') || this.holds(present, 'imagined')) return undefined;
    if (oddsOf(models.acute, modelReading(tail, this.signs(present), worry, figurative)) < AFTER_STORY)
      return undefined;
    const alone = this.assess(tail, exclaimed);
    return alone.acute ? alone : undefined;
  }

  /**
   * The sentences after the last one with a calm frame, each read by the rules as a message of its own ("Vorig jaar
   * hebben we een melding gedaan. Vannacht is hij met een honkbalknuppel op haar afgegaan."): a frame in an earlier
   * sentence is the story, not this sentence's time. Where the clause reading asks a grave act, a sentence may hold any
   * rule, but only when one of its clauses holds an act (a cue of a group that names a kind, not named as a noun; a
   * weapon counts, so "vandaag kocht hij een broodmes" after a story is read as it is alone) and a time of its own that
   * does not date a telling ("vanmorgen heeft vader hem met een riem geslagen, vertelde de oudste"; not "vanmorgen
   * vertelde ze dat hij haar sloeg"). No later sentence holds a calm frame (they follow the last one), and a staged
   * message is not read here at all. A rule counts without the second reader only with a sign that is no weak sign
   * alone (`signed`); a weak sign alone counts unless the second reader, reading the whole message, rules an emergency
   * out. Linear: each sentence and clause is read once more.
   */
  private sentencesAlone(
    all: readonly Clause[],
    hitsOf: (index: number) => readonly PhraseHit<Label>[],
    exclaimed: boolean,
    confirmed: () => boolean,
  ): Set<DangerKind> | undefined {
    const sentences = wholeSentences(all);
    // From the end, up to the last sentence with a calm frame: only those sentences are searched.
    let from = sentences.length;
    while (from > 0 && !this.has(this.cues.find(sentences[from - 1] ?? []), 'calm')) from -= 1;
    if (from === 0) return undefined;
    // The sentences with a clause that holds an act and a time of its own that does not date a telling ("vanmorgen heeft
    // hij hem met een riem geslagen, vertelde de oudste"; not "vanmorgen vertelde ze dat hij haar sloeg"). The clauses'
    // cues are those the clause reading found (`hitsOf`).
    const timed = new Set<number>();
    all.forEach((clause, index) => {
      if (clause.sentence < from || timed.has(clause.sentence)) return;
      const hits = hitsOf(index);
      const when = this.has(hits, 'time') && !this.datesTelling(clause.tokens, hits);
      if (when && this.actNotNamed(clause.tokens, hits)) timed.add(clause.sentence);
    });
    for (let index = from; index < sentences.length; index += 1) {
      const tokens = sentences[index];
      if (tokens === undefined || !timed.has(index)) continue;
      const { present } = this.cueGroups(tokens, exclaimed);
      const fired = this.rulesHeld(present);
      if (fired.length === 0 || (!fired.some((rule) => this.signed(rule)) && !confirmed())) continue;
      const kinds = new Set<DangerKind>();
      for (const rule of fired) this.addKinds(rule, kinds);
      return kinds;
    }
    return undefined;
  }

  /** Whether any of `hits` is of a group with `flag`. */
  private has(hits: readonly PhraseHit<Label>[], flag: GroupFlag): boolean {
    return hits.some((hit) => this.flagged(hit.label, flag));
  }

  /**
   * The groups a reading of `clauseAlone` holds, when it may be acute at all: a time of its own, an act not named as a
   * noun, and no time that dates a telling.
   */
  private readingOf(tokens: readonly string[], exclaimed: boolean): ReadonlySet<string> | undefined {
    const hits = this.cues.find(tokens);
    if (!this.has(hits, 'time') || !this.actNotNamed(tokens, hits) || this.datesTelling(tokens, hits)) return undefined;
    return this.cueGroups(tokens, exclaimed).present;
  }

  /**
   * The kinds of danger that make a reading (see `readingOf`) acute, if any: a grave rule, or in a report as it happens
   * (`told`), an act in the present tense on a grave rule or a firm rule with a time.
   */
  private acuteAlone(
    present: ReadonlySet<string>,
    told: boolean,
    confirmed: () => boolean,
  ): Set<DangerKind> | undefined {
    const ongoing = told && this.holds(present, 'ongoing');
    for (const rule of this.rulesHeld(present)) {
      const firm = this.firm(rule);
      const timed = rule.some((name) => this.flagged(name, 'time'));
      const graves = rule.filter((name) => this.flagged(name, 'grave'));
      // A report is read for what happens as it is told: an act in the present tense, grave or on a firm rule with
      // its time ("belt me nu: papa wurgt mama"), not a grave act told of then ("… heeft haar in 2010 gewurgd").
      if (told ? !(ongoing && (graves.length > 0 || (firm && timed))) : graves.length === 0) continue;
      if (graves.length > 0 && graves.every((name) => this.flagged(name, 'confirm')) && !confirmed()) continue;
      const kinds = new Set<DangerKind>();
      this.addKinds(rule, kinds);
      return kinds;
    }
    return undefined;
  }

  /** The rules whose every group is `present`, in the lexicon's order. */
  private rulesHeld(present: ReadonlySet<string>): Array<readonly string[]> {
    return this.lexicon.acute.filter((rule) => rule.every((name) => present.has(name)));
  }

  /** Whether any of the groups `present` has `flag` set. */
  private holds(present: ReadonlySet<string>, flag: GroupFlag): boolean {
    return [...present].some((name) => this.flagged(name, flag));
  }

  /** A rule that is not a weak sign alone: more than one group, or one not marked `confirm`. */
  private firm(rule: readonly string[]): boolean {
    return rule.length > 1 || !this.flagged(rule[0] as string, 'confirm');
  }

  /**
   * A rule with a sign of harm that is no weak sign alone (a weapon, strangling, a child alone; not "slaat", "kill" or
   * an injury, which a saying or a game also holds: "zich er goed doorheen slaat", "her mum will kill her tonight").
   */
  private signed(rule: readonly string[]): boolean {
    return rule.some((name) => this.isAct(name) && !this.flagged(name, 'confirm'));
  }

  /** Whether `label` is a cue group with `flag` set (a worry or figurative label is none). */
  private flagged(label: Label, flag: GroupFlag): boolean {
    return typeof label === 'string' && this.lexicon.groups.get(label)?.[flag] === true;
  }

  /** Whether `label` is a cue group that names a kind of danger: an act or a sign, not a frame (time, calm, staged). */
  private isAct(label: Label): boolean {
    return typeof label === 'string' && this.lexicon.groups.get(label)?.kind !== undefined;
  }

  /** An act of harm (a cue of a group that names a kind) not named as a noun ("over de verkrachting"; see `naming`). */
  private actNotNamed(tokens: readonly string[], hits: readonly PhraseHit<Label>[]): boolean {
    return hits.some((hit) => this.isAct(hit.label) && !this.naming.has(tokens[hit.start - 1] ?? ''));
  }

  /**
   * Every time word comes before a telling ("gisteravond vertelde ze over de verkrachting"): the time is when it was
   * told. A time word after the telling dates the act ("ze vertelde dat hij haar gisteravond heeft gewurgd"), and so
   * does every time word when what is told is an act that is said (`said`: "vanavond zei ze dat ze dood wil", "tonight
   * he said he would kill her"): then the telling is the act.
   */
  private datesTelling(tokens: readonly string[], hits: readonly PhraseHit<Label>[]): boolean {
    let lastTell = -1;
    for (const hit of this.behind.find(tokens))
      if (this.flagged(hit.label, 'tells')) lastTell = Math.max(lastTell, hit.start);
    if (lastTell < 0 || hits.some((hit) => hit.start > lastTell && this.flagged(hit.label, 'said'))) return false;
    return hits.every((hit) => !this.flagged(hit.label, 'time') || hit.start < lastTell);
  }

  /** The kinds of danger the signs name (see `signs`): "woont in een flat" names none. */
  private cueKinds(signs: readonly string[]): Set<DangerKind> {
    const cues = new Set<DangerKind>();
    for (const name of signs) {
      const kind = this.lexicon.groups.get(name)?.kind;
      if (kind !== undefined) cues.add(kind);
    }
    return cues;
  }

  /** The groups present that are signs: all but a `paired` group without another group of its kind beside it. */
  private signs(present: ReadonlySet<string>): string[] {
    const groups = this.lexicon.groups;
    return [...present].filter((name) => {
      const group = groups.get(name);
      if (group?.paired !== true) return true;
      return [...present].some((other) => other !== name && groups.get(other)?.kind === group.kind);
    });
  }

  /** The stagings put behind (`after`) that a disclosure (`tells`) follows later in the message. */
  private behindTold(tokens: readonly string[], masked: ReadonlySet<number>): PhraseHit<Label>[] {
    const hits = this.behind.find(tokens, masked);
    const groups = this.lexicon.groups;
    const told = hits.filter((hit) => groups.get(hit.label as string)?.tells === true);
    return hits.filter(
      (hit) => groups.get(hit.label as string)?.after === true && told.some((tell) => tell.start >= hit.end),
    );
  }

  /** The kinds of danger `names` hold (113 for suicide, …), violence when none says which. */
  private addKinds(names: Iterable<string>, kinds: Set<DangerKind>): void {
    for (const name of names) {
      const kind = this.lexicon.groups.get(name)?.kind;
      if (kind !== undefined) kinds.add(kind);
    }
    if (kinds.size === 0) kinds.add('violence');
  }

  /** What the model learns from: the words and the cue groups found, as written (see `modelReading`). */
  features(tokens: readonly string[], present: ReadonlySet<string>, worry: boolean): string[] {
    return featuresOf(tokens, this.signs(present), worry);
  }

  /**
   * The cue groups a message holds, with figurative phrases masked; "!!" counts as now. A staging put behind with a
   * disclosure after it ("na de documentaire vertelde een leerling …", see `after`) is masked too, so the film it
   * names frames nothing.
   */
  cueGroups(
    tokens: readonly string[],
    exclaimed = false,
  ): { present: Set<string>; worry: boolean; figurative: ReadonlySet<number> } {
    const masked = new Set<number>();
    const sayings = this.figurative.find(tokens);
    // An act's phrase that ends in a figurative phrase, its own words (not a gap) matching it, and says more before it
    // is the literal reading: "hij duwde haar de trap af" ("duwde .. de trap af") holds "de trap af" ("we liepen de
    // trap af"); "maakt vandaag de trap af" ("maakt .. af") does not. Not a frame's phrase (a staging, the past). So
    // is an act's phrase without a gap that holds the figurative phrase and says more after it: "net niet meer
    // aanspreekbaar" (just now no longer responding) holds "net niet" (barely).
    const literal = sayings.length === 0 ? [] : this.cues.find(tokens).filter((hit) => this.isAct(hit.label));
    for (const hit of sayings) {
      const held = literal.some(
        (cue) =>
          (cue.start < hit.start && cue.end === hit.end && cue.tail >= hit.end - hit.start) ||
          (cue.start <= hit.start && cue.end > hit.end && cue.tail === cue.end - cue.start),
      );
      if (!held) for (let i = hit.start; i < hit.end; i += 1) masked.add(i);
    }
    const figurative = new Set(masked);
    const present = new Set<string>();
    let worry = false;
    if (masked.size > 0) present.add(FIGURATIVE_GROUP);
    for (const hit of this.behindTold(tokens, masked)) {
      present.add(hit.label as string);
      for (let i = hit.start; i < hit.end; i += 1) masked.add(i);
    }
    for (const hit of this.cues.find(tokens, masked)) {
      if (hit.label === WORRY) worry = true;
      else if (hit.label !== FIGURATIVE) present.add(hit.label);
    }
    if (exclaimed && this.lexicon.groups.has('now')) present.add('now');
    return { present, worry, figurative };
  }
}

/** The tokens of each sentence of a message, by the sentence's number, from its clauses (see `Clause.whole`). */
function wholeSentences(all: readonly Clause[]): Array<readonly string[]> {
  const sentences: Array<readonly string[]> = [];
  for (const clause of all) sentences[clause.sentence] = clause.whole;
  return sentences;
}

/** A clause of a message as its tokens, and the number of the sentence it belongs to. */
export interface Clause {
  tokens: readonly string[];
  sentence: number;
  /** The tokens of the clause's whole sentence, joining words included (shared by its clauses). */
  whole: readonly string[];
}

/** Where the sentences of a message split into clauses: commas and colons (not in "23:00" or "1,5"), joining words. */
const CLAUSE_BREAK = /[,:](?!\d)|\s(?:en|maar|and|but)\s/giu;

/**
 * The clauses of a message split into `sentences` (the engine's `sentencesOf`, which knows "Mevr."), each read by
 * `read`. Linear in the length of the text.
 */
export function clausesOf(sentences: readonly string[], read: (text: string) => readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  sentences.forEach((sentence, index) => {
    let from = 0;
    // The sentence's tokens, its clauses' with the joining words between ("af en toe"), filled as it is cut: the text
    // is read once.
    const whole: string[] = [];
    const cut = (to: number, next: number) => {
      const text = sentence.slice(from, to);
      if (text.trim() !== '') {
        const tokens = read(text);
        for (const token of tokens) whole.push(token);
        clauses.push({ tokens, sentence: index, whole });
      }
      const joint = sentence.slice(to, next).trim().toLowerCase();
      if (/^\p{L}+$/u.test(joint)) whole.push(joint);
      from = next;
    };
    for (const match of sentence.matchAll(CLAUSE_BREAK)) cut(match.index, match.index + match[0].length);
    cut(sentence.length, sentence.length);
  });
  return clauses;
}

/** The second reader's two readings of a message: as written, and without its figurative phrases (if any). */
interface ModelReading {
  whole: string[];
  cut?: string[];
}

/**
 * What the second reader reads. As written (as it was trained), a figurative phrase's flag and words lower its odds:
 * that talked it out of emergencies beside a phrase ("can you help. he's back. door's broken. help"; 617 of 652
 * phrases cost an acute verdict somewhere in a sample of 147 acute messages, a scratch scan whose sample also held two
 * held-out sets; `npm run danger:scan -- --kind figurative` measures it on opened sets only). Without the phrase alone
 * it misses a phrase meant literally ("hij duwde haar de trap af", "de kinderen zijn binnen opgesloten"; a second
 * reading, helper 164). So it reads both, and the higher odds count: the phrase can no longer hide what stands
 * beside it, and what it says literally is read as before. The price: calm messages whose rest alone looks like an
 * emergency ("moeder is doodmoe van de baby") get the card — the safe side.
 */
function modelReading(
  tokens: readonly string[],
  signs: readonly string[],
  worry: boolean,
  figurative: ReadonlySet<number>,
): ModelReading {
  const whole = featuresOf(tokens, signs, worry);
  if (figurative.size === 0) return { whole };
  const cut = featuresOf(
    tokens.filter((_, at) => !figurative.has(at)),
    signs.filter((name) => name !== FIGURATIVE_GROUP),
    worry,
  );
  return { whole, cut };
}

/** `make`'s value, worked out on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** A model's odds of a message: the higher of its two readings (see `modelReading`). */
function oddsOf(model: LinearModel, reading: ModelReading): number {
  const whole = model.probability(reading.whole);
  return reading.cut === undefined ? whole : Math.max(whole, model.probability(reading.cut));
}

/** What the model reads of the signs (a paired group alone is none: the reader sees its words, not the group). */
function featuresOf(tokens: readonly string[], signs: readonly string[], worry: boolean): string[] {
  return dangerFeatures(tokens, worry ? [...signs, 'worry'] : signs);
}
