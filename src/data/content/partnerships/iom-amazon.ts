// Source: seed 000_8d1635b0c5ade6f4.txt (Amazon–IOM global agreement).
import type { Partnership } from '../../schema.js';

const partnership: Partnership = {
  id: 'iom-amazon',
  organizations: ['iom', 'amazon'],
  title: {
    en: 'IOM and Amazon: emergency response and support for migrants',
    it: 'OIM e Amazon: risposta alle emergenze e sostegno ai migranti',
    fr: 'OIM et Amazon\u00a0: réponse aux situations d’urgence et soutien aux migrants',
    es: 'OIM y Amazon: respuesta a emergencias y apoyo a los migrantes',
  },
  summary: {
    en: 'IOM and Amazon work together on disaster management, emergency response and skills development, with donations of essential goods, pro bono logistics, volunteering and shared expertise. A global agreement extends the collaboration to training, employment and ethical recruitment of migrants.',
    it: 'OIM e Amazon collaborano nella gestione dei disastri, nella risposta alle emergenze e nello sviluppo delle competenze, con donazioni di beni essenziali, logistica gratuita, volontariato e scambio di competenze. Un accordo globale estende la collaborazione alla formazione, all’impiego e al reclutamento etico dei migranti.',
    fr: 'L’OIM et Amazon collaborent dans la gestion des catastrophes, la réponse aux situations d’urgence et le développement des compétences, au moyen de dons de biens de première nécessité, d’un appui logistique pro bono, de bénévolat et d’un partage d’expertise. Un accord mondial étend cette collaboration à la formation, à l’emploi et au recrutement éthique des migrants.',
    es: 'La OIM y Amazon colaboran en la gestión de desastres, la respuesta a emergencias y el desarrollo de competencias, con donaciones de bienes de primera necesidad, logística pro bono, voluntariado e intercambio de conocimientos especializados. Un acuerdo mundial extiende la colaboración a la formación, el empleo y la contratación ética de migrantes.',
  },
  milestones: [
    {
      date: '2017',
      title: {
        en: 'Amazon’s disaster relief shipments since 2017',
        it: 'Gli aiuti di Amazon per le calamità dal 2017',
        fr: 'Les envois de secours d’Amazon depuis 2017',
        es: 'Los envíos de socorro de Amazon desde 2017',
      },
      description: {
        en: 'Since 2017 Amazon has used its global logistics, from cargo jets to trucks, to send relief items to communities hit by natural disasters around the world.',
        it: 'Dal 2017 Amazon impiega la propria rete logistica globale, con jet cargo e camion, per inviare aiuti alle comunità colpite da calamità naturali in tutto il mondo.',
        fr: 'Depuis 2017, Amazon s’appuie sur sa logistique mondiale, des avions-cargos aux camions, pour acheminer des articles de secours vers les communautés frappées par des catastrophes naturelles dans le monde entier.',
        es: 'Desde 2017, Amazon utiliza su red logística mundial, desde aviones de carga hasta camiones, para enviar artículos de socorro a comunidades afectadas por desastres naturales en todo el mundo.',
      },
      figures: [
        {
          value: 23_000_000,
          atLeast: true,
          label: {
            en: 'relief items shipped',
            it: 'articoli di prima necessità spediti',
            fr: 'articles de secours expédiés',
            es: 'artículos de socorro enviados',
          },
        },
        {
          value: 115,
          atLeast: true,
          label: {
            en: 'natural disasters responded to',
            it: 'disastri naturali affrontati',
            fr: 'catastrophes naturelles auxquelles Amazon a répondu',
            es: 'desastres naturales atendidos',
          },
        },
      ],
    },
    {
      title: {
        en: 'Essential goods for refugees in Europe',
        it: 'Beni di prima necessità per i rifugiati in Europa',
        fr: 'Biens de première nécessité pour les réfugiés en Europe',
        es: 'Bienes de primera necesidad para los refugiados en Europa',
      },
      description: {
        en: 'In the two years before the global agreement, Amazon donated essential goods to IOM and helped distribute them to refugees and displaced people in Europe, such as those fleeing the war in Ukraine.',
        it: 'Nei due anni precedenti l’accordo globale, Amazon ha donato all’OIM beni di prima necessità e ha aiutato a distribuirli a rifugiati e sfollati in Europa, come le persone in fuga dalla guerra in Ucraina.',
        fr: 'Au cours des deux années précédant l’accord mondial, Amazon a fait don de biens de première nécessité à l’OIM et a contribué à leur distribution aux réfugiés et aux personnes déplacées en Europe, notamment à celles qui fuient la guerre en Ukraine.',
        es: 'En los dos años anteriores al acuerdo mundial, Amazon donó bienes de primera necesidad a la OIM y ayudó a distribuirlos entre refugiados y personas desplazadas en Europa, como quienes huían de la guerra en Ucrania.',
      },
      figures: [
        {
          value: 7_100_000,
          currency: 'USD',
          approximate: true,
          equivalent: { value: 6_500_000, currency: 'EUR' },
          label: {
            en: 'of essential goods donated',
            it: 'in beni di prima necessità donati',
            fr: 'de biens de première nécessité donnés',
            es: 'en bienes de primera necesidad donados',
          },
        },
      ],
    },
    {
      title: {
        en: 'Support after the earthquakes in Turkey and Syria',
        it: 'Sostegno dopo i terremoti in Turchia e Siria',
        fr: 'Soutien après les séismes en Turquie et en Syrie',
        es: 'Apoyo tras los terremotos de Turquía y Siria',
      },
      description: {
        en: 'After the earthquakes that struck both countries in February, Amazon gave IOM logistics support and donated essential goods, so that supplies reached families who had lost their homes.',
        it: 'Dopo i terremoti che a febbraio hanno colpito i due Paesi, Amazon ha offerto all’OIM supporto logistico e ha donato beni di prima necessità, perché gli aiuti arrivassero alle famiglie rimaste senza casa.',
        fr: 'Après les séismes qui ont frappé les deux pays en février, Amazon a apporté un soutien logistique à l’OIM et fait don de biens de première nécessité, afin que l’aide parvienne aux familles qui avaient perdu leur logement.',
        es: 'Tras los terremotos que sacudieron ambos países en febrero, Amazon prestó apoyo logístico a la OIM y donó bienes de primera necesidad para que los suministros llegaran a las familias que habían perdido su hogar.',
      },
      figures: [
        {
          value: 1_500_000,
          currency: 'USD',
          atLeast: true,
          equivalent: { value: 1_500_000, currency: 'EUR' },
          label: {
            en: 'of essential goods donated',
            it: 'in beni di prima necessità donati',
            fr: 'de biens de première nécessité donnés',
            es: 'en bienes de primera necesidad donados',
          },
        },
      ],
    },
    {
      title: {
        en: 'Volunteering by Amazon employees',
        it: 'Volontariato dei dipendenti Amazon',
        fr: 'Bénévolat des employés d’Amazon',
        es: 'Voluntariado de los empleados de Amazon',
      },
      description: {
        en: 'Amazon and IOM organised volunteering events at which hundreds of Amazon employees packed thousands of hygiene and survival kits for displaced people in Europe.',
        it: 'Amazon e l’OIM hanno organizzato giornate di volontariato in cui centinaia di dipendenti Amazon hanno preparato migliaia di kit igienici e di sopravvivenza destinati agli sfollati in Europa.',
        fr: 'Amazon et l’OIM ont organisé des journées de bénévolat au cours desquelles des centaines d’employés d’Amazon ont préparé des milliers de kits d’hygiène et de survie destinés aux personnes déplacées en Europe.',
        es: 'Amazon y la OIM organizaron jornadas de voluntariado en las que cientos de empleados de Amazon prepararon miles de kits de higiene y de supervivencia para las personas desplazadas en Europa.',
      },
    },
    {
      title: {
        en: 'Global agreement announced',
        it: 'Annunciato l’accordo globale',
        fr: 'Annonce de l’accord mondial',
        es: 'Anuncio del acuerdo mundial',
      },
      description: {
        en: 'Amazon and IOM announced an agreement covering product donations, volunteering, and emergency preparedness and response, as well as training and employment pathways for migrants under an ethical recruitment framework.',
        it: 'Amazon e l’OIM hanno annunciato un accordo che comprende donazioni di prodotti, volontariato, preparazione e risposta alle emergenze, oltre a percorsi di formazione e lavoro per i migranti secondo un quadro di reclutamento etico.',
        fr: 'Amazon et l’OIM ont annoncé un accord portant sur les dons de produits, le bénévolat, la préparation et la réponse aux situations d’urgence, ainsi que sur des parcours de formation et d’emploi pour les migrants dans un cadre de recrutement éthique.',
        es: 'Amazon y la OIM anunciaron un acuerdo que abarca donaciones de productos, voluntariado, preparación y respuesta ante emergencias, así como itinerarios de formación y empleo para migrantes en un marco de contratación ética.',
      },
      people: [
        {
          name: 'Abe Diaz',
          role: {
            en: 'Head of Amazon Disaster Relief',
            it: 'Responsabile di Amazon Disaster Relief',
            fr: 'Responsable d’Amazon Disaster Relief',
            es: 'Responsable de Amazon Disaster Relief',
          },
          organization: 'amazon',
        },
      ],
      news: 'iom-amazon-global-agreement',
    },
    {
      title: {
        en: 'Refugee integration, vocational training and fair recruitment',
        it: 'Integrazione dei rifugiati, formazione professionale e reclutamento equo',
        fr: 'Intégration des réfugiés, formation professionnelle et recrutement équitable',
        es: 'Integración de refugiados, formación profesional y contratación equitativa',
      },
      description: {
        en: 'IOM will bring its expertise to explore joint work on refugee integration, vocational training and fair, inclusive recruitment practices, alongside Amazon’s Welcome Door programme, so that people of every background have equal opportunities in the tech industry.',
        it: 'L’OIM metterà a disposizione la propria esperienza per esplorare iniziative comuni su integrazione dei rifugiati, formazione professionale e pratiche di reclutamento eque e inclusive, insieme al programma Welcome Door di Amazon, affinché persone di ogni provenienza abbiano pari opportunità nel settore tecnologico.',
        fr: 'L’OIM mettra son expertise au service d’initiatives communes sur l’intégration des réfugiés, la formation professionnelle et des pratiques de recrutement équitables et inclusives, aux côtés du programme Welcome Door d’Amazon, afin que toutes les personnes, quelle que soit leur origine, aient les mêmes chances dans le secteur technologique.',
        es: 'La OIM aportará su experiencia para explorar iniciativas conjuntas sobre la integración de refugiados, la formación profesional y prácticas de contratación justas e inclusivas, junto al programa Welcome Door de Amazon, para que las personas de cualquier origen tengan igualdad de oportunidades en el sector tecnológico.',
      },
      status: 'upcoming',
    },
  ],
};

export default partnership;
