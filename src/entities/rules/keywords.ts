/** Words that decide what a capitalised name is, each group with the reason it counts. */
import type { EntityType } from '../../dossier/contract.js';
import { titleCase } from '../surface.js';

export interface KeywordRule {
  words: string[];
  type: EntityType;
  reason: string;
}

/** A name that contains one of these words is that kind of thing ("Ministry of Defence", "Excelsior Hotel"). */
export const HEAD_WORDS: KeywordRule[] = [
  { words: ['Ministry', 'Department', 'Directorate', 'Bureau', 'Office', 'Agency', 'Administration', 'Authority', 'Commission', 'Committee', 'Council', 'Secretariat', 'Service', 'Services', 'Inspectorate', 'Gendarmerie', 'Police', 'Customs'], type: 'organization', reason: 'government bodies are named by their kind' },
  { words: ['Parliament', 'Assembly', 'Senate', 'Congress', 'Cabinet', 'Government', 'Court', 'Tribunal', 'Prosecutor\'s', 'Judiciary', 'House'], type: 'organization', reason: 'legislatures, governments, courts and bodies named as houses ("House of Commons", "Companies House")' },
  { words: ['Army', 'Navy', 'Force', 'Forces', 'Guard', 'Guards', 'Brigade', 'Brigades', 'Battalion', 'Regiment', 'Corps', 'Militia', 'Command'], type: 'organization', reason: 'armed forces and units' },
  { words: ['Party', 'Front', 'Movement', 'Group', 'Organization', 'Organisation', 'Union', 'League', 'Alliance', 'Coalition', 'Federation', 'Association', 'Society', 'Brotherhood', 'Network', 'Cartel', 'Syndicate', 'Gang', 'Clan', 'Mujahideen', 'Jihad', 'Army\'s'], type: 'organization', reason: 'parties, movements and armed groups' },
  { words: ['Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'LLC', 'LLP', 'PLC', 'plc', 'GmbH', 'AG', 'B.V.', 'N.V.', 'S.A.', 'SA', 'SARL', 'BV', 'NV', 'Holdings', 'Holding', 'S.p.A.', 'S.r.l.', 'S.A.C.', 'S.A.S.', 'S.L.', 'A/S', 'Co., Ltd.', 'Co., Ltd', 'Co.', 'Ltd.', 'Inc.', 'Corp.', 'LLC.', 'Pty', 'Pte', 'FZE', 'FZCO', 'FZ-LLC', 'AS', 'JSC', 'OJSC', 'PJSC', 'OOO', 'SpA', 'Srl', 'SRL', 'KG', 'AB', 'ASA', 'Oy', 'SAS', 'SL', 'Tbk', 'Bhd', 'Sdn', 'd.o.o.', 's.r.o.', 'd.d.', 'a.d.', 'Group\'s', 'Partners', 'Associates', 'Industries', 'Enterprises', 'Trading', 'Shipping', 'Logistics', 'Petroleum', 'Airlines', 'Airways', 'Bank', 'Fund', 'Trust', 'Capital', 'Investments', 'Ventures', 'Consulting', 'Systems', 'Technologies', 'Solutions', 'Media', 'Resources', 'Energy', 'Mining', 'Insurance', 'Exchange', 'Foundation', 'Institute', 'Institution', 'University', 'College', 'Academy', 'School', 'Council\'s'], type: 'organization', reason: 'companies, legal forms and institutions' },
  { words: ['News', 'Times', 'Post', 'Herald', 'Journal', 'Gazette', 'Tribune', 'Telegraph', 'Daily', 'Television', 'TV', 'Radio', 'Press', 'Agency\'s', 'Ledger', 'Chronicle', 'Courier', 'Inquirer', 'Examiner', 'Sentinel', 'Bulletin'], type: 'organization', reason: 'news media' },
  { words: ['Hotel', 'Motel', 'Hostel', 'Inn', 'Prison', 'Jail', 'Gaol', 'Penitentiary', 'Detention', 'Port', 'Harbour', 'Harbor', 'Airport', 'Airfield', 'Airbase', 'Base', 'Camp', 'Barracks', 'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Lane', 'Square', 'Plaza', 'Quay', 'Highway', 'Motorway', 'Bridge', 'Tunnel', 'Tower', 'Towers', 'Building', 'Palace', 'Castle', 'Mosque', 'Cathedral', 'Temple', 'Synagogue', 'Stadium', 'Arena', 'Hospital', 'Clinic', 'Station', 'Terminal', 'Dock', 'Docks', 'Pier', 'Embassy', 'Consulate', 'Mall', 'Market', 'Refinery', 'Plant', 'Mine', 'Dam', 'Canal', 'Checkpoint', 'Crossing', 'Complex', 'Compound', 'Centre', 'Center', 'Museum', 'Cinema', 'Theatre', 'Theater', 'Gallery', 'Library', 'Zoo', 'Opera', 'Hall', 'Rue', 'Calle', 'Avenida', 'Strasse', 'Straße', 'Platz', 'Piazza', 'Prospekt', 'Ulitsa', 'Chaussée', 'Rua', 'Sokak', 'Caddesi', 'Marg'], type: 'facility', reason: 'buildings, installations and streets, in English and other languages' },
  { words: ['Act', 'Law', 'Code', 'Treaty', 'Convention', 'Regulation', 'Regulations', 'Charter', 'Agreement', 'Accord', 'Accords', 'Protocol', 'Directive', 'Bill', 'Constitution', 'Decree', 'Statute', 'Ordinance', 'Plan', 'Initiative', 'Report', 'Award', 'Prize', 'Cup', 'Games', 'Olympics', 'War', 'Revolution', 'Conference', 'Summit', 'Forum', 'Festival', 'Championship', 'Election', 'Elections'], type: 'other', reason: 'laws, treaties, documents and events are named things but not bodies or places' },
  { words: ['Chamber', 'Sisters', 'Stichting', 'Fundación', 'Fundação', 'Stiftung', 'Société', 'Compagnie', 'Empresa', 'Grupo', 'Gruppo', 'Banco', 'Banque', 'Ministerio', 'Ministère', 'Ministero', 'Tribunal', 'Studio', 'Verein', 'Vereniging', 'Laboratory', 'Laboratories', 'Laboratoire', 'Laboratorio', 'Observatory', 'Observatoire', 'Agence', 'Autorité', 'Autoridad', 'Instituto', 'Institut', 'Universidad', 'Université', 'Universiteit', 'Universität', 'Università'], type: 'organization', reason: 'bodies named in other languages or by their members' },
  { words: ['Province', 'Region', 'District', 'County', 'Governorate', 'Oblast', 'Prefecture', 'Municipality', 'Valley', 'River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Island', 'Islands', 'Peninsula', 'Strait', 'Coast', 'Desert', 'Mountains', 'Mount', 'Hills', 'Heights', 'Plateau', 'Oasis', 'Republic', 'Kingdom', 'Emirate', 'Sultanate', 'Territories'], type: 'location', reason: 'places named by their kind' },
];

/** A lower-case word after a single capitalised word that marks it as a place ("the Sahel region"). */
export const PLACE_NOUNS_AFTER = new Set(['region', 'regions', 'province', 'provinces', 'district', 'districts', 'county', 'city', 'town', 'village', 'area', 'valley', 'river', 'desert', 'border', 'coast', 'governorate', 'state', 'capital', 'mountains', 'oasis', 'island', 'port', 'neighbourhood', 'neighborhood', 'suburb']);

/** A lower-case noun just before a name that says it is a body ("the group Toza Suv", "the firm Hartmann"). */
export const ORG_NOUNS_BEFORE = new Set(['group', 'company', 'firm', 'organisation', 'organization', 'ngo', 'charity', 'agency', 'newspaper', 'daily', 'broadcaster', 'bank', 'party', 'movement', 'militia', 'consortium', 'conglomerate', 'subsidiary', 'contractor', 'operator', 'lender', 'insurer', 'airline', 'outlet', 'magazine', 'network', 'foundation', 'association', 'union', 'coalition', 'watchdog', 'regulator', 'shipowner', 'carrier', 'supplier', 'manufacturer', 'developer', 'publisher', 'broadcaster']);

/** A lower-case noun just after a name that says it is a body ("the Bonyad Mostazafan foundation"). */
export const ORG_NOUNS_AFTER = new Set(['foundation', 'group', 'company', 'party', 'movement', 'militia', 'network', 'agency', 'newspaper', 'bank', 'firm', 'charity', 'organisation', 'organization', 'cartel', 'gang', 'brigade', 'consortium', 'conglomerate', 'ngo', 'syndicate', 'faction', 'union', 'coalition', 'holding', 'subsidiary']);

/** A lower-case word before an unknown single name that makes it a place ("near Tiji", "in Tarkwa"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'towards', 'via']);

/** A lower-case word after an unknown name that makes the two a facility ("Boughar prison", "Evin prison"). */
export const FACILITY_NOUNS_AFTER = new Set(['prison', 'jail', 'penitentiary', 'hotel', 'airport', 'airbase', 'street', 'avenue', 'road', 'boulevard', 'camp', 'barracks', 'base', 'stadium', 'mosque', 'hospital', 'refinery', 'bridge', 'square', 'harbour', 'harbor', 'complex', 'compound', 'wharf', 'station', 'terminal', 'plant', 'wing', 'depot', 'warehouse', 'pier', 'quay', 'jetty', 'dock', 'checkpoint', 'mine', 'field', 'oilfield']);
/** One lower-case word that may stand between such a name and its noun ("Zintara oil complex"). */
export const FACILITY_MODIFIERS = new Set(['oil', 'gas', 'military', 'detention', 'police', 'power', 'railway', 'train', 'bus', 'container', 'naval', 'air', 'army', 'border', 'water', 'desalination', 'cement', 'steel', 'gold', 'copper', 'coal', 'fishing', 'ferry', 'prison', 'security']);

/** Words before a name that make it a person's and are not part of the name ("Mr Usmonov", "King Abdullah II"). */
export const TITLE_RULES: Array<{ words: string[]; reason: string }> = [
  { words: ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Mme', 'Mlle', 'Herr', 'Frau', 'Señor', 'Senor', 'Sra', 'Doña', 'Maître', 'Maitre', 'Me', 'Dott', 'Avv', 'Ing'], reason: 'courtesy, academic and professional titles' },
  { words: ['Alhaji', 'Alhaja', 'Alhaj', 'Hadj', 'Hadji', 'Hajja', 'Sayyid', 'Sayed', 'Syed', 'Mawlawi', 'Maulana', 'Oba'], reason: 'honorifics of Muslim and West African usage' },
  { words: ['King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Sultan', 'Emir', 'Amir', 'Sheikh', 'Shaikh', 'Sheik', 'Tsar', 'Czar', 'Shah', 'Crown', 'Duke', 'Duchess', 'Count', 'Baron'], reason: 'royal and noble titles' },
  { words: ['President', 'Vice', 'Premier', 'Chancellor', 'Minister', 'Senator', 'Sen', 'Governor', 'Gov', 'Mayor', 'Ambassador', 'Consul', 'Deputy', 'Secretary', 'Speaker', 'Commissioner', 'Councillor', 'Congressman', 'Congresswoman', 'MP', 'Rep', 'Representative', 'Prime', 'Foreign', 'Interior', 'Defence', 'Defense', 'Finance', 'Justice', 'State', 'Home'], reason: 'offices held ("Secretary of State", "Home Secretary")' },
  { words: ['General', 'Gen', 'Colonel', 'Col', 'Major', 'Maj', 'Captain', 'Capt', 'Lieutenant', 'Lt', 'Sergeant', 'Sgt', 'Corporal', 'Cpl', 'Private', 'Pte', 'Admiral', 'Adm', 'Commander', 'Cmdr', 'Brigadier', 'Marshal', 'Field', 'Commandant'], reason: 'military ranks' },
  { words: ['Judge', 'Prosecutor', 'Attorney', 'Inspector', 'Detective', 'Det', 'Superintendent', 'Officer', 'Agent', 'Chief', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Spokesman', 'Spokeswoman', 'Lawyer', 'Counsel'], reason: 'legal, police and corporate roles' },
  { words: ['Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Reverend', 'Rev', 'Father', 'Fr', 'Pastor', 'Rabbi', 'Imam', 'Ayatollah', 'Mullah', 'Mufti', 'Hojatoleslam', 'Haji', 'Hajji', 'Caliph', 'Patriarch'], reason: 'religious titles' },
];

/** Connecting words allowed inside a name between capitalised words, and when. */
export const NAME_CONNECTORS = new Set(['es', 'ez', 'am', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'des', 'da', 'di', 'dos', 'das', 'do', 'y', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'ter', 'ten', 'zu', 'abu', 'bou', 'ould', 'ag', 'ait']);
/** These join only inside organisation and place names ("Group for Justice and Reform", "Al-Qaeda in the Arabian Peninsula"). */
export const ORG_CONNECTORS = new Set(['of', 'for', 'in', 'to', 'and', 'on', 'the', '&', 'against', 'at', 'et', 'und', 'e']);

/** Capitalised words that are never names on their own, whatever the corpus says. */
export const NEVER_NAMES: Array<{ words: string[]; reason: string }> = [
  { words: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'], reason: 'months' },
  { words: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], reason: 'days of the week' },
  { words: ['I', 'He', 'She', 'It', 'We', 'They', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Its', 'This', 'That', 'These', 'Those', 'There', 'Here'], reason: 'pronouns and determiners' },
  { words: ['Document', 'Documents', 'Article', 'Section', 'Chapter', 'Annex', 'Page', 'Figure', 'Table', 'Note', 'Source', 'Sources', 'Update', 'Editor', 'Photo', 'Video', 'Read', 'More', 'Related', 'Advertisement', 'Copyright', 'Background', 'Summary', 'Contents', 'Appendix', 'Transcript', 'Correction', 'Disclaimer'], reason: 'words that label parts of a document' },
  { words: ['Former', 'Late', 'Then', 'Now', 'Also', 'However', 'Meanwhile', 'According', 'Unfortunately', 'Yesterday', 'Today', 'Tomorrow'], reason: 'adverbs and modifiers that open sentences' },
  { words: ['Hi', 'Hello', 'Dear', 'Thanks', 'Thank', 'Regards', 'Cheers', 'Best', 'Sincerely', 'Yours', 'Attn', 'Re', 'RE', 'Fwd', 'FW', 'Cc', 'CC', 'Bcc', 'Subject', 'Sent', 'Date', 'Dear all'], reason: 'greetings and e-mail header words' },
  { words: ['About', 'After', 'Before', 'During', 'Under', 'Since', 'When', 'While', 'As', 'If', 'But', 'And', 'Or', 'So', 'Although', 'Because', 'With', 'Without', 'By', 'From', 'For', 'At', 'On', 'Into', 'To', 'Over', 'Between', 'Among', 'Against', 'Despite', 'Through', 'Via', 'Unlike', 'Like', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Several', 'No', 'Not', 'Only', 'Even', 'Why', 'What', 'Who', 'Where', 'How', 'Which', 'Whose', 'Whom', 'Once', 'Until', 'Unless', 'Whether', 'Yes', 'Ok', 'OK'], reason: 'function words that open sentences and headlines' },
  { words: ['Islam', 'Christianity', 'Judaism', 'God', 'Allah', 'Internet', 'Web', 'Covid', 'COVID'], reason: 'religions and common proper nouns that are not entities here' },
];

const HEAD_BY_WORD = new Map<string, KeywordRule>(HEAD_WORDS.flatMap((r) => r.words.map((w) => [w, r] as const)));

/** A word written in capitals ("MINISTRY") as the lists spell it ("Ministry"). */
function unshouted(word: string): string | null {
  if (word.length < 2) return null;
  // Cheap look at the second letter first: most words are not in capitals.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return null;
  return word === word.toUpperCase() && word !== word.toLowerCase() ? titleCase(word) : null;
}

/** The keyword rules by word; a trailing dot ("LLP.") or capitals ("MINISTRY") do not matter. */
export const HEAD_TYPE = {
  get(word: string): KeywordRule | undefined {
    const found = HEAD_BY_WORD.get(word) ?? (word.endsWith('.') ? HEAD_BY_WORD.get(word.slice(0, -1)) : undefined);
    const calm = found ? null : unshouted(word);
    return found ?? (calm ? HEAD_BY_WORD.get(calm) : undefined);
  },
  has(word: string): boolean {
    return this.get(word) !== undefined;
  },
};
export const TITLES = new Set(TITLE_RULES.flatMap((r) => r.words));
/** Titles only ever put before a person's name: the word after one is a surname, even an ordinary word ("Mr Park"). */
export const COURTESY_TITLES = new Set(TITLE_RULES[0].words);
const NEVER_WORDS = new Set(NEVER_NAMES.flatMap((r) => r.words));
export const NEVER = {
  has(word: string): boolean {
    const calm = unshouted(word);
    return NEVER_WORDS.has(word) || (calm !== null && NEVER_WORDS.has(calm));
  },
};
/** Of those, the ones that may end an organisation's name ("... Restoring Historical Documents"). */
export const DOCUMENT_WORDS = new Set(NEVER_NAMES.find((r) => r.reason.startsWith('words that label'))?.words);
