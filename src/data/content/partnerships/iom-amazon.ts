// Source: seed 000_8d1635b0c5ade6f4.txt (Amazon–IOM global agreement).
import type { Partnership } from '../../schema.js';

const partnership: Partnership = {
  id: 'iom-amazon',
  organizations: ['iom', 'amazon'],
  title: {
    en: 'IOM and Amazon: emergency response and support for migrants',
    it: 'OIM e Amazon: risposta alle emergenze e sostegno ai migranti',
  },
  summary: {
    en: 'IOM and Amazon work together on disaster management, emergency response and skills development, with donations of essential goods, pro bono logistics, volunteering and shared expertise. A global agreement extends the collaboration to training, employment and ethical recruitment of migrants.',
    it: 'OIM e Amazon collaborano nella gestione dei disastri, nella risposta alle emergenze e nello sviluppo delle competenze, con donazioni di beni essenziali, logistica gratuita, volontariato e scambio di competenze. Un accordo globale estende la collaborazione alla formazione, all’impiego e al reclutamento etico dei migranti.',
  },
  milestones: [
    {
      date: '2017',
      title: {
        en: 'Amazon’s disaster relief shipments since 2017',
        it: 'Gli aiuti di Amazon per le calamità dal 2017',
      },
      description: {
        en: 'Since 2017 Amazon has used its global logistics, from cargo jets to trucks, to send relief items to communities hit by natural disasters around the world.',
        it: 'Dal 2017 Amazon impiega la propria rete logistica globale, con jet cargo e camion, per inviare aiuti alle comunità colpite da calamità naturali in tutto il mondo.',
      },
      figures: [
        {
          value: 23_000_000,
          atLeast: true,
          label: { en: 'relief items shipped', it: 'articoli di prima necessità spediti' },
        },
        {
          value: 115,
          atLeast: true,
          label: { en: 'natural disasters responded to', it: 'disastri naturali affrontati' },
        },
      ],
    },
    {
      title: {
        en: 'Essential goods for refugees in Europe',
        it: 'Beni di prima necessità per i rifugiati in Europa',
      },
      description: {
        en: 'In the two years before the global agreement, Amazon donated essential goods to IOM and helped distribute them to refugees and displaced people in Europe, such as those fleeing the war in Ukraine.',
        it: 'Nei due anni precedenti l’accordo globale, Amazon ha donato all’OIM beni di prima necessità e ha aiutato a distribuirli a rifugiati e sfollati in Europa, come le persone in fuga dalla guerra in Ucraina.',
      },
      figures: [
        {
          value: 7_100_000,
          currency: 'USD',
          approximate: true,
          equivalent: { value: 6_500_000, currency: 'EUR' },
          label: { en: 'of essential goods donated', it: 'in beni di prima necessità donati' },
        },
      ],
    },
    {
      title: {
        en: 'Support after the earthquakes in Turkey and Syria',
        it: 'Sostegno dopo i terremoti in Turchia e Siria',
      },
      description: {
        en: 'After the earthquakes that struck both countries in February, Amazon gave IOM logistics support and donated essential goods, so that supplies reached families who had lost their homes.',
        it: 'Dopo i terremoti che a febbraio hanno colpito i due Paesi, Amazon ha offerto all’OIM supporto logistico e ha donato beni di prima necessità, perché gli aiuti arrivassero alle famiglie rimaste senza casa.',
      },
      figures: [
        {
          value: 1_500_000,
          currency: 'USD',
          atLeast: true,
          equivalent: { value: 1_500_000, currency: 'EUR' },
          label: { en: 'of essential goods donated', it: 'in beni di prima necessità donati' },
        },
      ],
    },
    {
      title: {
        en: 'Volunteering by Amazon employees',
        it: 'Volontariato dei dipendenti Amazon',
      },
      description: {
        en: 'Amazon and IOM organised volunteering events at which hundreds of Amazon employees packed thousands of hygiene and survival kits for displaced people in Europe.',
        it: 'Amazon e l’OIM hanno organizzato giornate di volontariato in cui centinaia di dipendenti Amazon hanno preparato migliaia di kit igienici e di sopravvivenza destinati agli sfollati in Europa.',
      },
    },
    {
      title: {
        en: 'Global agreement announced',
        it: 'Annunciato l’accordo globale',
      },
      description: {
        en: 'Amazon and IOM announced an agreement covering product donations, volunteering, and emergency preparedness and response, as well as training and employment pathways for migrants under an ethical recruitment framework.',
        it: 'Amazon e l’OIM hanno annunciato un accordo che comprende donazioni di prodotti, volontariato, preparazione e risposta alle emergenze, oltre a percorsi di formazione e lavoro per i migranti secondo un quadro di reclutamento etico.',
      },
      people: [
        {
          name: 'Abe Diaz',
          role: { en: 'Head of Amazon Disaster Relief', it: 'Responsabile di Amazon Disaster Relief' },
          organization: 'amazon',
        },
      ],
      news: 'iom-amazon-global-agreement',
    },
    {
      title: {
        en: 'Refugee integration, vocational training and fair recruitment',
        it: 'Integrazione dei rifugiati, formazione professionale e reclutamento equo',
      },
      description: {
        en: 'IOM will bring its expertise to explore joint work on refugee integration, vocational training and fair, inclusive recruitment practices, alongside Amazon’s Welcome Door programme, so that people of every background have equal opportunities in the tech industry.',
        it: 'L’OIM metterà a disposizione la propria esperienza per esplorare iniziative comuni su integrazione dei rifugiati, formazione professionale e pratiche di reclutamento eque e inclusive, insieme al programma Welcome Door di Amazon, affinché persone di ogni provenienza abbiano pari opportunità nel settore tecnologico.',
      },
      status: 'upcoming',
    },
  ],
};

export default partnership;
