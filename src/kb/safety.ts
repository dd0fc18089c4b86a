/**
 * Acute-danger cues, in Dutch and English. A message with any of them gets 112 and Veilig Thuis first,
 * before any other content — also when it is a professional's procedural question: an extra card costs a
 * second, a missed emergency costs far more. Pure; tested with a table of phrasings.
 */
import { normalize } from './normalize.js';

export type DangerKind = 'violence' | 'suicide' | 'sexual' | 'child-alone';

export interface DangerAssessment {
  acute: boolean;
  kinds: ReadonlySet<DangerKind>;
}

/** Patterns over normalised text (lower case, no diacritics or punctuation). */
const CUES: ReadonlyArray<readonly [DangerKind, RegExp]> = [
  // Weapons and lethal threats.
  ['violence', /\b(mes|messen|steekwapen|wapen|wapens|pistool|vuurwapen|geweer|knife|gun|guns|weapon|firearm)\b/],
  [
    'violence',
    /\b(vermoord|vermoorden|vermoordt|doodmaken|dood maken|maakt .{0,20}dood|doodslaan|ombrengen|kill|kills|killing|murder|strangle|strangled|choke|choked|choking|wurgen|wurgt|gewurgd|verstikken)\b/,
  ],
  ['violence', /\bdreig\w* (me |mij |haar |hem |ons |hen |de kinderen |het kind )?(te )?(doden|vermoorden|dood)\b/],
  ['violence', /\bthreat\w* to (kill|hurt|murder)\b/],
  // Violence happening now.
  [
    'violence',
    /\b(nu|op dit moment|op dit ogenblik|net|zojuist|vannacht|vanavond)\b.{0,40}\b(slaat|slaan|geslagen|schopt|schoppen|mishandelt|mishandeld|bedreigt|bedreigd|aanvalt|aangevallen|bloedt|bloed)\b/,
  ],
  ['violence', /\b(slaat|schopt|mishandelt|bedreigt|valt)\b.{0,40}\b(nu|op dit moment|op dit ogenblik|aan)\b/],
  [
    'violence',
    /\b(right now|at the moment|currently|just now)\b.{0,40}\b(hit|hits|hitting|beat|beats|beating|attack|attacks|attacking|threatens|threatening|bleeding)\b/,
  ],
  ['violence', /\b(hitting|beating|attacking|threatening) (me|her|him|them|the child|the kids) (right )?now\b/],
  // A threat of death in any word order: "heeft gedreigd iedereen dood te maken".
  [
    'violence',
    /\b(dreig\w*|gedreigd|bedreig\w*)\b.{0,50}\b(dood|doden|vermoorden|ombrengen|af te maken|kapot te maken)\b/,
  ],
  ['violence', /\b(dood te maken|dood te slaan|te vermoorden)\b/],
  // Being hurt, in the present tense: "ze wordt geslagen", "she is being hit".
  ['violence', /\bwordt (nu |op dit moment )?(geslagen|geschopt|mishandeld|gewurgd|gestoken|bedreigd|aangevallen)\b/],
  ['violence', /\b(is|are) (being|getting) (hit|beaten|attacked|stabbed|strangled|choked|threatened|abused)\b/],
  ['violence', /\b(steekt|gestoken|neergestoken|stab|stabbed|stabbing)\b/],
  [
    'violence',
    /\b(acuut gevaar|direct gevaar|levensgevaar|in gevaar|onmiddellijk gevaar|immediate danger|in danger|life threatening|levensbedreigend)\b/,
  ],
  // Suicide.
  [
    'suicide',
    /\b(zelfmoord|suicide|suicidaal|suicidal|zelfdoding|einde aan (zijn |haar |mijn |hun )?leven|leven beeindigen|dood willen|wil dood|dood wil|niet meer leven|niet meer wil leven|wil niet meer leven|niet meer willen leven|er een einde aan maken|zichzelf iets (wil |gaat |zal )?aan(te )?doen|zichzelf (wat )?aandoen|zelfbeschadiging|zichzelf snijden|zelfverwonding|self harm|harm (herself|himself|themselves|myself)|hurt (herself|himself|themselves|myself)|kill (myself|herself|himself|themselves)|end (my|her|his|their) life)\b/,
  ],
  // Sexual violence.
  [
    'sexual',
    /\b(verkracht|verkrachting|verkrachten|aangerand|aanranding|rape|raped|sexual assault|sexually assaulted)\b/,
  ],
  // A child left alone or in danger.
  ['child-alone', /\b(kind|kinderen|baby|peuter|kleuter)\b.{0,30}\balleen (thuis|gelaten|achtergelaten)\b/],
  ['child-alone', /\b(child|children|baby|toddler|kids)\b.{0,30}\b(home alone|left alone|alone at home)\b/],
];

export function assessDanger(text: string): DangerAssessment {
  const normalized = normalize(text);
  const kinds = new Set<DangerKind>();
  for (const [kind, pattern] of CUES) if (pattern.test(normalized)) kinds.add(kind);
  return { acute: kinds.size > 0, kinds };
}
