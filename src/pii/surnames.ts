/**
 * Common surnames in the Netherlands, lower case. `DISTINCT_SURNAMES` count as a name on their own when
 * capitalised ("naar Jansen"); `SURNAME_CORES` only after a tussenvoegsel ("de Vries", "van den Bos"),
 * because alone they are often ordinary words ("Bos", "Vos", "Post").
 */
export const DISTINCT_SURNAMES: ReadonlySet<string> = new Set(
  `jansen janssen bakker visser smit smits meijer meyer mulder dekker brouwer dijkstra jacobs vermeulen schouten
  willems hoekstra verhoeven koster huisman peeters peters hendriks kuipers kuijpers veenstra scholten postma
  martens timmermans gerritsen jonker willemsen smeets driessen hermans evers hofman bosman wolters sanders
  molenaar verbeek hoogendoorn bulut yilmaz kaya demir sahin şahin celik çelik yildiz yıldız ozturk öztürk aydin
  aydın arslan dogan doğan koc koç kurt ozdemir özdemir bouali benali amrani idrissi ouali azzouzi haddou
  bouzid chaouch ramdin ramsaran sewdien baldew mahabier oosterhout boersma wijnands hoogeveen wouters claessen
  kramer verbruggen verhagen vermeer hoogland kuiper hofstra sluiter dijkman haverkamp hendriksen kooistra meijering nijhuis oosterhuis reinders rietveld roelofs
  siebers tuinman veldman wijnberg ahmadi hosseini mohammadi rahimi haddad nguyen tran pham
  kowalski nowak wisniewski wiśniewski popescu ivanov petrenko kovalenko silva santos fernandes osei mensah
  okafor tesfaye mohamud warsame hassan ibrahim cheung wong chen wang`
    .split(/\s+/)
    .filter((name) => name !== ''),
);

export const SURNAME_CORES: ReadonlySet<string> = new Set(
  `vries dijk berg bergh boer groot jong jonge wit graaf haan bruijn bruin heuvel veen broek heijden linden meer
  leeuwen beek vliet ven dam wal velde velden laan doorn bosch bos meulen horst pol leeuw lange vos ruiter koning
  brink wijk loon dongen heuvel water kamp molen hoeven wiel bergen burg hoek steen zande zanden amrani idrissi
  akker kok prins blom vink groen schipper mol stam zwart bijl`
    .split(/\s+/)
    .filter((name) => name !== ''),
);
