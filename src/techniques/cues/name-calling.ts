import type { TechniqueCue } from '../matcher.js';

const N = 'Name_Calling,Labeling' as const;

export const NAME_CALLING: TechniqueCue[] = [
  { pattern: '@contempt regime|regimes|clique|junta|government|state|entity', label: N, confidence: 0.75, reason: '"{text}": a label that brands a government or group' },
  { pattern: 'a|this|that political|police|criminal|bloody|brutal? dictatorship', label: N, confidence: 0.65, reason: '"{text}": a state labelled a dictatorship' },
  { pattern: 'dictatorship of the _ _?', label: N, confidence: 0.55, reason: '"{text}": a government labelled a dictatorship' },
  { pattern: '@slurs', label: N, confidence: 0.7, reason: '"{text}": an insult used as a name for people' },
  { pattern: 'enemies|enemy|traitors of the? people|nation|homeland|state|revolution', label: N, confidence: 0.8, reason: '"{text}": opponents labelled enemies of the nation' },
  { pattern: 'fifth column|columnists', label: N, confidence: 0.7, reason: '"{text}": opponents labelled internal traitors' },
  { pattern: 'useful idiots', label: N, confidence: 0.85, reason: '"{text}": opponents labelled dupes' },
  { pattern: 'remnants of terrorism|terror', label: N, confidence: 0.5, reason: '"{text}": opponents reduced to a remnant of an evil' },
  { pattern: 'nest|den|pack|band|gang|bunch of @vermin', label: N, confidence: 0.8, reason: '"{text}": a group branded as a pack of villains' },
  { pattern: 'hired|paid hooligans|thugs|agitators|pens|mouthpieces|provocateurs|mercenaries|stooges', label: N, confidence: 0.8, reason: '"{text}": opponents branded as hirelings' },
  { pattern: 'these|those traitors|thugs|hooligans|criminals|liars|hypocrites|crooks|parasites|mercenaries|agitators', label: N, confidence: 0.7, reason: '"{text}": people named by an insult' },
  { pattern: 'so-called|self-styled|self-proclaimed|would-be @people', label: N, confidence: 0.65, reason: '"{text}": people labelled as pretenders' },
  { pattern: '@contempt|globalist|out-of-touch|self-serving|rotten elites|elite|establishment|politicians|bureaucrats|cronies|oligarchs|bankers|bosses', label: N, confidence: 0.7, reason: '"{text}": a group branded by a sneer' },
  { pattern: 'these|those|such @beasts', label: N, confidence: 0.75, reason: '"{text}": people called animals or pests' },
  { pattern: 'mouthpiece|mouthpieces|puppet|puppets|lackey|lackeys|stooge|stooges|henchmen of the? _', label: N, confidence: 0.7, reason: '"{text}": someone labelled a servant of another' },
  { pattern: '@insults', label: N, confidence: 0.6, reason: '"{text}": an insult used as a name for people', lower: true },
  { pattern: 'a|an|this|that|the|such|another|some @insultAdj? @insultOne', label: N, confidence: 0.6, reason: '"{text}": a person described by an insult' },
  { pattern: '@insultAdj @insults|@slurs|@insultOne', label: N, confidence: 0.65, reason: '"{text}": a person or group described by an insult' },
  { pattern: 'these|those|such @sneerGroup', label: N, confidence: 0.55, reason: '"{text}": a group pointed at with a sneer' },
  { pattern: 'champagne|limousine|latte|armchair|keyboard|bleeding-heart socialists|liberals|leftists|generals|warriors|activists|experts|revolutionaries', label: N, confidence: 0.75, reason: '"{text}": a stock epithet for a group' },
  { pattern: 'mercenaries|hirelings|stooges|lackeys|puppets|handmaidens|lapdogs|poodles of the? _', label: N, confidence: 0.7, reason: '"{text}": people labelled the paid servants of another' },
  { pattern: 'paid|hired|foreign-funded|foreign-paid propagandist|propagandists|trolls|shills|hacks|provocateurs|agitators', label: N, confidence: 0.7, reason: '"{text}": people labelled as paid mouthpieces' },
  { pattern: 'enemy|enemies|traitors|betrayers of the people|nation|homeland|state|revolution|country|fatherland|motherland', label: N, confidence: 0.8, reason: '"{text}": opponents labelled enemies of the nation' },
  { pattern: 'clowns|circus|zoo|madhouse in|at the? parliament|congress|capital|ministry|council|government|senate|brussels|washington', label: N, confidence: 0.6, reason: '"{text}": an institution and its members mocked by a label' },
  { pattern: '@scornAdj @officialsPl', label: N, confidence: 0.6, reason: '"{text}": office-holders described by contempt' },
  { pattern: 'pack|gang|bunch|horde|gaggle|clique of @officialsPl|@sneerGroup|lobbyists|activists|journalists|bloggers|academics|lawyers', label: N, confidence: 0.6, reason: '"{text}": people lumped into a pack' },
  { pattern: 'professional|paid|hired|serial troublemakers|rabble-rousers|agitators|protesters|complainers|whingers', label: N, confidence: 0.65, reason: '"{text}": opponents labelled as hired or habitual agitators' },
  { pattern: 'yes-men|cabal|cabals|camarilla', label: N, confidence: 0.6, reason: '"{text}": a group labelled a servile or secret clique', lower: true },
];
