// Source: seeds 003_8b122cb04296d7ae.txt (ADMin4ALL) and 002_08dfaef2fa9ee316.txt (Migration and Development), IOM Italy pages.
import type { Project } from '../../schema.js';

const project: Project = {
  id: 'migration-and-development',
  title: {
    en: 'Migration and Development',
    it: 'Migrazione e Sviluppo',
    fr: 'Migration et développement',
    es: 'Migración y Desarrollo',
  },
  summary: {
    en: 'IOM Italy’s Migration and Development programme treats migrants as actors of development for both their countries of origin and of destination. It builds on their skills and on the flow of ideas and resources between countries, in line with the priorities of Italian Development Cooperation.',
    it: 'Il programma Migrazione e Sviluppo dell’OIM Italia vede nei migranti dei protagonisti dello sviluppo, sia per i paesi di origine sia per quelli di destinazione. Valorizza le loro competenze e la circolazione di idee e risorse tra paesi, in coerenza con le priorità della Cooperazione Italiana allo Sviluppo.',
    fr: 'Le programme Migration et développement de l’OIM Italie considère les migrants comme des acteurs du développement, tant pour leur pays d’origine que pour leur pays de destination. Il s’appuie sur leurs compétences et sur la circulation des idées et des ressources entre les pays, conformément aux priorités de la Coopération italienne au développement.',
    es: 'El programa Migración y Desarrollo de la OIM Italia considera a los migrantes actores del desarrollo, tanto de sus países de origen como de los de destino. Aprovecha sus competencias y la circulación de ideas y recursos entre países, en consonancia con las prioridades de la Cooperación Italiana al Desarrollo.',
  },
  status: 'active',
  organizations: ['iom'],
  countries: [{ code: 'IT' }],
  activities: [
    {
      en: 'Strengthening migrant associations through tailored training.',
      it: 'Rafforzamento delle associazioni di migranti con percorsi formativi su misura.',
      fr: 'Renforcement des associations de migrants grâce à des formations sur mesure.',
      es: 'Fortalecimiento de las asociaciones de migrantes mediante formación a medida.',
    },
    {
      en: 'Supporting migrants’ productive investment and the creation of small and medium enterprises.',
      it: 'Sostegno agli investimenti produttivi dei migranti e alla nascita di piccole e medie imprese.',
      fr: 'Soutien aux investissements productifs des migrants et à la création de petites et moyennes entreprises.',
      es: 'Apoyo a la inversión productiva de los migrantes y a la creación de pequeñas y medianas empresas.',
    },
    {
      en: 'Building skills through circular migration and apprenticeships that open the way to employment.',
      it: 'Acquisizione di competenze grazie alla migrazione circolare e a periodi di apprendistato che favoriscono l’inserimento lavorativo.',
      fr: 'Acquisition de compétences grâce à la migration circulaire et à des apprentissages qui ouvrent la voie à l’emploi.',
      es: 'Adquisición de competencias mediante la migración circular y períodos de aprendizaje que abren el camino al empleo.',
    },
    {
      en: 'Working with local authorities to build migration into local planning, such as development plans and sectoral policies.',
      it: 'Collaborazione con le autorità locali per includere la migrazione nella pianificazione del territorio, come piani di sviluppo e politiche settoriali.',
      fr: 'Collaboration avec les autorités locales pour intégrer la migration dans la planification locale, comme les plans de développement et les politiques sectorielles.',
      es: 'Colaboración con las autoridades locales para incorporar la migración a la planificación local, como los planes de desarrollo y las políticas sectoriales.',
    },
  ],
  contact: 'migration-development-italy',
};

export default project;
