/**
 * Fixed texts of the answer cards, Dutch and English.
 */
import type { Localized } from '../../i18n/language.js';

export { fill } from '../../i18n/format.js';

export const TEXT = {
  phone: { nl: 'Telefoon', en: 'Phone' },
  website: { nl: 'Website', en: 'Website' },
  email: { nl: 'E-mail', en: 'E-mail' },
  hours: { nl: 'Bereikbaar', en: 'Hours' },
  walkIn: { nl: 'Inloop', en: 'Walk-in' },
  call: { nl: 'Bel', en: 'Call' },
  openWebsite: { nl: 'Website', en: 'Website' },
  source: { nl: 'Bron', en: 'Source' },
  sources: { nl: 'Bronnen', en: 'Sources' },
  // How old the evidence is, from the sources' pageDate and read (never a check date: see source-line.ts).
  pageOf: { nl: 'pagina van {date}', en: 'page of {date}' },
  pageFromYear: { nl: 'pagina uit {date}', en: 'page from {date}' },
  newestPageOf: { nl: 'nieuwste pagina van {date}', en: 'newest page of {date}' },
  newestPageFromYear: { nl: 'nieuwste pagina uit {date}', en: 'newest page from {date}' },
  undatedPage: { nl: 'pagina zonder datum', en: 'undated page' },
  undatedPageRead: { nl: 'pagina zonder datum, gelezen op {read}', en: 'undated page, read on {read}' },
  undatedPages: { nl: "pagina's zonder datum", en: 'undated pages' },
  undatedPagesRead: { nl: "pagina's zonder datum, laatst gelezen op {read}", en: 'undated pages, last read on {read}' },
  dateUnknown: { nl: 'datum van de bron onbekend', en: 'date of the source unknown' },
  datesUnknown: { nl: 'datum van de bronnen onbekend', en: 'dates of the sources unknown' },
  staleDated: {
    nl: 'Controleer voor gebruik — de nieuwste bron is meer dan twee jaar oud.',
    en: 'Check before use — the newest source is more than two years old.',
  },
  staleRead: {
    nl: 'Controleer voor gebruik — de bron is meer dan twee jaar geleden gelezen.',
    en: 'Check before use — the source was read more than two years ago.',
  },
  unverified: {
    nl: 'Let op: nog niet alle gegevens van deze ingang zijn bevestigd.',
    en: 'Note: not all details of this entry have been confirmed yet.',
  },
  unverifiedMoney: {
    nl: 'Let op: nog niet alle gegevens van deze ingang zijn bevestigd. Bel bij twijfel de gemeente of Geldfit (0800-8115).',
    en: 'Note: not all details of this entry have been confirmed yet. If in doubt, call the municipality or Geldfit (0800-8115).',
  },
  urgent: {
    nl: '**Dreigt huisuitzetting of afsluiting van energie of water?** Dan moet de gemeente binnen 3 werkdagen een eerste gesprek voeren (Wgs). Anders binnen 4 weken.',
    en: '**Eviction or disconnection of energy or water threatening?** Then the municipality must hold a first conversation within 3 working days (Wgs). Otherwise within 4 weeks.',
  },
  assumed: {
    nl: 'Ik ga uit van gemeente {place} ({matched}).',
    en: 'I am assuming the municipality of {place} ({matched}).',
  },
  alsoAsk: { nl: 'Verder vragen', en: 'Ask further' },
  worryAdvice: {
    nl: 'Zorgen over een kind of cliënt? Vraag advies bij **Veilig Thuis: 0800-2000** (gratis, dag en nacht, ook anoniem) en volg de meldcode.',
    en: 'Worried about a child or client? Ask **Veilig Thuis for advice: 0800-2000** (free, day and night, anonymous if you like) and follow the reporting code.',
  },
  secondAsk: { nl: 'En over je andere vraag:', en: 'And on your other question:' },
  helpful: { nl: 'Had je hier iets aan?', en: 'Was this helpful?' },
  yes: { nl: '👍 Ja', en: '👍 Yes' },
  no: { nl: '👎 Nee', en: '👎 No' },
  askPlaceTitle: { nl: 'Over welke gemeente gaat het?', en: 'Which municipality is it about?' },
  askPlaceBody: {
    nl: 'Hulp bij {topic} is per gemeente anders geregeld. Kies de gemeente waar je cliënt woont.',
    en: 'Help with {topic} is organised differently in every municipality. Choose the municipality where your client lives.',
  },
  otherPlace: { nl: 'Een andere gemeente', en: 'Another municipality' },
  choose: { nl: 'Zoek de hulp', en: 'Find the help' },
  outOfRegion: {
    nl: '**{place}** ligt buiten Haaglanden en Zuid-Holland Zuid; de lokale hulp daar staat niet in Wegwijs. Elke gemeente in Nederland moet schuldhulp bieden (Wgs). De landelijke ingang is Geldfit: bel gratis en anoniem **0800-8115** — ze vragen alleen de postcode en verwijzen door naar de gemeente of vrijwilligers daar.',
    en: '**{place}** lies outside Haaglanden and Zuid-Holland Zuid; Wegwijs does not hold the local help there. Every municipality in the Netherlands must offer debt help (Wgs). The national starting point is Geldfit: call **0800-8115**, free and anonymous — they only ask for the postcode and refer to the municipality or volunteers there.',
  },
  noMatchTitle: { nl: 'Daar heb ik (nog) geen antwoord op', en: "I don't have an answer to that (yet)" },
  noMatchBody: {
    nl: 'Ik antwoord alleen vanuit mijn gecontroleerde kennisbank, en daar staat dit niet in. Probeer het anders te formuleren, of kies een onderwerp:',
    en: "I only answer from my checked knowledge base, and this isn't in it. Try phrasing it differently, or pick a topic:",
  },
  gapNote: {
    nl: 'Ik bewaar deze vraag zonder namen of andere persoonsgegevens, zodat de redactie de kennisbank kan aanvullen.',
    en: 'I keep this question, without names or other personal data, so that the editors can fill the gap.',
  },
  commentAsk: {
    nl: 'Dank je. Wat ontbrak er, of wat klopte niet? Noem geen namen of andere persoonsgegevens.',
    en: "Thank you. What was missing, or what wasn't right? Please leave out names and other personal data.",
  },
  commentLabel: { nl: 'Je opmerking voor de redactie', en: 'Your note for the editors' },
  commentSend: { nl: 'Verstuur', en: 'Send' },
  commentBlocked: {
    nl: 'Je opmerking bevat {kinds}; die bewaar ik niet. Hieronder staan die gegevens vervangen — pas de tekst aan of verstuur hem zo.',
    en: 'Your note contains {kinds}; I do not keep those. Below they have been replaced — edit the text or send it as it is.',
  },
  commentThanks: {
    nl: 'Dank je — je opmerking is doorgegeven aan de redactie.',
    en: 'Thank you — your note has been passed to the editors.',
  },
  startAfweging: { nl: 'Doorloop het afwegingskader', en: 'Walk through the assessment framework' },
  invalidSubmit: {
    nl: 'Die knop kon ik niet verwerken. Stel je vraag gerust in je eigen woorden.',
    en: "I couldn't handle that button. Feel free to ask your question in your own words.",
  },
  thanks: {
    nl: 'Dank je voor je feedback — daar wordt Wegwijs beter van.',
    en: 'Thanks for your feedback — it helps Wegwijs improve.',
  },
  notFound: {
    nl: 'Dat onderdeel kon ik niet meer vinden. Stel je vraag gerust opnieuw.',
    en: "I couldn't find that item any more. Feel free to ask again.",
  },
} as const satisfies Record<string, Localized>;

/** Month names, for the date of a page ("maart 2024", "March 2024"). */
export const MONTHS: Localized<readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Example questions offered when nothing matched, per language. */
export const TOPIC_SUGGESTIONS: Localized<readonly string[]> = {
  nl: [
    'Wie helpt bij geldzorgen in mijn gemeente?',
    'Wat is het afwegingskader?',
    'Tips bij geldstress',
    'Welke hulplijnen zijn er?',
  ],
  en: [
    'Who helps with money worries in my municipality?',
    'What is the assessment framework?',
    'Tips for money stress',
    'Which help lines are there?',
  ],
};
