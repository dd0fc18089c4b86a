/**
 * Small text helpers shared by the cards.
 */

/** Fills `{name}` placeholders: fill('vraag {n}', { n: '2' }) → 'vraag 2'. Unknown placeholders stay. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** "2026-11-22" → "22-11-2026", the Dutch way (and understood in English). */
export function displayDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}
