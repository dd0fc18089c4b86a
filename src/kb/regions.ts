/**
 * The two regions Wegwijs covers, in one table: the name `places` gives them (`regionOf`), the words a message may use
 * for them (`asked`: "en in de Drechtsteden?") and the words a card's title or text names the whole region by (`named`:
 * not "drechtsteden", which names the Drechtsteden's own services, not all of Zuid-Holland Zuid).
 */
export interface Region {
  readonly name: string;
  /** The region's name as the search reads it. */
  readonly searched: string;
  readonly asked: readonly string[];
  readonly named: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { name: 'Haaglanden', searched: 'haaglanden', asked: ['haaglanden'], named: ['haaglanden'] },
  {
    name: 'Zuid-Holland Zuid',
    searched: 'zuid holland zuid',
    asked: ['zuid holland zuid', 'zhz', 'drechtsteden'],
    named: ['zuid holland zuid', 'zhz'],
  },
];

/** The words a card names the region `name` by (none for a name outside the regions). */
export function namedRegion(name: string | undefined): readonly string[] {
  return REGIONS.find((region) => region.name === name)?.named ?? [];
}

/** The words a card names either region by. */
export const ANY_REGION_WORDS: readonly string[] = REGIONS.flatMap((region) => region.named);
