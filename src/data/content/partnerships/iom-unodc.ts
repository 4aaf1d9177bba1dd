// Source: seed 001_721cbeada6dec67b.txt (IOM–UNODC partnership declaration, 2 July 2024).
import type { Partnership } from '../../schema.js';

const partnership: Partnership = {
  id: 'iom-unodc',
  organizations: ['iom', 'unodc'],
  title: {
    en: 'IOM and UNODC: countering trafficking in persons and migrant smuggling',
    it: 'OIM e UNODC: contro la tratta di persone e il traffico di migranti',
    fr: 'OIM et ONUDC\u00a0: lutter contre la traite des personnes et le trafic illicite de migrants',
    es: 'OIM y UNODC: contra la trata de personas y el tráfico ilícito de migrantes',
  },
  summary: {
    en: 'IOM and UNODC have a long-standing partnership, first set out in a 2012 Cooperation Agreement. In 2024 they renewed it with a declaration that strengthens their joint response to transnational organised crime linked to migration.',
    it: 'L’OIM e l’UNODC collaborano da tempo, sulla base di un Accordo di cooperazione del 2012. Nel 2024 hanno rinnovato il partenariato con una dichiarazione che rafforza la risposta comune alla criminalità organizzata transnazionale legata alla migrazione.',
    fr: 'L’OIM et l’ONUDC entretiennent un partenariat de longue date, établi par un Accord de coopération de 2012. En 2024, les deux organisations l’ont renouvelé par une déclaration qui renforce leur réponse commune à la criminalité organisée transnationale liée à la migration.',
    es: 'La OIM y la UNODC mantienen una asociación de larga data, establecida en un Acuerdo de Cooperación de 2012. En 2024 la renovaron con una declaración que refuerza su respuesta conjunta a la delincuencia organizada transnacional vinculada a la migración.',
  },
  milestones: [
    {
      date: '2012-04-17',
      title: {
        en: 'Cooperation Agreement signed',
        it: 'Firmato l’Accordo di cooperazione',
        fr: 'Signature de l’Accord de coopération',
        es: 'Firma del Acuerdo de Cooperación',
      },
      description: {
        en: 'The agreement that has guided the partnership between the two organisations ever since.',
        it: 'L’accordo che da allora orienta il partenariato tra le due organizzazioni.',
        fr: 'L’accord qui guide depuis lors le partenariat entre les deux organisations.',
        es: 'El acuerdo que guía desde entonces la asociación entre las dos organizaciones.',
      },
    },
    {
      title: {
        en: 'Joint work in the UN Network on Migration and ICAT',
        it: 'Lavoro comune nella Rete ONU sulle migrazioni e nell’ICAT',
        fr: 'Travail commun au sein du Réseau des Nations Unies sur les migrations et de l’ICAT',
        es: 'Trabajo conjunto en la Red de las Naciones Unidas sobre la Migración y el ICAT',
      },
      description: {
        en: 'The two organisations cooperate through the United Nations Network on Migration and ICAT, the Inter-Agency Coordination Group against Trafficking in Persons.',
        it: 'Le due organizzazioni collaborano attraverso la Rete delle Nazioni Unite sulle migrazioni e l’ICAT, il Gruppo di coordinamento inter-agenzie contro la tratta di persone.',
        fr: 'Les deux organisations coopèrent au sein du Réseau des Nations Unies sur les migrations et de l’ICAT, le Groupe interinstitutions de coordination contre la traite des personnes.',
        es: 'Las dos organizaciones cooperan a través de la Red de las Naciones Unidas sobre la Migración y el ICAT, el Grupo Interinstitucional de Coordinación contra la Trata de Personas.',
      },
    },
    {
      title: {
        en: 'Guide on administrative data on trafficking in persons',
        it: 'Guida sui dati amministrativi relativi alla tratta di persone',
        fr: 'Guide sur les données administratives relatives à la traite des personnes',
        es: 'Guía sobre datos administrativos relativos a la trata de personas',
      },
      description: {
        en: 'A recently published guide helps make better use of administrative data on trafficking in persons.',
        it: 'Una guida pubblicata di recente aiuta a valorizzare i dati amministrativi sulla tratta di persone.',
        fr: 'Un guide publié récemment aide à mieux exploiter les données administratives sur la traite des personnes.',
        es: 'Una guía publicada recientemente ayuda a aprovechar mejor los datos administrativos sobre la trata de personas.',
      },
    },
    {
      date: '2024-07-02',
      title: {
        en: 'Partnership declaration signed',
        it: 'Firmata la dichiarazione di partenariato',
        fr: 'Signature de la déclaration de partenariat',
        es: 'Firma de la declaración de asociación',
      },
      description: {
        en: 'The declaration renews the partnership and sets priority areas: human trafficking, migrant smuggling, border management and security, terrorism prevention, and the collection, analysis and use of data.',
        it: 'La dichiarazione rinnova il partenariato e fissa le aree prioritarie: tratta di persone, traffico di migranti, gestione e sicurezza delle frontiere, prevenzione del terrorismo e raccolta, analisi e uso dei dati.',
        fr: 'La déclaration renouvelle le partenariat et fixe des domaines prioritaires\u00a0: traite des personnes, trafic illicite de migrants, gestion et sécurité des frontières, prévention du terrorisme, ainsi que collecte, analyse et utilisation des données.',
        es: 'La declaración renueva la asociación y fija esferas prioritarias: trata de personas, tráfico ilícito de migrantes, gestión y seguridad de las fronteras, prevención del terrorismo, y recopilación, análisis y uso de datos.',
      },
      place: { en: 'Cairo', it: 'Il Cairo', fr: 'Le Caire', es: 'El Cairo' },
      people: [
        {
          name: 'Amy Pope',
          role: {
            en: 'Director General, IOM',
            it: 'Direttrice generale dell’OIM',
            fr: 'Directrice générale de l’OIM',
            es: 'Directora General de la OIM',
          },
          organization: 'iom',
        },
        {
          name: 'Ghada Waly',
          role: {
            en: 'Executive Director, UNODC',
            it: 'Direttrice esecutiva dell’UNODC',
            fr: 'Directrice exécutive de l’ONUDC',
            es: 'Directora Ejecutiva de la UNODC',
          },
          organization: 'unodc',
        },
      ],
      news: 'iom-unodc-partnership-2024',
    },
    {
      title: {
        en: 'New cooperation agreement and joint work plan',
        it: 'Nuovo accordo di cooperazione e piano di lavoro congiunto',
        fr: 'Nouvel accord de coopération et plan de travail conjoint',
        es: 'Nuevo acuerdo de cooperación y plan de trabajo conjunto',
      },
      description: {
        en: 'The two organisations have agreed to draw up a new cooperation agreement and a joint work plan to secure solid operational cooperation.',
        it: 'Le due organizzazioni hanno deciso di elaborare un nuovo accordo di cooperazione e un piano di lavoro congiunto per assicurare una solida collaborazione operativa.',
        fr: 'Les deux organisations sont convenues d’élaborer un nouvel accord de coopération et un plan de travail conjoint pour garantir une coopération opérationnelle solide.',
        es: 'Las dos organizaciones han acordado elaborar un nuevo acuerdo de cooperación y un plan de trabajo conjunto para garantizar una sólida cooperación operativa.',
      },
      status: 'upcoming',
    },
    {
      title: {
        en: 'Further areas of common interest',
        it: 'Ulteriori aree di interesse comune',
        fr: 'Autres domaines d’intérêt commun',
        es: 'Otras esferas de interés común',
      },
      description: {
        en: 'IOM and UNODC will identify more priorities for coordination and possible joint programming, including support for regular migration pathways, the protection of women and children, and joint data collection.',
        it: 'L’OIM e l’UNODC individueranno altre priorità per il coordinamento e una possibile programmazione congiunta, tra cui il sostegno ai percorsi di migrazione regolare, la protezione di donne e bambini e la raccolta congiunta di dati.',
        fr: 'L’OIM et l’ONUDC définiront d’autres priorités de coordination et de programmation conjointe éventuelle, dont le soutien aux voies de migration régulière, la protection des femmes et des enfants et la collecte conjointe de données.',
        es: 'La OIM y la UNODC definirán otras prioridades de coordinación y de una posible programación conjunta, entre ellas el apoyo a las vías de migración regular, la protección de mujeres y niños y la recopilación conjunta de datos.',
      },
      status: 'upcoming',
    },
  ],
};

export default partnership;
