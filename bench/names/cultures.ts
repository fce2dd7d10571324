/**
 * Name material per naming tradition for the synthetic watchlist: common given and family names,
 * syllables to invent rarer family names, and the spelling variants that transliteration produces.
 */
export interface Culture {
  name: string;
  share: number;
  given: string[];
  family: string[];
  /** Syllables combined into invented family names (the long tail of real lists). */
  syllables: string[];
  suffixes: string[];
  /** Family name first, as in Chinese, Korean, Vietnamese and Hungarian usage. */
  familyFirst?: boolean;
  /** Middle element: patronymic (Russian), nasab (Arabic), or a second given name. */
  middle?: 'patronymic' | 'nasab' | 'given';
}

export const CULTURES: Culture[] = [
  {
    name: 'arabic', share: 0.22, middle: 'nasab',
    given: ['Mohammed', 'Ahmed', 'Ali', 'Omar', 'Khaled', 'Youssef', 'Ibrahim', 'Hassan', 'Hussein', 'Mahmoud', 'Mustafa', 'Abdelaziz', 'Abdelkader', 'Abdallah', 'Abderrahmane', 'Tarek', 'Karim', 'Nabil', 'Samir', 'Walid', 'Jamal', 'Faisal', 'Hamza', 'Bilal', 'Anas', 'Ziad', 'Rachid', 'Mourad', 'Said', 'Salah', 'Fatima', 'Aisha', 'Khadija', 'Maryam', 'Zainab', 'Layla', 'Nour', 'Amina', 'Salma', 'Hind', 'Yahia', 'Idriss', 'Sofiane', 'Djamel', 'Abdelhamid', 'Mokhtar', 'Othman', 'Suleiman', 'Ismail', 'Yacine'],
    family: ['Al-Masri', 'Haddad', 'Khoury', 'Mansour', 'Nasser', 'Saleh', 'Hamdan', 'Al-Tamimi', 'Al-Harbi', 'Benali', 'Bouazza', 'Belkacem', 'Cherif', 'Mebarki', 'Zerrouki', 'Abou Zeid', 'Ben Youssef', 'Al-Qahtani', 'Al-Shami', 'Darwish', 'El-Sayed', 'Farouk', 'Ghanem', 'Jaber', 'Kassem', 'Makhlouf', 'Rahal', 'Slimani', 'Touati', 'Yassin'],
    syllables: ['bel', 'kha', 'ra', 'dji', 'mou', 'ha', 'za', 'ka', 'ta', 'ous', 'lem', 'nas', 'sa', 'far', 'ja', 'bou', 'ham', 'dal', 'mer', 'chi'],
    suffixes: ['i', 'a', 'ani', 'aoui', 'ouni', 'ari'],
  },
  {
    name: 'persian', share: 0.06, middle: 'given',
    given: ['Hossein', 'Reza', 'Mohammad', 'Ali', 'Mehdi', 'Hassan', 'Qasem', 'Javad', 'Mahmoud', 'Saeed', 'Majid', 'Amir', 'Behrouz', 'Dariush', 'Farhad', 'Kourosh', 'Parisa', 'Maryam', 'Shirin', 'Narges', 'Roya', 'Ladan', 'Babak', 'Omid', 'Kaveh'],
    family: ['Rezaei', 'Ahmadi', 'Hosseini', 'Karimi', 'Mousavi', 'Jafari', 'Rahimi', 'Soleimani', 'Ghorbani', 'Tehrani', 'Shirazi', 'Esfahani', 'Najafi', 'Sadeghi', 'Bagheri', 'Moradi', 'Kazemi', 'Salehi'],
    syllables: ['far', 'had', 'ba', 'beh', 'ro', 'sha', 'ma', 'za', 'de', 'kho', 'gol', 'pour', 'nia', 'rad'],
    suffixes: ['i', 'ian', 'pour', 'zadeh', 'nejad', 'far'],
  },
  {
    name: 'russian', share: 0.12, middle: 'patronymic',
    given: ['Alexander', 'Sergei', 'Vladimir', 'Dmitry', 'Andrei', 'Alexei', 'Mikhail', 'Ivan', 'Nikolai', 'Yuri', 'Oleg', 'Viktor', 'Pavel', 'Igor', 'Boris', 'Evgeny', 'Maxim', 'Anatoly', 'Olga', 'Tatiana', 'Elena', 'Natalia', 'Irina', 'Svetlana', 'Anna', 'Yulia', 'Ekaterina', 'Marina'],
    family: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov', 'Fedorov', 'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov', 'Stepanov', 'Nikolaev', 'Orlov', 'Andreev', 'Makarov', 'Zakharov', 'Gorbachev', 'Voronin', 'Shevchenko', 'Kovalenko', 'Bondarenko'],
    syllables: ['kras', 'bel', 'zhu', 'kov', 'tro', 'mel', 'gri', 'shu', 'dub', 'sor', 'lit', 'ryb', 'kir', 'yak', 'tar', 'chu', 'pas', 'zay'],
    suffixes: ['ov', 'ev', 'in', 'sky', 'enko', 'chuk', 'ovich'],
  },
  {
    name: 'chinese', share: 0.1, familyFirst: true,
    given: ['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Jun', 'Yan', 'Hui', 'Qiang', 'Ping', 'Gang', 'Xiu', 'Hong', 'Ming', 'Hua', 'Jian', 'Yong', 'Li', 'Na', 'Tao', 'Bo', 'Chao', 'Xin', 'Yu', 'Zhen', 'Kai', 'Lin', 'Qing', 'Dong', 'Feng'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Deng', 'Han', 'Feng', 'Cao', 'Peng'],
    syllables: [],
    suffixes: [],
  },
  {
    name: 'korean', share: 0.04, familyFirst: true,
    given: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Jong-un', 'Yong-ho', 'Sung-min', 'Hye-jin', 'Dong-hyun', 'Eun-ji', 'Kwang-su', 'Myung-hee', 'Chol', 'Song-il', 'Jae-won'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Ri', 'Pak', 'Ryu'],
    syllables: [],
    suffixes: [],
  },
  {
    name: 'hispanic', share: 0.12, middle: 'given',
    given: ['Jose', 'Juan', 'Carlos', 'Luis', 'Miguel', 'Jorge', 'Pedro', 'Alejandro', 'Fernando', 'Ricardo', 'Diego', 'Javier', 'Maria', 'Ana', 'Carmen', 'Lucia', 'Isabel', 'Sofia', 'Gabriela', 'Valentina', 'Rafael', 'Ernesto', 'Guillermo', 'Joaquin'],
    family: ['Garcia', 'Rodriguez', 'Martinez', 'Lopez', 'Gonzalez', 'Hernandez', 'Perez', 'Sanchez', 'Ramirez', 'Torres', 'Flores', 'Rivera', 'Gomez', 'Diaz', 'Morales', 'Ortiz', 'Castillo', 'Guzman', 'Mendoza', 'Vargas', 'Herrera', 'Medina', 'Aguilar', 'Reyes'],
    syllables: ['val', 'ar', 'men', 'ca', 'ro', 'bel', 'zu', 'ga', 'lo', 'que', 'san', 'to', 'mar', 'ri'],
    suffixes: ['ez', 'es', 'a', 'o', 'ado', 'era'],
  },
  {
    name: 'english', share: 0.1, middle: 'given',
    given: ['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Thomas', 'Charles', 'Daniel', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Susan', 'Sarah', 'Emily', 'Peter', 'George', 'Edward', 'Helen', 'Margaret', 'Andrew'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'Wright', 'Hughes', 'Edwards', 'Turner'],
    syllables: ['ash', 'brook', 'ford', 'ham', 'ley', 'wood', 'well', 'ton', 'field', 'bur', 'ridge', 'mor', 'cot', 'stan'],
    suffixes: ['', 's', 'er', 'by'],
  },
  {
    name: 'european', share: 0.08, middle: 'given',
    given: ['Jean', 'Pierre', 'Michel', 'Philippe', 'Hans', 'Klaus', 'Jurgen', 'Stefan', 'Marco', 'Giuseppe', 'Luca', 'Francesca', 'Giulia', 'Sophie', 'Claire', 'Monika', 'Katarzyna', 'Piotr', 'Tomasz', 'Jan', 'Lars', 'Ingrid', 'Mehmet', 'Mustafa', 'Ayse', 'Emre'],
    family: ['Martin', 'Bernard', 'Dubois', 'Lefebvre', 'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Nowak', 'Kowalski', 'Wisniewski', 'Jansen', 'de Vries', 'van der Berg', 'Yilmaz', 'Kaya', 'Demir', 'Celik', 'Papadopoulos'],
    syllables: ['ber', 'lin', 'hof', 'mann', 'stein', 'ric', 'cel', 'lo', 'ski', 'wicz', 'ogl', 'dem', 'kar', 'ves'],
    suffixes: ['er', 'i', 'ini', 'ski', 'oglu', 'aux'],
  },
  {
    name: 'south-asian', share: 0.08, middle: 'given',
    given: ['Rahul', 'Amit', 'Sanjay', 'Vijay', 'Raj', 'Anil', 'Sunil', 'Priya', 'Anjali', 'Sunita', 'Imran', 'Asif', 'Tariq', 'Zubair', 'Shahid', 'Nasir', 'Farhan', 'Ayesha', 'Sadia', 'Arjun', 'Deepak', 'Ravi'],
    family: ['Sharma', 'Verma', 'Gupta', 'Singh', 'Kumar', 'Patel', 'Shah', 'Mehta', 'Reddy', 'Nair', 'Iyer', 'Khan', 'Qureshi', 'Chaudhry', 'Malik', 'Butt', 'Siddiqui', 'Hussain', 'Rahman', 'Chowdhury'],
    syllables: ['ra', 'ja', 'ban', 'dha', 'pur', 'kar', 'wal', 'sin', 'deo', 'tri', 'mu', 'kh'],
    suffixes: ['i', 'a', 'ia', 'wala', 'kar'],
  },
  {
    name: 'african', share: 0.08, middle: 'given',
    given: ['Kwame', 'Kofi', 'Ama', 'Chinedu', 'Ngozi', 'Oluwaseun', 'Adebayo', 'Emeka', 'Aminata', 'Moussa', 'Ibrahima', 'Mamadou', 'Fatoumata', 'Abdoulaye', 'Jomo', 'Wanjiru', 'Thabo', 'Sipho', 'Nomvula', 'Tendai'],
    family: ['Mensah', 'Okafor', 'Adeyemi', 'Okonkwo', 'Diallo', 'Traore', 'Keita', 'Coulibaly', 'Toure', 'Kamara', 'Kenyatta', 'Mwangi', 'Otieno', 'Nkosi', 'Dlamini', 'Moyo', 'Banda', 'Mutua'],
    syllables: ['ba', 'ko', 'ma', 'nde', 'lu', 'si', 'ka', 'wa', 'ngu', 'mbe', 'ye', 'to', 'zi', 'ola'],
    suffixes: ['', 'a', 'i', 'ye', 'wo'],
  },
];

/** Spelling variants: what another agency or language writes for the same name. */
export const VARIANTS: Array<{ from: RegExp; to: string; reason: string }> = [
  { from: /Mohammed|Mohammad/, to: 'Muhammad', reason: 'Arabic vowels' },
  { from: /ou/, to: 'u', reason: 'French ou for u' },
  { from: /^Abdel/, to: 'Abdul ', reason: 'Abdel/Abdul split' },
  { from: /ov$/, to: 'off', reason: 'French -off' },
  { from: /ev$/, to: 'ew', reason: 'German -ew' },
  { from: /ch/, to: 'tsch', reason: 'German tsch' },
  { from: /Q/, to: 'Gh', reason: 'Persian q/gh' },
  { from: /ei/, to: 'ee', reason: 'ei/ee' },
  { from: /ss/, to: 's', reason: 'doubled letters' },
  { from: /Zh/, to: 'Ch', reason: 'Wade-Giles' },
  { from: /x/, to: 'ks', reason: 'x/ks' },
  { from: /-/, to: '', reason: 'Korean hyphen dropped' },
  { from: /y/, to: 'i', reason: 'y/i' },
  { from: /k/, to: 'q', reason: 'k/q' },
];
