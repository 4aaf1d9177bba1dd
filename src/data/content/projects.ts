// Source: seeds 003_8b122cb04296d7ae.txt (ADMin4ALL) and 002_08dfaef2fa9ee316.txt (Migration and Development), IOM Italy pages.
import type { Project } from '../schema.js';

export const projects: readonly Project[] = [
  {
    id: 'admin4all',
    title: {
      en: 'ADMin4ALL – Supporting the social inclusion of vulnerable migrants in Europe',
      it: 'ADMin4ALL – Supporto all’inclusione sociale dei migranti vulnerabili in Europa',
    },
    summary: {
      en: 'ADMin4ALL helped local governments build sustainable strategies and inclusive services for the social and economic integration of migrants. Its second phase worked with municipalities in seven EU countries to make their social services more accessible to vulnerable migrants and refugees.',
      it: 'ADMin4ALL ha aiutato le amministrazioni locali a costruire strategie sostenibili e servizi inclusivi per l’integrazione sociale ed economica dei migranti. La seconda fase ha coinvolto comuni di sette paesi dell’UE, per rendere i loro servizi sociali più accessibili a migranti e rifugiati vulnerabili.',
    },
    status: 'concluded',
    organizations: ['iom'],
    countries: [
      { code: 'IT' },
      { code: 'AT' },
      { code: 'PL' },
      { code: 'RO' },
      { code: 'ES' },
      { code: 'GR' },
      { code: 'MT' },
    ],
    figures: [
      {
        value: 35,
        atLeast: true,
        label: { en: 'municipalities in phase II', it: 'comuni nella seconda fase' },
      },
      {
        value: 7,
        label: { en: 'EU countries', it: 'paesi dell’UE' },
      },
    ],
    activities: [
      {
        en: 'Training on migration and intercultural skills for municipal social-service staff and other local service providers, public and private.',
        it: 'Formazione su migrazione e competenze interculturali per il personale dei servizi sociali comunali e per altri erogatori di servizi locali, pubblici e privati.',
      },
      {
        en: 'Better coordination between the municipal departments involved in integration, and with the other local stakeholders that provide inclusion services.',
        it: 'Un coordinamento più forte tra gli uffici comunali che si occupano di integrazione e con gli altri attori locali che offrono servizi di inclusione.',
      },
      {
        en: 'Peer consultations and exchange visits at European level to share experience and good practice, and research on integration services and social innovation.',
        it: 'Consultazioni e visite di scambio tra pari a livello europeo per condividere esperienze e buone pratiche, e ricerche sui servizi di integrazione e sull’innovazione sociale.',
      },
    ],
    resources: [
      {
        title: {
          en: 'Strengthening the capacity of local authorities for the socio-economic inclusion of vulnerable migrants',
          it: 'Rafforzare le capacità degli enti locali per l’inclusione socio economica dei migranti vulnerabili',
        },
        languages: ['it', 'en', 'de', 'pl', 'ro'],
      },
    ],
    contact: 'integration-italy',
  },
  {
    id: 'migration-and-development',
    title: {
      en: 'Migration and Development',
      it: 'Migrazione e Sviluppo',
    },
    summary: {
      en: 'IOM Italy’s Migration and Development programme treats migrants as actors of development for both their countries of origin and of destination. It builds on their skills and on the flow of ideas and resources between countries, in line with the priorities of Italian Development Cooperation.',
      it: 'Il programma Migrazione e Sviluppo dell’OIM Italia vede nei migranti dei protagonisti dello sviluppo, sia per i paesi di origine sia per quelli di destinazione. Valorizza le loro competenze e la circolazione di idee e risorse tra paesi, in coerenza con le priorità della Cooperazione Italiana allo Sviluppo.',
    },
    status: 'active',
    organizations: ['iom'],
    countries: [{ code: 'IT' }],
    activities: [
      {
        en: 'Strengthening migrant associations through tailored training.',
        it: 'Rafforzamento delle associazioni di migranti con percorsi formativi su misura.',
      },
      {
        en: 'Supporting migrants’ productive investment and the creation of small and medium enterprises.',
        it: 'Sostegno agli investimenti produttivi dei migranti e alla nascita di piccole e medie imprese.',
      },
      {
        en: 'Building skills through circular migration and apprenticeships that open the way to employment.',
        it: 'Acquisizione di competenze grazie alla migrazione circolare e a periodi di apprendistato che favoriscono l’inserimento lavorativo.',
      },
      {
        en: 'Working with local authorities to build migration into local planning, such as development plans and sectoral policies.',
        it: 'Collaborazione con le autorità locali per includere la migrazione nella pianificazione del territorio, come piani di sviluppo e politiche settoriali.',
      },
    ],
    contact: 'migration-development-italy',
  },
];
