/**
 * Every place name the knowledge base knows (municipalities, aliases, kernen), for the personal-data guard:
 * "Hof van Twente" or "Kop van 't Land" is a place, not a person.
 */
import type { KnowledgeBase, PlaceEntry } from './schema.js';

export function placeNames(kb: KnowledgeBase): string[] {
  const names = new Set<string>();
  for (const municipality of kb.municipalities) names.add(municipality.name.replace(/\s*\([^)]*\)\s*$/, ''));
  for (const alias of kb.placeAliases.keys()) names.add(alias);
  for (const entry of kb.entries) {
    if (entry.kind !== 'place') continue;
    const place = entry as PlaceEntry;
    for (const name of [place.name, ...place.aliases, ...place.kernen]) names.add(name);
  }
  return [...names];
}
