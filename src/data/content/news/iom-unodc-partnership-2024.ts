// Source: seed 001_721cbeada6dec67b.txt (IOM–UNODC declaration).
import type { NewsText } from './index.js';

const text: NewsText = {
  title: {
    en: 'IOM and UNODC join forces against human trafficking and migrant smuggling',
    it: 'OIM e UNODC insieme contro la tratta di esseri umani e il traffico di migranti',
  },
  summary: {
    en: 'IOM and UNODC have signed a partnership declaration to step up their strategic cooperation on transnational organised crime linked to migration. Priority areas include human trafficking, migrant smuggling, border management and security, terrorism prevention, and the collection, analysis and use of data. The declaration was signed by IOM Director General Amy Pope and UNODC Executive Director Ghada Waly.',
    it: 'L’OIM e l’UNODC hanno sottoscritto una dichiarazione di partenariato per intensificare la cooperazione strategica sulla criminalità organizzata transnazionale connessa alla migrazione. Tra le aree prioritarie figurano la tratta di persone, il traffico di migranti, la gestione e la sicurezza delle frontiere, la prevenzione del terrorismo e la raccolta, l’analisi e l’uso dei dati. A firmare sono state Amy Pope, Direttrice generale dell’OIM, e Ghada Waly, Direttrice esecutiva dell’UNODC.',
  },
  place: { en: 'Cairo', it: 'Il Cairo' },
  url: 'https://unric.org/it/loim-e-lunodc-uniscono-le-forze-per-contrastare-la-tratta-di-esseri-umani-e-il-traffico-di-migranti',
  source: { en: 'UNRIC', it: 'UNRIC' },
};

export default text;
