/**
 * The public pages the Teams manifest links to (website, privacy, terms), served by the bot itself so a
 * deployment needs no separate site. Dutch first, English below. Plain HTML, no scripts, no tracking.
 */

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1,h2{color:#0f6e6e}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

const HOME = page(
  'Wegwijs',
  `<h1>Wegwijs</h1>
<p>Wegwijs is een bot in Microsoft Teams voor professionals in de aanpak van huiselijk geweld en kindermishandeling. Hij helpt de weg te vinden naar de meldcode en het afwegingskader, de schuldhulp en financiële hulp per gemeente in Haaglanden en Zuid-Holland Zuid, tips voor gesprekken met mensen onder geldstress en de landelijke hulplijnen.</p>
<p><strong>Acuut gevaar? Bel 112.</strong> Zorgen over huiselijk geweld of kindermishandeling: <strong>Veilig Thuis 0800-2000</strong>.</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Gebruiksvoorwaarden</a></p>
<h2 lang="en">In English</h2>
<p lang="en">Wegwijs is a Microsoft Teams bot for professionals working against domestic violence and child abuse: the reporting code and its assessment framework, local debt help, conversation tips and help lines. In danger, call 112; Veilig Thuis: 0800-2000.</p>`,
);

const PRIVACY = page(
  'Wegwijs — privacy',
  `<h1>Privacy</h1>
<p>Wegwijs bewaart zo weinig mogelijk. Wat je typt wordt niet gelogd.</p>
<ul>
<li><strong>Vragen zonder antwoord</strong>: na het verwijderen van namen, nummers en adressen bewaard voor de redactie van de kennisbank, hooguit een jaar.</li>
<li><strong>Feedback</strong> (👍/👎 en een toelichting als je die geeft, na dezelfde controle op persoonsgegevens): twee jaar.</li>
<li><strong>Afwegingskader</strong>: je antwoorden per gesprek, zodat je verder kunt waar je was; 30 dagen na je laatste antwoord verwijderd.</li>
<li><strong>Vervolgvragen</strong>: welk antwoord je het laatst kreeg (de ingangen, gemeente, onderwerp, taal en of het over gevaar of een zorg ging, niet je tekst), zodat "en in Delft?" werkt; na 30 minuten verwijderd.</li>
<li><strong>Vraag een collega</strong>: je vraag (na de controle op persoonsgegevens) en je naam gaan naar het expertkanaal van je organisatie; 90 dagen bewaard.</li>
<li><strong>Leerruimte</strong>: per team het kanaal, het tijdstip en welke vragen al geweest zijn, zolang de app in het team staat.</li>
<li><strong>Casussen</strong> die ambassadeurs delen: alleen na de controle op persoonsgegevens en een bevestiging dat ze geanonimiseerd zijn; een andere ambassadeur beoordeelt ze eerst. Bewaard met je naam (alleen zichtbaar voor de beoordelaars) tot 24 maanden na het delen (instelbaar per installatie); je kunt je casus altijd intrekken, dan wordt hij meteen verwijderd. Een afgewezen casus wordt direct verwijderd. Een logboek houdt bij wie wat deed en wanneer, met alleen kenmerken, nooit de tekst.</li>
<li><strong>Ambassadeurs</strong>: naam en Microsoft-id, zolang iemand ambassadeur is.</li>
</ul>
<p>Typ geen namen, BSN's of adressen van cliënten: Wegwijs heeft ze niet nodig. De beheerder van je organisatie is verantwoordelijk voor de installatie en kan gegevens exporteren of verwijderen.</p>
<h2 lang="en">In English</h2>
<p lang="en">Wegwijs keeps as little as it can and never logs what you type. Unanswered questions (scrubbed of names, numbers and addresses) are kept up to a year for the editors; feedback two years; your assessment-framework answers 30 days after your last answer; which answer you got last (its entries, municipality, topic, language and whether it was about danger or a worry, never your text) 30 minutes, for follow-up questions; questions to a colleague 90 days; per team the learning-space settings while the app is installed; cases shared by ambassadors, only after the personal-data check and a review by another ambassador, up to 24 months (configurable) or until the author withdraws them, with an audit log of ids, never the text; and ambassadors' names while they are ambassadors. Please do not type clients' names, citizen service numbers or addresses.</p>`,
);

const TERMS = page(
  'Wegwijs — gebruiksvoorwaarden',
  `<h1>Gebruiksvoorwaarden</h1>
<p>Wegwijs geeft informatie uit een kennisbank met bronnen en een datum van controle. Het ondersteunt je professionele oordeel en de meldcode van je eigen organisatie; het vervangt ze niet en het is geen hulpverlening. Bij acuut gevaar bel je 112; bij zorgen over huiselijk geweld of kindermishandeling Veilig Thuis, 0800-2000.</p>
<p>Gebruik Wegwijs niet om persoonsgegevens van cliënten te delen. Klopt er iets niet? Geef het aan met 👎 onder het antwoord.</p>
<h2 lang="en">In English</h2>
<p lang="en">Wegwijs gives sourced information with the date it was checked. It supports professional judgement and your organisation's reporting code; it does not replace them and it is not a care service. In danger call 112; Veilig Thuis: 0800-2000. Do not share clients' personal data. Something wrong? Press 👎 under the answer.</p>`,
);

export const INFO_PAGES: Readonly<Record<string, string>> = { '/': HOME, '/privacy': PRIVACY, '/terms': TERMS };
