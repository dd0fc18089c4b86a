/**
 * What `npm run danger:scan` measures: how robust the 112 of each emergency is to words beside it. Each phrase is put
 * before ("phrase. message") and after ("message phrase") each acute message; an emergency that is no longer acute
 * beside a phrase has lost its 112 to words that say nothing about danger (a worry told as background, a money word,
 * who writes and where).
 */

/** Per phrase, how many of the placements lost their 112; per message, how many phrases took it. */
export interface ScanResult {
  /** Acute messages read (those acute on their own). */
  emergencies: number;
  phrases: number;
  /** Texts read: each phrase before and after each emergency. */
  placements: number;
  /** Of those, the ones no longer acute. */
  lost: number;
  /** Phrases that cost at least one emergency its 112, with how many placements each cost. */
  losing: Array<{ phrase: string; lost: number; example: string }>;
  /** Emergencies that lost their 112 beside at least one phrase, most often first. */
  fragile: Array<{ message: string; lost: number }>;
}

/** Puts every phrase before and after every message that `isAcute` finds acute on its own. */
export function scanPhrases(
  isAcute: (text: string) => boolean,
  messages: readonly string[],
  phrases: readonly string[],
): ScanResult {
  const emergencies = messages.filter(isAcute);
  const byMessage = new Map<string, number>();
  const losing: ScanResult['losing'] = [];
  let lostInAll = 0;
  for (const phrase of phrases) {
    let lost = 0;
    let example = '';
    for (const message of emergencies) {
      for (const text of [`${phrase}. ${message}`, `${message} ${phrase}`]) {
        if (isAcute(text)) continue;
        lost += 1;
        example ||= text;
        byMessage.set(message, (byMessage.get(message) ?? 0) + 1);
      }
    }
    if (lost > 0) losing.push({ phrase, lost, example });
    lostInAll += lost;
  }
  losing.sort((a, b) => b.lost - a.lost);
  const fragile = [...byMessage].map(([message, lost]) => ({ message, lost })).sort((a, b) => b.lost - a.lost);
  return {
    emergencies: emergencies.length,
    phrases: phrases.length,
    placements: 2 * phrases.length * emergencies.length,
    lost: lostInAll,
    losing,
    fragile,
  };
}

/** Every `step`-th item, so that a sample spreads over the whole list (and is the same on every run). */
export function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.ceil(items.length / Math.max(1, count)));
  return items.filter((_, at) => at % step === 0);
}
