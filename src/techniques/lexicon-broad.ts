import type { Lexicon } from './lexicon.js';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** Broader word families for cues that must hold on unseen articles, not only on the ones they were first written for. */
export const BROAD_LEXICONS: Record<string, Lexicon> = {
  insults: {
    words: w('apologists cheerleaders dilettantes cowards fools liars cranks crackpots lunatics maniacs nutters loons zealots goons henchmen parasites bloodsuckers leeches freeloaders scroungers turncoats quislings scoundrels degenerates imbeciles idiots morons cretins buffoons clowns grifters shills propagandists bigots globalists snowflakes cronies lickspittles bootlickers toadies sycophants hooligans'),
    reason: 'insults for people: each names a person by contempt, not by role',
  },
  insultOne: {
    words: w('liar coward crook hypocrite traitor charlatan demagogue opportunist careerist clown buffoon puppet stooge lackey thug grifter bigot idiot imbecile moron parasite bootlicker sycophant turncoat propagandist warmonger scoundrel'),
    reason: 'an insult for one person, used as a description',
  },
  insultAdj: {
    words: w('known serial habitual pathological spineless notorious pathetic disgraced shameless two-faced cowardly lying crooked corrupt incompetent washed-up deranged delusional unhinged brainless gutless treacherous useless failed'),
    reason: 'adjectives that sharpen an insult for a person',
  },
  sneerGroup: {
    words: w('bureaucrats elites globalists leftists rightists zealots fanatics extremists radicals fat-cats eurocrats technocrats apparatchiks oligarchs lefties liberals'),
    reason: 'group nouns that a pointing "these/those" turns into a sneer',
  },
  dear: {
    words: w('children kids grandchildren families family daughters sons wives jobs job pensions pension homes home savings future safety lives freedom freedoms way'),
    reason: 'what the reader holds dear, invoked as under threat',
  },
  doomPlace: {
    words: w('chaos anarchy darkness ruin misery poverty bankruptcy barbarism lawlessness oblivion abyss'),
    reason: 'states of collapse a country is said to slide into',
  },
  villains: {
    words: w("hitler hitler's goebbels stalin stalin's mussolini nazis nazi gestapo pol orwell's orwellian fascists"),
    reason: 'reviled figures and regimes used to taint by likeness',
  },
  citizens: {
    words: w('people citizens voters americans britons europeans taxpayers workers parents families patriots men women person voter citizen parent man woman'),
    reason: 'ordinary people, whose supposed consensus is offered as proof',
  },
  decent: {
    words: w('decent sane sensible reasonable right-thinking right-minded thinking honest normal ordinary intelligent rational fair-minded'),
    reason: 'virtue adjectives that cast dissenters as indecent or unreasonable',
  },
  loadedNoun: {
    words: w('plunder plundering pillage sell-out sellout power-grab land-grab cover-up witch-hunt whitewash rip-off stitch-up travesty farce charade sham mockery shambles debacle hoax betrayal treachery skulduggery chicanery'),
    reason: 'nouns that pass a verdict on an act instead of naming it',
  },
  emotive: {
    words: w('vindictive spiteful vicious venomous hateful insidious pernicious draconian smug pompous grubby squalid inhumane hysterical fanatical sneaky sly devious underhand underhanded brazen sleazy shady crooked dastardly atrocious abominable rotten deplorable sickening shocking despicable shameful disgraceful scandalous outrageous monstrous'),
    reason: 'emotive adjectives that judge what they describe',
  },
  utter: {
    words: w('utter total complete absolute abject unmitigated'),
    reason: 'totalising intensifiers',
  },
  failureNoun: {
    words: w('disgrace failure shambles betrayal farce madness catastrophe disaster fiasco travesty contempt insanity nonsense lunacy'),
    reason: 'verdict nouns a totalising intensifier inflates',
  },
  expertsAny: {
    words: w('experts scientists doctors economists analysts historians researchers physicians specialists scholars academics professors lawyers'),
    reason: 'expert groups, named by profession only',
  },
  expertOne: {
    words: w('expert scientist doctor economist analyst historian researcher physician specialist scholar academic professor lawyer'),
    reason: 'one expert, named by profession only',
  },
  esteemed: {
    words: w('leading top respected esteemed prominent renowned eminent distinguished reputable world-renowned world-class serious competent'),
    reason: 'standing adjectives that vouch for an unnamed authority',
  },
  nationals: {
    words: w('americans american britons briton brits brit englishmen englishman scots frenchmen frenchman germans german russians russian poles pole italians italian indians indian ukrainians ukrainian hungarians hungarian serbs serb turks turk iranians iranian canadians canadian australians australian mexicans mexican patriots patriot citizens'),
    reason: 'nationality nouns: "true" or "proud" before them makes belonging the test of a view',
  },
  fatherland: {
    words: w('homeland motherland fatherland nation country flag people republic land'),
    reason: 'the nation as an object of loyalty',
  },
  ancestors: {
    words: w('ancestors forefathers fathers grandfathers martyrs heroes'),
    reason: 'the nation\u2019s dead, invoked to bind the living',
  },
  opponents: {
    words: w('opposition left right liberals conservatives democrats republicans greens socialists activists critics leftists environmentalists unions they'),
    reason: 'the other side, whose position a straw man restates',
  },
  extreme: {
    words: w('abolish ban destroy scrap outlaw confiscate erase cancel dismantle'),
    reason: 'extreme aims a straw man ascribes to the other side',
  },
  scornAdj: {
    words: w('spineless gutless pathetic brainless incompetent deranged unhinged cowardly two-faced lying crooked shameless useless clueless hapless feckless out-of-touch'),
    reason: 'contempt adjectives for the people who hold an office',
  },
  officialsPl: {
    words: w('officials politicians ministers leaders bureaucrats elites bankers journalists lawmakers mps deputies bosses judges councillors senators'),
    reason: 'office-holders, who a contempt adjective brands as a class',
  },
  loadedVerb: {
    words: w('sneered sneering gloated gloating smirked railroaded duped hoodwinked brainwashed bamboozled fleeced steamrolled swindled'),
    reason: 'verbs that condemn the act they name',
  },
};
