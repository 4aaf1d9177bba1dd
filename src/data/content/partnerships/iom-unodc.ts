// Source: seed 001_721cbeada6dec67b.txt (IOM–UNODC partnership declaration, 2 July 2024).
import type { Partnership } from '../../schema.js';

const partnership: Partnership = {
  id: 'iom-unodc',
  organizations: ['iom', 'unodc'],
  title: {
    en: 'IOM and UNODC: countering trafficking in persons and migrant smuggling',
    it: 'OIM e UNODC: contro la tratta di persone e il traffico di migranti',
  },
  summary: {
    en: 'IOM and UNODC have a long-standing partnership, first set out in a 2012 Cooperation Agreement. In 2024 they renewed it with a declaration that strengthens their joint response to transnational organised crime linked to migration.',
    it: 'L’OIM e l’UNODC collaborano da tempo, sulla base di un Accordo di cooperazione del 2012. Nel 2024 hanno rinnovato il partenariato con una dichiarazione che rafforza la risposta comune alla criminalità organizzata transnazionale legata alla migrazione.',
  },
  milestones: [
    {
      date: '2012-04-17',
      title: {
        en: 'Cooperation Agreement signed',
        it: 'Firmato l’Accordo di cooperazione',
      },
      description: {
        en: 'The agreement that has guided the partnership between the two organisations ever since.',
        it: 'L’accordo che da allora orienta il partenariato tra le due organizzazioni.',
      },
    },
    {
      title: {
        en: 'Joint work in the UN Network on Migration and ICAT',
        it: 'Lavoro comune nella Rete ONU sulle migrazioni e nell’ICAT',
      },
      description: {
        en: 'The two organisations cooperate through the United Nations Network on Migration and ICAT, the Inter-Agency Coordination Group against Trafficking in Persons.',
        it: 'Le due organizzazioni collaborano attraverso la Rete delle Nazioni Unite sulle migrazioni e l’ICAT, il Gruppo di coordinamento inter-agenzie contro la tratta di persone.',
      },
    },
    {
      title: {
        en: 'Guide on administrative data on trafficking in persons',
        it: 'Guida sui dati amministrativi relativi alla tratta di persone',
      },
      description: {
        en: 'A recently published guide helps make better use of administrative data on trafficking in persons.',
        it: 'Una guida pubblicata di recente aiuta a valorizzare i dati amministrativi sulla tratta di persone.',
      },
    },
    {
      date: '2024-07-02',
      title: {
        en: 'Partnership declaration signed',
        it: 'Firmata la dichiarazione di partenariato',
      },
      description: {
        en: 'The declaration renews the partnership and sets priority areas: human trafficking, migrant smuggling, border management and security, terrorism prevention, and the collection, analysis and use of data.',
        it: 'La dichiarazione rinnova il partenariato e fissa le aree prioritarie: tratta di persone, traffico di migranti, gestione e sicurezza delle frontiere, prevenzione del terrorismo e raccolta, analisi e uso dei dati.',
      },
      place: { en: 'Cairo', it: 'Il Cairo' },
      people: [
        {
          name: 'Amy Pope',
          role: { en: 'Director General, IOM', it: 'Direttrice generale dell’OIM' },
          organization: 'iom',
        },
        {
          name: 'Ghada Waly',
          role: { en: 'Executive Director, UNODC', it: 'Direttrice esecutiva dell’UNODC' },
          organization: 'unodc',
        },
      ],
      news: 'iom-unodc-partnership-2024',
    },
    {
      title: {
        en: 'New cooperation agreement and joint work plan',
        it: 'Nuovo accordo di cooperazione e piano di lavoro congiunto',
      },
      description: {
        en: 'The two organisations have agreed to draw up a new cooperation agreement and a joint work plan to secure solid operational cooperation.',
        it: 'Le due organizzazioni hanno deciso di elaborare un nuovo accordo di cooperazione e un piano di lavoro congiunto per assicurare una solida collaborazione operativa.',
      },
      status: 'upcoming',
    },
    {
      title: {
        en: 'Further areas of common interest',
        it: 'Ulteriori aree di interesse comune',
      },
      description: {
        en: 'IOM and UNODC will identify more priorities for coordination and possible joint programming, including support for regular migration pathways, the protection of women and children, and joint data collection.',
        it: 'L’OIM e l’UNODC individueranno altre priorità per il coordinamento e una possibile programmazione congiunta, tra cui il sostegno ai percorsi di migrazione regolare, la protezione di donne e bambini e la raccolta congiunta di dati.',
      },
      status: 'upcoming',
    },
  ],
};

export default partnership;
