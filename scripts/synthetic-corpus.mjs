// Writes a synthetic content folder shaped like IOM's real volume, to measure and test the
// content build at scale: news in English, French, Spanish and Italian (some in one language,
// some in several), projects in countries across the world, partnerships of about ten milestones,
// contacts and organisations, every reference valid. The same seed gives the same folder.
//
//   node scripts/synthetic-corpus.mjs --out <dir> [--seed 1] [--news 10000] [--projects 500]
//        [--partnerships 200] [--contacts 300] [--organizations 1000]
//   node scripts/synthetic-corpus.mjs --out <dir> --test      1,000 records, for the checks
//   node scripts/synthetic-corpus.mjs --out <dir> --with content
//        the records of another content folder too (the built-in ones, so that the pages that
//        name them can be measured on the corpus); a synthetic record with the same id as one of
//        them (the organisation iom) gives way to it
//
// <dir> is replaced. Synthetic news is dated 2015 to 2025, so that with the built-in news (2024
// and undated) the newest, at the top of a list, are synthetic: a first page at scale is full.
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import iso3166 from 'iso-3166-1';

const full = { news: 10_000, projects: 500, partnerships: 200, contacts: 300, organizations: 1000 };
const test = { news: 600, projects: 100, partnerships: 50, contacts: 50, organizations: 200 };

const { values: options } = parseArgs({
  options: {
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    test: { type: 'boolean', default: false },
    with: { type: 'string' },
    ...Object.fromEntries(Object.keys(full).map((kind) => [kind, { type: 'string' }])),
  },
});
if (!options.out) {
  console.error('usage: node scripts/synthetic-corpus.mjs --out <dir> [--seed n] [--test] [--with <content folder>] [--news n] [--projects n] [--partnerships n] [--contacts n] [--organizations n]');
  process.exit(2);
}
const sizes = Object.fromEntries(Object.entries(options.test ? test : full).map(([kind, size]) => [kind, Number(options[kind] ?? size)]));

/** Mulberry32: a small, fast pseudo-random generator, the same numbers for the same seed. */
const randomFrom = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const random = randomFrom(Number(options.seed));
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (probability) => random() < probability;
/** `count` different items of `list`. */
const some = (list, count) => {
  const chosen = new Set();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
  return [...chosen];
};

const languages = ['en', 'fr', 'es', 'it'];
/** Words to make sentences of, in each language: subjects, verbs, objects and places. */
const words = {
  en: {
    subject: ['IOM', 'The partners', 'The project team', 'Local authorities', 'Volunteers', 'The mission'],
    verb: ['supported', 'trained', 'welcomed', 'assisted', 'reached', 'equipped'],
    object: ['migrant families', 'young people', 'health workers', 'returning migrants', 'displaced communities', 'border officials'],
    extra: ['with cash assistance', 'through language courses', 'in cooperation with local partners', 'after the floods', 'with job training', 'in reception centres'],
    title: ['New support for', 'Training for', 'Emergency response for', 'A new programme for', 'Partnership to help', 'Results of the work with'],
  },
  fr: {
    subject: ['L’OIM', 'Les partenaires', 'L’équipe du projet', 'Les autorités locales', 'Les bénévoles', 'La mission'],
    verb: ['a soutenu', 'a formé', 'a accueilli', 'a aidé', 'a atteint', 'a équipé'],
    object: ['des familles migrantes', 'des jeunes', 'des agents de santé', 'des migrants de retour', 'des communautés déplacées', 'des agents des frontières'],
    extra: ['grâce à une aide en espèces', 'par des cours de langue', 'avec des partenaires locaux', 'après les inondations', 'par une formation professionnelle', 'dans des centres d’accueil'],
    title: ['Nouveau soutien pour', 'Formation pour', 'Réponse d’urgence pour', 'Un nouveau programme pour', 'Partenariat pour aider', 'Résultats du travail avec'],
  },
  es: {
    subject: ['La OIM', 'Los socios', 'El equipo del proyecto', 'Las autoridades locales', 'Los voluntarios', 'La misión'],
    verb: ['apoyó a', 'capacitó a', 'acogió a', 'asistió a', 'llegó a', 'equipó a'],
    object: ['familias migrantes', 'jóvenes', 'trabajadores de la salud', 'migrantes retornados', 'comunidades desplazadas', 'funcionarios de fronteras'],
    extra: ['con asistencia en efectivo', 'mediante cursos de idiomas', 'junto con socios locales', 'tras las inundaciones', 'con formación laboral', 'en centros de acogida'],
    title: ['Nuevo apoyo para', 'Formación para', 'Respuesta de emergencia para', 'Un nuevo programa para', 'Alianza para ayudar a', 'Resultados del trabajo con'],
  },
  it: {
    subject: ['L’OIM', 'I partner', 'Il gruppo di progetto', 'Le autorità locali', 'I volontari', 'La missione'],
    verb: ['ha sostenuto', 'ha formato', 'ha accolto', 'ha assistito', 'ha raggiunto', 'ha equipaggiato'],
    object: ['famiglie migranti', 'giovani', 'operatori sanitari', 'migranti di ritorno', 'comunità sfollate', 'funzionari di frontiera'],
    extra: ['con assistenza in denaro', 'con corsi di lingua', 'insieme a partner locali', 'dopo le alluvioni', 'con formazione al lavoro', 'nei centri di accoglienza'],
    title: ['Nuovo sostegno per', 'Formazione per', 'Risposta all’emergenza per', 'Un nuovo programma per', 'Partenariato per aiutare', 'Risultati del lavoro con'],
  },
};
const sentence = (language, place) => {
  const w = words[language];
  return `${pick(w.subject)} ${pick(w.verb)} ${between(20, 9000)} ${pick(w.object)} ${pick(w.extra)} (${place}).`;
};
/** A text in each of `textLanguages`, made by `make(language)`. */
const localized = (textLanguages, make) => Object.fromEntries(textLanguages.map((language) => [language, make(language)]));
/** The languages of a record: English most often, and often several. */
const languagesOfRecord = () => {
  const chosen = languages.filter((language) => chance(language === 'en' ? 0.8 : 0.45));
  return chosen.length ? chosen : [pick(languages)];
};
const displayNames = Object.fromEntries(languages.map((language) => [language, new Intl.DisplayNames([language], { type: 'region' })]));
const countries = iso3166.all().map((country) => country.alpha2).filter((code) => displayNames.en.of(code) !== code);
const countryName = (language, code) => displayNames[language].of(code);
const pad = (number, width = 4) => String(number).padStart(width, '0');
const partialDate = () => {
  const year = between(2015, 2025);
  if (chance(0.05)) return `${year}`;
  const month = pad(between(1, 12), 2);
  return chance(0.1) ? `${year}-${month}` : `${year}-${month}-${pad(between(1, 28), 2)}`;
};

const organizationWords = {
  kind: { en: ['Foundation', 'Association', 'Council', 'Network', 'Institute', 'Alliance'], fr: ['Fondation', 'Association', 'Conseil', 'Réseau', 'Institut', 'Alliance'], es: ['Fundación', 'Asociación', 'Consejo', 'Red', 'Instituto', 'Alianza'], it: ['Fondazione', 'Associazione', 'Consiglio', 'Rete', 'Istituto', 'Alleanza'] },
  topic: { en: ['for Migrants', 'for Refugees', 'for Health', 'for Education', 'for Development', 'for Work'], fr: ['pour les migrants', 'pour les réfugiés', 'pour la santé', 'pour l’éducation', 'pour le développement', 'pour le travail'], es: ['para los Migrantes', 'para los Refugiados', 'para la Salud', 'para la Educación', 'para el Desarrollo', 'para el Trabajo'], it: ['per i Migranti', 'per i Rifugiati', 'per la Salute', 'per l’Istruzione', 'per lo Sviluppo', 'per il Lavoro'] },
};

const records = { organizations: [], contacts: [], projects: [], news: [], partnerships: [] };

records.organizations.push({
  id: 'iom',
  name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations', es: 'Organización Internacional para las Migraciones', it: 'Organizzazione Internazionale per le Migrazioni' },
  acronym: { en: 'IOM', fr: 'OIM', es: 'OIM', it: 'OIM' },
  founded: 1951,
});
for (let n = 1; records.organizations.length < sizes.organizations; n++) {
  const kind = between(0, 5);
  const topic = between(0, 5);
  const country = pick(countries);
  records.organizations.push({
    id: `org-${pad(n)}`,
    name: localized(languages, (language) => `${organizationWords.kind[language][kind]} ${organizationWords.topic[language][topic]} – ${countryName(language, country)}`),
    ...(chance(0.5) && { founded: between(1900, 2020) }),
    ...(chance(0.7) && { url: `https://org-${pad(n)}.example.org/` }),
  });
}
const organizationIds = records.organizations.map((organization) => organization.id);
const partnerIds = organizationIds.slice(1);

for (let n = 1; n <= sizes.contacts; n++) {
  const country = pick(countries);
  const textLanguages = languagesOfRecord();
  records.contacts.push({
    id: `contact-${pad(n)}`,
    organization: chance(0.7) ? 'iom' : pick(partnerIds),
    unit: localized(textLanguages, (language) => `${pick(words[language].object)} – ${countryName(language, country)}`),
    office: localized(textLanguages, (language) => countryName(language, country)),
    email: `contact-${pad(n)}@example.org`,
    phone: `+39${between(100000000, 999999999)}`,
  });
}
const contactIds = records.contacts.map((contact) => contact.id);

for (let n = 1; n <= sizes.projects; n++) {
  const projectCountries = some(countries, chance(0.6) ? 1 : between(2, 12));
  const textLanguages = languagesOfRecord();
  const place = (language) => projectCountries.map((code) => countryName(language, code)).join(', ');
  records.projects.push({
    id: `project-${pad(n)}`,
    title: localized(textLanguages, (language) => `${pick(words[language].title)} ${pick(words[language].object)} – ${countryName(language, projectCountries[0])}`),
    summary: localized(textLanguages, (language) => [sentence(language, place(language)), sentence(language, place(language))].join(' ')),
    status: pick(['planned', 'active', 'active', 'concluded']),
    organizations: ['iom', ...some(partnerIds, between(0, 3))],
    countries: projectCountries.map((code) => ({ code })),
    figures: [{ value: between(100, 100000), label: localized(textLanguages, (language) => pick(words[language].object)) }],
    ...(chance(0.8) && { contact: pick(contactIds) }),
  });
}
const projectIds = records.projects.map((project) => project.id);

for (let n = 1; n <= sizes.news; n++) {
  const textLanguages = languagesOfRecord();
  const newsCountries = chance(0.5) ? some(countries, between(1, 2)) : [];
  const projects = chance(0.3) ? [pick(projectIds)] : [];
  const place = (language) => (newsCountries.length ? countryName(language, newsCountries[0]) : pick(words[language].object));
  const date = chance(0.98) ? partialDate() : undefined;
  records.news.push({
    id: `news-${pad(n, 5)}`,
    title: localized(textLanguages, (language) => `${pick(words[language].title)} ${pick(words[language].object)} ${pick(words[language].extra)}`),
    summary: localized(textLanguages, (language) => Array.from({ length: between(2, 4) }, () => sentence(language, place(language))).join(' ')),
    ...(date && { date }),
    ...(newsCountries.length && { place: localized(textLanguages, (language) => countryName(language, newsCountries[0])) }),
    organizations: chance(0.8) ? ['iom', ...some(partnerIds, between(0, 2))] : some(partnerIds, between(1, 2)),
    ...(newsCountries.length && { countries: newsCountries }),
    ...(projects.length && { projects }),
    ...(chance(0.4) && { figures: [{ value: between(10, 5_000_000), ...(chance(0.3) && { currency: 'USD' }), approximate: chance(0.5), label: localized(textLanguages, (language) => pick(words[language].object)) }] }),
    url: `https://news.example.org/${date?.slice(0, 4) ?? 'undated'}/news-${pad(n, 5)}`,
    source: { en: 'IOM News' },
  });
}
const newsIds = records.news.map((news) => news.id);

for (let n = 1; n <= sizes.partnerships; n++) {
  const partner = partnerIds[n % partnerIds.length];
  const textLanguages = languagesOfRecord();
  const startYear = between(2010, 2020);
  records.partnerships.push({
    id: `partnership-${pad(n)}`,
    organizations: ['iom', partner],
    title: localized(textLanguages, (language) => `${pick(words[language].title)} ${pick(words[language].object)}`),
    milestones: Array.from({ length: between(8, 12) }, (_, index) => ({
      date: `${startYear + index}-${pad(between(1, 12), 2)}`,
      title: localized(textLanguages, (language) => `${pick(words[language].title)} ${pick(words[language].object)}`),
      description: localized(textLanguages, (language) => sentence(language, countryName(language, pick(countries)))),
      ...(chance(0.3) && { people: [{ name: `Person ${n}-${index}`, role: localized(textLanguages, () => 'Director'), organization: pick([partner, 'iom']) }] }),
      ...(chance(0.3) && { news: pick(newsIds) }),
      status: startYear + index > 2025 ? 'upcoming' : 'done',
    })),
  });
}

/** The record files of the content folder `dir`, by kind: each file's name and path. */
const recordFilesOf = async (dir) =>
  Object.fromEntries(
    await Promise.all(
      Object.keys(records).map(async (kind) => {
        const names = await readdir(join(dir, kind)).catch(() => []);
        return [kind, names.filter((name) => name.endsWith('.json')).map((name) => ({ name, path: join(dir, kind, name) }))];
      }),
    ),
  );
const included = options.with ? await recordFilesOf(options.with) : {};

await rm(options.out, { recursive: true, force: true });
let files = 0;
for (const [kind, list] of Object.entries(records)) {
  await mkdir(join(options.out, kind), { recursive: true });
  const schema = `https://unpkg.com/iom-widgets/dist/data/schemas/${kind}.schema.json`;
  const kept = new Set((included[kind] ?? []).map(({ name }) => name));
  const synthetic = list.filter((record) => !kept.has(`${record.id}.json`));
  for (let start = 0; start < synthetic.length; start += 64) {
    await Promise.all(
      synthetic.slice(start, start + 64).map((record) => writeFile(join(options.out, kind, `${record.id}.json`), `${JSON.stringify({ $schema: schema, ...record }, null, 2)}\n`)),
    );
  }
  for (const { name, path } of included[kind] ?? []) await copyFile(path, join(options.out, kind, name));
  records[kind] = synthetic;
  files += synthetic.length + kept.size;
}
const addedFrom = options.with ? `, and ${Object.values(included).reduce((sum, list) => sum + list.length, 0)} of ${options.with}` : '';
console.log(`${options.out}: ${files} record files (${Object.entries(records).map(([kind, list]) => `${list.length} ${kind}`).join(', ')} synthetic${addedFrom}), seed ${options.seed}`);
