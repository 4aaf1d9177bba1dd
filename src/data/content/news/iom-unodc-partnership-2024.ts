// Source: seed 001_721cbeada6dec67b.txt (IOM–UNODC declaration).
import type { NewsText } from './index.js';

const text: NewsText = {
  title: {
    en: 'IOM and UNODC join forces against human trafficking and migrant smuggling',
    it: 'OIM e UNODC insieme contro la tratta di esseri umani e il traffico di migranti',
    fr: 'L’OIM et l’ONUDC unissent leurs forces contre la traite des êtres humains et le trafic illicite de migrants',
    es: 'La OIM y la UNODC unen fuerzas contra la trata de personas y el tráfico ilícito de migrantes',
  },
  summary: {
    en: 'IOM and UNODC have signed a partnership declaration to step up their strategic cooperation on transnational organised crime linked to migration. Priority areas include human trafficking, migrant smuggling, border management and security, terrorism prevention, and the collection, analysis and use of data. The declaration was signed by IOM Director General Amy Pope and UNODC Executive Director Ghada Waly.',
    it: 'L’OIM e l’UNODC hanno sottoscritto una dichiarazione di partenariato per intensificare la cooperazione strategica sulla criminalità organizzata transnazionale connessa alla migrazione. Tra le aree prioritarie figurano la tratta di persone, il traffico di migranti, la gestione e la sicurezza delle frontiere, la prevenzione del terrorismo e la raccolta, l’analisi e l’uso dei dati. A firmare sono state Amy Pope, Direttrice generale dell’OIM, e Ghada Waly, Direttrice esecutiva dell’UNODC.',
    fr: 'L’OIM et l’ONUDC ont signé une déclaration de partenariat afin de renforcer leur coopération stratégique face à la criminalité organisée transnationale liée à la migration. Les domaines prioritaires comprennent la traite des personnes, le trafic illicite de migrants, la gestion et la sécurité des frontières, la prévention du terrorisme, ainsi que la collecte, l’analyse et l’utilisation des données. La déclaration a été signée par Amy Pope, Directrice générale de l’OIM, et Ghada Waly, Directrice exécutive de l’ONUDC.',
    es: 'La OIM y la UNODC han firmado una declaración de asociación para intensificar su cooperación estratégica frente a la delincuencia organizada transnacional vinculada a la migración. Entre las esferas prioritarias figuran la trata de personas, el tráfico ilícito de migrantes, la gestión y la seguridad de las fronteras, la prevención del terrorismo, y la recopilación, el análisis y el uso de datos. Firmaron la declaración Amy Pope, Directora General de la OIM, y Ghada Waly, Directora Ejecutiva de la UNODC.',
  },
  place: { en: 'Cairo', it: 'Il Cairo', fr: 'Le Caire', es: 'El Cairo' },
  url: 'https://unric.org/it/loim-e-lunodc-uniscono-le-forze-per-contrastare-la-tratta-di-esseri-umani-e-il-traffico-di-migranti',
  source: { en: 'UNRIC', it: 'UNRIC', fr: 'UNRIC', es: 'UNRIC' },
};

export default text;
