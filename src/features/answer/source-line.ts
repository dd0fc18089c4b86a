/**
 * The foot of an answer card: which pages the answer rests on and how old they are — "Bron: … · pagina
 * van maart 2024", "pagina zonder datum, gelezen op 1-12-2026" — never a check date, which would claim
 * more than the pages do. Evidence over two years old adds "Controleer voor gebruik". And the note for
 * entries with unconfirmed details: naming Geldfit only on money matters.
 */
import { type CardElement, textBlock } from '../../cards/adaptive-card.js';
import type { Language } from '../../i18n/language.js';
import { MONEY_TOPICS } from '../../kb/engine.js';
import { type Evidence, evidenceOf } from '../../kb/evidence.js';
import type { ContentEntry } from '../../kb/schema.js';
import { fill, MONTHS, TEXT } from './texts.js';

/** The "check before use" warning (when the evidence is old) and the line with the sources and their age. */
export function sourceBlocks(entry: ContentEntry, language: Language, today: string): CardElement[] {
  const evidence = evidenceOf(entry.sources, today);
  const blocks: CardElement[] = [];
  if (evidence.stale) {
    const warning = evidence.kind === 'dated' ? TEXT.staleDated : TEXT.staleRead;
    blocks.push(textBlock(warning[language], { color: 'Warning', weight: 'Bolder', size: 'Small', spacing: 'Medium' }));
  }
  const links = entry.sources.slice(0, 2).map((source) => `[${source.title}](${source.url})`);
  const label = entry.sources.length > 1 ? TEXT.sources[language] : TEXT.source[language];
  const more = entry.sources.length > 2 ? ` (+${entry.sources.length - 2})` : '';
  const age = evidenceText(evidence, entry, language);
  blocks.push(
    textBlock(`${label}: ${links.join('; ')}${more} · ${age}`, {
      isSubtle: true,
      size: 'Small',
      spacing: evidence.stale ? 'Small' : 'Medium',
    }),
  );
  return blocks;
}

/** "pagina van maart 2024", "nieuwste pagina uit 2023", "pagina zonder datum, gelezen op 1-12-2026", … */
export function evidenceText(evidence: Evidence, entry: ContentEntry, language: Language): string {
  const count = (test: (pageDate: string | undefined) => boolean) =>
    entry.sources.filter((source) => test(source.pageDate)).length;
  switch (evidence.kind) {
    case 'dated': {
      const several = count((date) => date !== undefined && date !== 'undated') > 1;
      const year = evidence.pageDate.length === 4;
      const template = several
        ? year
          ? TEXT.newestPageFromYear
          : TEXT.newestPageOf
        : year
          ? TEXT.pageFromYear
          : TEXT.pageOf;
      return fill(template[language], { date: pageDateText(evidence.pageDate, language) });
    }
    case 'undated': {
      const several = count((date) => date === 'undated') > 1;
      if (evidence.read === undefined) return (several ? TEXT.undatedPages : TEXT.undatedPage)[language];
      const template = several ? TEXT.undatedPagesRead : TEXT.undatedPageRead;
      return fill(template[language], { read: readText(evidence.read, language) });
    }
    case 'unknown':
      return (entry.sources.length > 1 ? TEXT.datesUnknown : TEXT.dateUnknown)[language];
  }
}

/** "2024" → "2024", "2024-03" → "maart 2024", "2024-03-05" → "5 maart 2024" (English: "5 March 2024"). */
export function pageDateText(pageDate: string, language: Language): string {
  const [year, month, day] = pageDate.split('-');
  const name = month === undefined ? undefined : MONTHS[language][Number(month) - 1];
  return [day === undefined ? undefined : String(Number(day)), name, year].filter(Boolean).join(' ');
}

/** The day a page was read: "1-12-2026" in Dutch, "1 December 2026" in English. */
export function readText(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return language === 'nl' ? `${date}-${month}-${year}` : `${date} ${MONTHS.en[month - 1]} ${year}`;
}

/** Money matters: entries about one municipality, or with a money topic. */
export function isMoneyEntry(entry: ContentEntry): boolean {
  return entry.municipality !== undefined || entry.topics.some((topic) => MONEY_TOPICS.has(topic));
}

/** "Not all details confirmed" — with the municipality and Geldfit to call only on money matters. */
export function unverifiedNote(entry: ContentEntry, language: Language): CardElement {
  const text = isMoneyEntry(entry) ? TEXT.unverifiedMoney : TEXT.unverified;
  return textBlock(text[language], { isSubtle: true, size: 'Small' });
}
