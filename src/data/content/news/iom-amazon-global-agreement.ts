// Source: seed 000_8d1635b0c5ade6f4.txt (Amazon–IOM agreement).
import type { NewsText } from './index.js';

const text: NewsText = {
  title: {
    en: 'Amazon and IOM sign a global agreement on emergency response',
    it: 'Amazon e OIM firmano un accordo globale per la risposta alle emergenze',
  },
  summary: {
    en: 'Amazon and IOM have agreed to work together on product donations, volunteering, and emergency preparedness and response for communities in need. The agreement also covers training and employment pathways for migrants within an ethical recruitment framework, building on Amazon’s Welcome Door programme for refugee and humanitarian-immigrant employees.',
    it: 'Amazon e l’OIM si impegnano a collaborare su donazioni di prodotti, volontariato e preparazione e risposta alle emergenze a favore delle comunità più vulnerabili. L’intesa prevede anche percorsi di formazione e lavoro per i migranti, all’interno di un quadro di reclutamento etico, partendo dal programma Welcome Door di Amazon per i dipendenti rifugiati e immigrati per motivi umanitari.',
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
      },
    },
    {
      value: 23_000_000,
      atLeast: true,
      label: {
        en: 'relief items shipped by Amazon since 2017',
        it: 'articoli di prima necessità spediti da Amazon dal 2017',
      },
    },
    {
      value: 115,
      atLeast: true,
      label: {
        en: 'natural disasters responded to since 2017',
        it: 'disastri naturali a cui Amazon ha risposto dal 2017',
      },
    },
  ],
  url: 'https://www.aboutamazon.it/notizie/nella-comunita/amazon-firma-un-accordo-globale-di-risposta-alle-emergenze-con-lorganizzazione-internazionale-per-le-migrazioni',
  source: { en: 'About Amazon Italia', it: 'About Amazon Italia' },
};

export default text;
