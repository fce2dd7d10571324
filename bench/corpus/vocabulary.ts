/** Word lists the benchmark corpus is built from: names from many regions, bodies, places, phrases. */
export const GIVEN: Record<string, string[]> = {
  arabic: ['Karim', 'Youssef', 'Samira', 'Tariq', 'Leila', 'Hamza', 'Nadia', 'Walid', 'Rachid', 'Amina', 'Faisal', 'Mounir'],
  persian: ['Dariush', 'Shirin', 'Babak', 'Parisa', 'Kourosh', 'Mahnaz', 'Reza', 'Golnar'],
  russian: ['Dmitri', 'Yelena', 'Sergei', 'Oksana', 'Viktor', 'Irina', 'Arkady', 'Tatiana'],
  chinese: ['Wei', 'Lin', 'Jian', 'Mei', 'Hao', 'Xiu', 'Peng', 'Yan'],
  dutch: ['Maarten', 'Sanne', 'Joost', 'Femke', 'Bram', 'Lotte', 'Wouter', 'Ilse'],
  spanish: ['Alejandro', 'Lucía', 'Mateo', 'Valentina', 'Rodrigo', 'Camila', 'Esteban', 'Paloma'],
  african: ['Chinedu', 'Amara', 'Kwame', 'Wanjiru', 'Tendai', 'Folasade', 'Kofi', 'Zanele'],
  southasian: ['Arjun', 'Priya', 'Imran', 'Sunita', 'Vikram', 'Farah', 'Rohan', 'Anjali'],
};

export const FAMILY: Record<string, string[]> = {
  arabic: ['Haddad', 'al-Masri', 'Benali', 'El Amrani', 'Bouzid', 'al-Khatib', 'Mansour', 'Chaouki'],
  persian: ['Tehrani', 'Karimi', 'Farahani', 'Rostami', 'Hosseini', 'Moradi'],
  russian: ['Sokolov', 'Morozova', 'Volkov', 'Lebedev', 'Orlova', 'Kuznetsov'],
  chinese: ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Wu'],
  dutch: ['de Graaf', 'van Dijk', 'Bakker', 'Visser', 'van den Berg', 'Mulder'],
  spanish: ['García Ortega', 'Fuentes', 'Salazar', 'Herrera Vidal', 'Navarro', 'Castillo'],
  african: ['Okonkwo', 'Mensah', 'Kamau', 'Adeyemi', 'Moyo', 'Diallo'],
  southasian: ['Sharma', 'Qureshi', 'Reddy', 'Chaudhry', 'Iyer', 'Malik'],
};

export const TITLES = ['Mr', 'Ms', 'Dr', 'Colonel', 'Judge', 'Minister', 'Professor'];

export const ORG_HEADS = ['Ministry of', 'Directorate for', 'Committee on', 'Bank of', 'Authority for', 'Office of'];
export const ORG_TOPICS = ['Maritime Security', 'Public Works', 'Energy Supply', 'Internal Affairs', 'Customs and Excise', 'Port Logistics'];
export const COMPANY_STEMS = ['Nordwind', 'Solara', 'Kestrel', 'Baltica', 'Meridian', 'Orontes', 'Tamarind', 'Halcyon'];
export const COMPANY_FORMS = ['Holdings B.V.', 'Trading LLC', 'Shipping Ltd', 'Capital AG', 'Logistics S.A.', 'Partners LLP'];

export const PLACES = [
  'Rotterdam', 'Casablanca', 'Almaty', 'Lagos', 'Karachi', 'Valparaíso', 'Tbilisi', 'Mombasa', 'Dubai',
  'Limassol', 'Istanbul', 'Shenzhen', 'Antwerp', 'Beirut', 'Nairobi', 'Marseille',
];
export const COUNTRIES = ['Morocco', 'Kazakhstan', 'Nigeria', 'Pakistan', 'Chile', 'Georgia', 'Kenya', 'Cyprus', 'Turkey', 'China'];
export const FACILITIES = ['Hotel Meridien', 'Port of Tema', 'Evin Prison', 'Harbour Street', 'Ataturk Airport', 'Grand Palace Hotel'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const DOC_NOUNS = ['memo', 'letter', 'report', 'contract', 'invoice', 'cable'];
export const SPEECH = ['said', 'told reporters', 'confirmed', 'wrote in a statement', 'insisted'];
export const ANONYMOUS = ['people familiar with the matter', 'two officials who asked not to be named', 'observers', 'sources close to the investigation'];
export const LOADED = ['a shameful betrayal', 'a criminal gang', 'beyond any doubt', 'every patriot knows', 'a disgraceful cover-up', 'ruthless profiteers'];
export const VERBS = ['met', 'paid', 'signed an agreement with', 'transferred funds to', 'visited', 'wrote to'];
export const SUBJECTS = [
  'the tender for the new container terminal', 'a dredging contract', 'the sale of two patrol boats',
  'a consultancy agreement', 'the rights to a gas field', 'a loan guarantee',
];
