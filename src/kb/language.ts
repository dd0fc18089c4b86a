/**
 * The language of a question. Text in Dutch words is answered in Dutch whatever the Teams client's locale
 * (many Dutch organisations run Teams in English); text in English words in English; only text without a
 * language of its own ("schuldhulp 2715?", "VT") follows the conversation or the locale. Place names and
 * Dutch terms of art count as Dutch; names of organisations ("Veilig Thuis") count for neither.
 */
import type { Language } from '../i18n/language.js';
import { normalize } from './normalize.js';

const DUTCH = new Set(
  `de het een en van ik je jij u uw is dat die dit deze niet met op voor wie wat hoe waar welke welk wanneer waarom
  moet moeten kan kunnen kun mag mogen wil willen zou zouden mijn zijn haar hij ze zij wij we jullie hun hem mij me ons
  bij doet doen heeft hebben heb hebt ben bent was waren werd wordt worden word er naar ook als maar om te geen nog wel
  al nu dan zo dus want omdat of iemand niemand iets niets veel erg heel echt even graag dank bedankt hallo hoi goedemorgen
  uit over door zonder tegen onder tussen na tot sinds vanaf mee toe hier daar ergens gaat ga gaan komt komen zit zitten
  staat sta weet weten vind vinden denk denken zegt zeggen vraag vragen vertelt vertelde krijgt krijgen heeft geeft
  hulp schulden schuld schuldhulp geldzorgen geldproblemen huur huurachterstand rekeningen toeslagen beslag bewind
  melden melding meldcode afwegingskader signalen zorgen vermoeden kind kinderen moeder vader ouders gezin leerling
  cliente clienten lijkt lijken totaal helemaal eigenlijk misschien buurvrouw buurman vrouw man jongen meisje thuis wijkteam gemeente woont wonen inwoner inwoners
  gesprek boos bang stress spanning aanmelden bellen nummer telefoonnummer mailadres inloop spreekuur voedselbank
  kwijtschelding bijstand regeling aanvragen terecht verwijzen doorverwijzen mishandeling geweld huiselijk`.split(
    /\s+/,
  ),
);
const ENGLISH = new Set(
  `the a an and of i you your is that this these those not with on for who what whats how where which when why must can
  could may might my his her he she we they them our their him me does do did has have had will would should shall be
  been being are was were there here it its to from into about at by if or but so because someone anyone something
  anything nothing please thanks thank hello hi debt debts money rent arrears bills benefits report reporting
  family mother father parents child children kid kids student pupil neighbour neighbor woman man boy girl
  home house worried worry concerned suspect suspicion abuse abused violence violent neglect afraid scared need want
  get find know think says said tell told keeps about after offer offers advice anonymous number phone email
  call lives living municipality social support whats doesnt dont cant wont isnt just really very night day days
  week weekend open available reachable reach still also only today tonight hours works work working colleague
  client clients patient patients teacher go going goes apply pay paid help helps line translate say explain
  same other any every next step steps more then than while during before`.split(/\s+/),
);

export interface LanguageSignal {
  dutch: number;
  english: number;
}

/** Counts Dutch and English words in a text; `extraDutch` adds words known to be Dutch (place names). */
export function languageSignal(text: string, extraDutch = 0): LanguageSignal {
  let dutch = extraDutch;
  let english = 0;
  // An organisation's name is no sign of the language it is asked in ("Is Veilig Thuis open at night?").
  for (const token of normalize(text)
    .replace(/\bveilig thuis\b/g, ' ')
    .split(' ')) {
    if (DUTCH.has(token)) dutch += 1;
    if (ENGLISH.has(token)) english += 1;
  }
  return { dutch, english };
}

/** The language the words themselves are in, or undefined when they do not say. */
export function languageOfWords(signal: LanguageSignal): Language | undefined {
  if (signal.dutch > signal.english) return 'nl';
  if (signal.english > signal.dutch) return 'en';
  return undefined;
}

/** The reply language: the words' own language, else `fallback` (the conversation's, or the locale's). */
export function detectLanguage(text: string, fallback: Language, extraDutch = 0): Language {
  return languageOfWords(languageSignal(text, extraDutch)) ?? fallback;
}
