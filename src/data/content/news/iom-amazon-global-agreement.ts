// Source: seed 000_8d1635b0c5ade6f4.txt (Amazon–IOM agreement).
import type { NewsText } from './index.js';

const text: NewsText = {
  title: {
    en: 'Amazon and IOM sign a global agreement on emergency response',
    it: 'Amazon e OIM firmano un accordo globale per la risposta alle emergenze',
    fr: 'Amazon et l’OIM signent un accord mondial de réponse aux situations d’urgence',
    es: 'Amazon y la OIM firman un acuerdo mundial de respuesta a emergencias',
  },
  summary: {
    en: 'Amazon and IOM have agreed to work together on product donations, volunteering, and emergency preparedness and response for communities in need. The agreement also covers training and employment pathways for migrants within an ethical recruitment framework, building on Amazon’s Welcome Door programme for refugee and humanitarian-immigrant employees.',
    it: 'Amazon e l’OIM si impegnano a collaborare su donazioni di prodotti, volontariato e preparazione e risposta alle emergenze a favore delle comunità più vulnerabili. L’intesa prevede anche percorsi di formazione e lavoro per i migranti, all’interno di un quadro di reclutamento etico, partendo dal programma Welcome Door di Amazon per i dipendenti rifugiati e immigrati per motivi umanitari.',
    fr: 'Amazon et l’OIM ont décidé de collaborer en matière de dons de produits, de bénévolat, ainsi que de préparation et de réponse aux situations d’urgence au profit des communautés dans le besoin. L’accord prévoit aussi des parcours de formation et d’emploi pour les migrants dans un cadre de recrutement éthique, en s’appuyant sur le programme Welcome Door d’Amazon destiné aux employés réfugiés ou immigrés pour raisons humanitaires.',
    es: 'Amazon y la OIM han acordado colaborar en donaciones de productos, voluntariado y preparación y respuesta ante emergencias en favor de las comunidades necesitadas. El acuerdo también contempla itinerarios de formación y empleo para migrantes en un marco de contratación ética, a partir del programa Welcome Door de Amazon para empleados refugiados e inmigrantes por motivos humanitarios.',
  },
  figures: [
    {
      value: 7_100_000,
      currency: 'USD',
      approximate: true,
      equivalent: { value: 6_500_000, currency: 'EUR' },
      label: {
        en: 'of essential goods donated for refugees in Europe',
        it: 'in beni di prima necessità donati per i rifugiati in Europa',
        fr: 'de biens de première nécessité donnés pour les réfugiés en Europe',
        es: 'en bienes de primera necesidad donados para los refugiados en Europa',
      },
    },
    {
      value: 23_000_000,
      atLeast: true,
      label: {
        en: 'relief items shipped by Amazon since 2017',
        it: 'articoli di prima necessità spediti da Amazon dal 2017',
        fr: 'articles de secours expédiés par Amazon depuis 2017',
        es: 'artículos de socorro enviados por Amazon desde 2017',
      },
    },
    {
      value: 115,
      atLeast: true,
      label: {
        en: 'natural disasters responded to since 2017',
        it: 'disastri naturali a cui Amazon ha risposto dal 2017',
        fr: 'catastrophes naturelles auxquelles Amazon a répondu depuis 2017',
        es: 'desastres naturales a los que Amazon ha respondido desde 2017',
      },
    },
  ],
  url: 'https://www.aboutamazon.it/notizie/nella-comunita/amazon-firma-un-accordo-globale-di-risposta-alle-emergenze-con-lorganizzazione-internazionale-per-le-migrazioni',
  source: { en: 'About Amazon Italia', it: 'About Amazon Italia', fr: 'About Amazon Italia', es: 'About Amazon Italia' },
};

export default text;
