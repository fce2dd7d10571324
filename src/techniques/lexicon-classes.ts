import type { Lexicon } from './lexicon.js';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Word classes that slot templates combine: each names a role in an argument (a threat, a victim,
 * an outgroup, an authority), so one row covers the many wordings of one move. Verbs and adjectives
 * are given as base forms; a pattern writes @name+ to take their inflections.
 */
export const CLASS_LEXICONS: Record<string, Lexicon> = {
  menace: {
    words: w('destroy ruin wreck overrun overwhelm swamp invade devastate annihilate erase crush enslave starve bankrupt poison slaughter butcher replace silence outlaw confiscate seize'),
    reason: 'verbs of ruin done to the reader or the nation',
  },
  victims: {
    words: w('victim victims target targets prey casualty casualties slaves hostages'),
    reason: 'the reader or their family cast as the next victim',
  },
  ourPlaces: {
    words: w('streets street town towns neighbourhood neighbourhoods neighborhood neighborhoods schools school churches communities community cities city villages village country nation homes home borders'),
    reason: 'the reader\u2019s surroundings, invoked as under threat',
  },
  contagion: {
    words: w('disease diseases crime drugs filth violence terror chaos disorder plague plagues vermin infection rot poison squalor lawlessness'),
    reason: 'contamination nouns: harm said to be carried in by people',
  },
  outgroup: {
    words: w('newcomers migrants immigrants foreigners refugees illegals aliens outsiders invaders asylum-seekers strangers'),
    reason: 'people named only as outsiders',
  },
  othering: {
    words: w('types sorts kind people lot'),
    reason: 'nouns that a pointing "these" or "those" turns into a faceless other',
  },
  authorityRole: {
    words: w('laureate laureates professor professors dr doctor doctors scientist scientists expert experts economist economists physician physicians researcher researchers specialist specialists general generals pope bishop cardinal imam rabbi priest patriarch father president'),
    reason: 'roles whose standing can stand in for an argument',
  },
  certify: {
    words: w('prove guarantee assure insist certify'),
    reason: 'verbs that present a view as settled by whoever says it',
  },
  crowdVerb: {
    words: w('switch join sign buy vote flock rush jump queue line talk move come back support'),
    reason: 'verbs of a crowd going one way',
  },
  ideology: {
    words: w('radical woke far-left far-right hard-left hard-right leftist loony marxist communist globalist left-wing right-wing extremist ultra-nationalist fascist progressive liberal'),
    reason: 'political labels that a pack noun turns into a sneer',
  },
  pack: {
    words: w('mob mobs brigade brigades rabble crowd horde hordes cult gang gangs cabal clique lobby elites establishment squad zealots fanatics warriors snowflakes crazies loonies'),
    reason: 'nouns that lump people into a faceless pack',
  },
  servile: {
    words: w('lapdog lapdogs poodle poodles puppet puppets stooge stooges captive tame kept bought lamestream presstitute fake'),
    reason: 'servility or fakery metaphors used as a label',
  },
  mediaNoun: {
    words: w('media press journalists reporters pundits parliament court courts judges newspapers news scientists experts academics'),
    reason: 'institutions a servility label brands',
  },
  epithet: {
    words: w('crooked lying sleazy sleepy dodgy shifty shady slippery two-faced phony phoney crazy creepy'),
    reason: 'nickname adjectives pinned to a person',
  },
  title: {
    words: w('senator president minister mayor governor congressman congresswoman councillor councilor chancellor premier judge general professor sheriff prince king queen'),
    reason: 'titles a nickname adjective is pinned to',
  },
  harmAdj: {
    words: w('toxic poisonous poisoned cancerous rotten diseased festering infected venomous putrid rancid contaminated radioactive'),
    reason: 'physical-harm adjectives that become loaded metaphors on social nouns',
  },
  socialNoun: {
    words: w('culture ideology ideologies rhetoric politics leadership agenda atmosphere debate discourse relationship mindset influence ideas narrative propaganda elite establishment movement party regime workplace management brand masculinity'),
    reason: 'social and abstract nouns that cannot literally be poisoned or rot',
  },
  violentAdj: {
    words: w('brutal savage ruthless vicious barbaric merciless murderous bloodthirsty'),
    reason: 'violence adjectives that pass a verdict',
  },
  repression: {
    words: w('crackdown crackdowns repression oppression purge purges persecution tyranny occupation dictatorship onslaught rule regime suppression'),
    reason: 'nouns for state repression that a violence adjective inflames',
  },
  forceVerb: {
    words: w('ram bulldoze steamroll railroad sneak smuggle'),
    reason: 'verbs that cast a vote or decision as forced or smuggled',
  },
  havoc: {
    words: w('terror violence hate hatred chaos destruction fury hell havoc mayhem bloodshed carnage misery anarchy'),
    reason: 'nouns of havoc let loose',
  },
  surge: {
    words: w('reign orgy frenzy torrent avalanche tsunami deluge spree'),
    reason: 'mass nouns that make a harm overwhelming',
  },
  evalSuperlative: {
    words: w('greatest worst stupidest dumbest craziest vilest dirtiest saddest finest'),
    reason: 'superlatives of judgement, not of measure',
  },
  evalAdj: {
    words: w('incredible amazing beautiful disgraceful shameful dishonest incompetent stupid ridiculous absurd outrageous wonderful spectacular fantastic brilliant evil wicked vile disastrous pathetic scandalous hateful cowardly cynical treacherous perfect'),
    reason: 'judgement adjectives that "most" raises beyond measure',
  },
  verdictNoun: {
    words: w('betrayal betrayals scandal lie lies fraud hoax disgrace swindle con failure robbery cover-up insult humiliation hypocrisy joke crime crimes treason catastrophe blunder'),
    reason: 'verdict nouns a judging superlative inflates',
  },
  bigPlural: {
    words: w('hundreds thousands millions billions trillions tens'),
    reason: 'round multitudes repeated for effect',
  },
  trifle: {
    words: w('pennies penny cents cent coppers crumbs scraps peanuts pittance pocket-money shillings'),
    reason: 'tiny sums used to belittle a cost',
  },
  trifleEvent: {
    words: w('scuffle scuffles squabble spat tiff kerfuffle hiccup hiccups blip glitch misunderstanding slip oversight bump wobble hitch teething quarrel prank'),
    reason: 'nouns that shrink an incident to a trifle',
  },
  diminutive: {
    words: w('little small minor tiny slight harmless brief trivial innocent silly'),
    reason: 'adjectives that shrink what they describe',
  },
  submit: {
    words: w('bow kneel knelt surrender bend bent yield submit capitulate grovel cower break broke broken'),
    reason: 'verbs of submission a nation is said never to do',
  },
  patriotFeeling: {
    words: w('love pride loyalty devotion duty faith gratitude honour honor service allegiance'),
    reason: 'feelings owed to the nation',
  },
  sacred: {
    words: w('sacred holy patriotic solemn sacrosanct highest'),
    reason: 'words that make a duty to the nation beyond question',
  },
  scapegoat: {
    words: w('immigration immigrants migrants foreigners unions bankers globalists liberals leftists elites brussels woke feminists socialists communists outsiders'),
    reason: 'groups a single-cause story blames',
  },
  ills: {
    words: w('problems troubles ills woes misfortunes failures miseries crises mess hardships'),
    reason: 'every ill, traced to one cause',
  },
  conceal: {
    words: w('release publish show answer explain reveal admit tell disclose open allow let'),
    reason: 'what a "why won\u2019t they" question says is being withheld',
  },
  proofNoun: {
    words: w('evidence proof data facts receipts documents'),
    reason: 'proof demanded in a rhetorical question',
  },
  villainGroup: {
    words: w('fascists nazis communists stalinists tyrants dictators extremists traitors terrorists bolsheviks'),
    reason: 'reviled groups whose likeness taints a view',
  },
  saviour: {
    words: w('only alone'),
    reason: 'words that make one actor the sole remedy',
  },
  ruinNoun: {
    words: w('collapse ruin chaos disaster slavery tyranny anarchy extinction surrender defeat oblivion catastrophe barbarism poverty dictatorship war death'),
    reason: 'the dire other option of a false choice',
  },
  demonyms: {
    words: w('kenyans nigerians ghanaians egyptians chinese japanese koreans filipinos vietnamese indonesians pakistanis afghans iraqis syrians israelis palestinians lebanese saudis georgians armenians belarusians lithuanians latvians estonians finns swedes norwegians danes dutch belgians swiss austrians czechs slovaks romanians bulgarians greeks croats bosnians albanians portuguese spaniards irish welsh scots brazilians argentines argentinians chileans colombians venezuelans peruvians cubans mexicans canadians americans australians britons'),
    reason: 'nationality nouns for the nation invoked as one body',
  },
  goodNoun: {
    words: w('freedom liberty democracy prosperity survival victory order security progress reform peace independence sovereignty'),
    reason: 'the good option of a false choice',
  },
};
