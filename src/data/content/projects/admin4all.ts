// Source: seeds 003_8b122cb04296d7ae.txt (ADMin4ALL) and 002_08dfaef2fa9ee316.txt (Migration and Development), IOM Italy pages.
import type { Project } from '../../schema.js';

const project: Project = {
  id: 'admin4all',
  title: {
    en: 'ADMin4ALL – Supporting the social inclusion of vulnerable migrants in Europe',
    it: 'ADMin4ALL – Supporto all’inclusione sociale dei migranti vulnerabili in Europa',
    fr: 'ADMin4ALL – Soutenir l’inclusion sociale des migrants vulnérables en Europe',
    es: 'ADMin4ALL – Apoyo a la inclusión social de los migrantes vulnerables en Europa',
  },
  summary: {
    en: 'ADMin4ALL helped local governments build sustainable strategies and inclusive services for the social and economic integration of migrants. Its second phase worked with municipalities in seven EU countries to make their social services more accessible to vulnerable migrants and refugees.',
    it: 'ADMin4ALL ha aiutato le amministrazioni locali a costruire strategie sostenibili e servizi inclusivi per l’integrazione sociale ed economica dei migranti. La seconda fase ha coinvolto comuni di sette paesi dell’UE, per rendere i loro servizi sociali più accessibili a migranti e rifugiati vulnerabili.',
    fr: 'ADMin4ALL a aidé les collectivités locales à élaborer des stratégies durables et des services inclusifs pour l’intégration sociale et économique des migrants. Sa deuxième phase a associé des municipalités de sept pays de l’UE afin de rendre leurs services sociaux plus accessibles aux migrants et aux réfugiés vulnérables.',
    es: 'ADMin4ALL ayudó a los gobiernos locales a desarrollar estrategias sostenibles y servicios inclusivos para la integración social y económica de los migrantes. Su segunda fase trabajó con municipios de siete países de la UE para que sus servicios sociales fueran más accesibles para los migrantes y refugiados vulnerables.',
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
      label: {
        en: 'municipalities in phase II',
        it: 'comuni nella seconda fase',
        fr: 'municipalités dans la phase II',
        es: 'municipios en la fase II',
      },
    },
    {
      value: 7,
      label: { en: 'EU countries', it: 'paesi dell’UE', fr: 'pays de l’UE', es: 'países de la UE' },
    },
  ],
  activities: [
    {
      en: 'Training on migration and intercultural skills for municipal social-service staff and other local service providers, public and private.',
      it: 'Formazione su migrazione e competenze interculturali per il personale dei servizi sociali comunali e per altri erogatori di servizi locali, pubblici e privati.',
      fr: 'Formation aux questions migratoires et aux compétences interculturelles pour le personnel des services sociaux municipaux et d’autres prestataires de services locaux, publics et privés.',
      es: 'Formación sobre migración y competencias interculturales para el personal de los servicios sociales municipales y otros proveedores de servicios locales, públicos y privados.',
    },
    {
      en: 'Better coordination between the municipal departments involved in integration, and with the other local stakeholders that provide inclusion services.',
      it: 'Un coordinamento più forte tra gli uffici comunali che si occupano di integrazione e con gli altri attori locali che offrono servizi di inclusione.',
      fr: 'Meilleure coordination entre les services municipaux chargés de l’intégration, et avec les autres acteurs locaux qui fournissent des services d’inclusion.',
      es: 'Mejor coordinación entre los departamentos municipales que intervienen en la integración, y con los demás actores locales que prestan servicios de inclusión.',
    },
    {
      en: 'Peer consultations and exchange visits at European level to share experience and good practice, and research on integration services and social innovation.',
      it: 'Consultazioni e visite di scambio tra pari a livello europeo per condividere esperienze e buone pratiche, e ricerche sui servizi di integrazione e sull’innovazione sociale.',
      fr: 'Consultations et visites d’échange entre pairs à l’échelle européenne pour partager expériences et bonnes pratiques, et recherches sur les services d’intégration et l’innovation sociale.',
      es: 'Consultas y visitas de intercambio entre pares a escala europea para compartir experiencias y buenas prácticas, e investigaciones sobre los servicios de integración y la innovación social.',
    },
  ],
  resources: [
    {
      title: {
        en: 'Strengthening the capacity of local authorities for the socio-economic inclusion of vulnerable migrants',
        it: 'Rafforzare le capacità degli enti locali per l’inclusione socio economica dei migranti vulnerabili',
        fr: 'Renforcer les capacités des collectivités locales pour l’inclusion socio-économique des migrants vulnérables',
        es: 'Fortalecer la capacidad de las autoridades locales para la inclusión socioeconómica de los migrantes vulnerables',
      },
      languages: ['it', 'en', 'de', 'pl', 'ro'],
    },
  ],
  contact: 'integration-italy',
};

export default project;
