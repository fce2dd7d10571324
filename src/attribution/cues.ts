/** Attribution cues as data: each list says why its words mark a source. */
export interface CueList {
  words: string[];
  reason: string;
}

const w = (s: string) => s.split(/\s*,\s*|\s{2,}|\n/).map((x) => x.trim()).filter(Boolean);

export const SPEECH_VERBS: CueList = {
  words: w(`said, says, say, told, tells, confirmed, confirms, confirm, revealed, reveals, reveal, stated, states, added, adds,
    claimed, claims, alleged, alleges, announced, announces, explained, explains, noted, notes, insisted, insists, warned, warns,
    denied, denies, acknowledged, acknowledges, admitted, admits, argued, argues, wrote, writes, testified, disclosed, discloses,
    reported, reports, asserted, asserts, maintained, maintains, estimated, estimates, believes, believed, accused, accuses,
    found, finds, concluded, concludes, ruled, rules, wrote, replied, responded, recalled, recalls, described, describes,
    called, calls, allege, contend, contends, contended, complained, complains, complain, conceded, concedes, stressed, stresses,
    predicted, predicts, countered, testify, testifies, note, observe, observed, observes, believe, tell, agree, agreed, agrees, warn, argue, claim, insist, suggest, estimate, explain, deny, admit, acknowledge, report`),
  reason: 'verbs of saying: their subject is who vouches for what follows',
};

export const DOCUMENT_VERBS: CueList = {
  words: w(`shows, showed, show, mentions, mentioned, mention, exposes, exposed, expose, indicates, indicated, indicate,
    reveals, revealed, reveal, states, stated, notes, noted, lists, listed, describes, described, details, detailed,
    records, recorded, documents, documented, contains, contained, cites, cited, confirms, confirmed, says, said, reads, read,
    suggests, suggested, implies, implied, puts, names, named, proves, proved, establishes, established, describes, described, identifies, identified`),
  reason: 'verbs a document is said to do: a written source vouches for what follows',
};

export const ANONYMOUS_NOUNS: CueList = {
  words: w(`sources, source, observers, observer, specialists, experts, analysts, officials, insiders, insider, diplomats,
    witnesses, informants, informant, aides, confidants, people, persons, residents, commentators, circles, quarters,
    critics, campaigners, activists, associations, employees, workers, staff, members, farmers, lawyers, bankers, traders,
    investors, councillors, colleagues, neighbours, neighbors, relatives, friends, reports, rumours, rumors, crew, official,
    employee, insiders, veterans, locals, villagers, scientists, researchers, doctors, economists, academics, engineers,
    medics, nurses, teachers, fishermen, whistleblowers, lawmakers, legislators, politicians, shopkeepers, citizens,
    pensioners, protesters, demonstrators, voters, commuters, shoppers, survivors, refugees, tenants, inhabitants`),
  reason: 'nouns for people who are not named: a claim resting on them cannot be checked against a person',
};

export const ANONYMITY_MARKERS: CueList = {
  words: w(`not to be named, declined to be named, not to be identified, declined to be identified, not be named, not be identified, did not want to be named, requested anonymity, on condition of anonymity,
    speaking anonymously, who spoke anonymously, not authorized to speak, not authorised to speak, familiar with,
    close to the, unnamed, anonymous, who cannot be named`),
  reason: 'phrases that say a source is withheld',
};

export const ANONYMOUS_MODIFIERS: CueList = {
  words: w(`media, security, intelligence, diplomatic, informed, well-informed, official, government, military, police, local,
    western, judicial, reliable, credible, senior, several, some, two, three, four, many, other, unnamed, anonymous, industry,
    european, american, regional, political, private, knowledgeable`),
  reason: 'modifiers that belong to an anonymous source\u2019s name ("media sources")',
};

export const DOCUMENT_NOUNS: CueList = {
  words: w(`document, documents, memo, memorandum, report, letter, correspondence, cable, email, e-mail, minutes, file, files,
    records, contract, statement, filing, indictment, ruling, judgment, judgement, leak, leaks, papers, invoice, audit, study,
    survey, transcript, communique, communiqué, dossier, note, circular, decree, order, register, ledger, charter, agreement, data,
    figures, statistics, filings, accounts, log, logbook, certificate, return, returns, listing, copy, profile, sheet,
    statements, e-mails, emails, images, imagery, entries, lease, deed, website, post, tweet, video, footage, recording, photographs, map, database, archive, archives, catalogue, extract, excerpt, entry, notice, announcement, obituary, gazette, bulletin, newsletter, brochure, prospectus, filing`),
  reason: 'written sources: a claim resting on them can be checked against the document',
};

export const ROLE_WORDS: CueList = {
  words: w(`chief, executive, director, spokesman, spokeswoman, spokesperson, partner, manager, minister, officer, head, president,
    chairman, chairwoman, chair, founder, member, lawyer, attorney, adviser, advisor, secretary, deputy, professor, analyst,
    economist, researcher, editor, leader, owner, general, commander, governor, mayor, judge, prosecutor, ambassador, consul,
    representative, official, employee, engineer, director-general, ceo, cfo, coordinator, colleague, wife, husband, son, daughter,
    appellant, respondent, claimant, plaintiff, defendant, applicant, petitioner`),
  reason: 'role nouns: a segment with one describes a person named just before it ("X, the firm\u2019s chief executive, said")',
};

export const ORGANIZATION_WORDS: CueList = {
  words: w(`ministry, agency, company, police, court, bank, party, council, office, department, inc, ltd, group, university,
    commission, army, government, authority, service, services, committee, union, association, institute, corporation,
    foundation, bureau, directorate, embassy, parliament, tribunal, prosecutor's, newspaper, news, times, post, registry, firm,
    regulator, watchdog, board, organisation, organization, charity, institution, body, campaign, coalition, network, municipality, council, senate, congress, cabinet, presidency, administration, secretariat,
    broadcaster, channel, television, radio, outlet, daily, station, publisher, staff`),
  reason: 'words that make a capitalised name an organisation rather than a person',
};

export const CORPORATE_WORDS: CueList = {
  words: w(`tech, holdings, capital, logistics, systems, industries, motors, energy, pharma, co\\., corp, ltd, ag, gmbh, s\\.p\\.a, spa, llc, inc,
    plc, partners, fund, exchange, international, borsa, bourse, university, airport, airports, a\u00e9roports, shipyard, shipping, steel, metals,
    mining, telecom, airlines, airways, railways, hospital, bank, group, ministry, agency, court, council, commission, authority`),
  reason: 'corporate and institutional words: a name that holds one names an organisation',
};

export const AUTHOR_WORDS: CueList = {
  words: w('i, we, our, my, us, me'),
  reason: 'first-person words outside quotations: the author speaks for the claim',
};

export const PRONOUNS: CueList = {
  words: w('he, she, her, him'),
  reason: 'a pronoun subject of a speech verb (or "according to her") stands for the last person named',
};

export const INTERVIEW_WORDS: CueList = {
  words: w('interview, interviewed, told, spoke, speaking, met, asked, answered, talked, comment, commented'),
  reason: 'words that introduce an interviewee before questions and answers',
};

export const SPOKES_ROLES: CueList = {
  words: w(`spokesman, spokeswoman, spokesperson, spokespeople, spokesmen, spokeswomen, press office, press officer, press service,
    press secretary, lawyer, lawyers, attorney, attorneys, counsel, legal team, representative, representatives`),
  reason: 'roles that speak on record for a body: with the body named, the body is the source, not an unnamed person',
};

export const COLLECTIVE_BODIES: CueList = {
  words: w(`prosecutors, prosecution, the defence, the defense, investigators, police, authorities, judges, regulators, customs,
    auditors, inspectors`),
  reason: 'plural or collective names of the one public body handling a case ("prosecutors allege"): that body, not unnamed people; '
    + 'a quantifier ("some prosecutors") or a spread ("prosecutors in several countries") makes them unnamed people again',
};
