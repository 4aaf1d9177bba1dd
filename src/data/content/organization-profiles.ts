// Source: seed 002_08dfaef2fa9ee316.txt (IOM Italy page: who IOM is).
import type { Organization } from '../schema.js';

export type OrganizationProfile = Omit<Organization, 'id' | 'name' | 'acronym'>;

/** The facts the sources give about an organisation, by organisation id. */
export const organizationProfiles: Readonly<Record<string, OrganizationProfile>> = {
  iom: {
    description: {
      en: 'Part of the United Nations system, IOM is the leading intergovernmental organisation in the field of migration. It was founded in 1951 to promote humane and orderly migration that benefits everyone, and Italy is one of its founding members.',
      it: 'Parte del sistema delle Nazioni Unite, l’OIM è la principale organizzazione intergovernativa che si occupa di migrazione. È nata nel 1951 per promuovere migrazioni umane e ordinate a vantaggio di tutti, e l’Italia è tra i suoi paesi fondatori.',
      fr: 'Membre du système des Nations Unies, l’OIM est la principale organisation intergouvernementale dans le domaine de la migration. Elle a été fondée en 1951 pour promouvoir des migrations humaines et ordonnées qui profitent à tous, et l’Italie compte parmi ses États fondateurs.',
      es: 'Integrada en el sistema de las Naciones Unidas, la OIM es la principal organización intergubernamental en el ámbito de la migración. Fue fundada en 1951 para promover una migración humana y ordenada que beneficie a todos, e Italia es uno de sus Estados fundadores.',
    },
    founded: 1951,
    figures: [
      {
        value: 175,
        label: { en: 'member states', it: 'Stati membri', fr: 'États membres', es: 'Estados miembros' },
      },
      {
        value: 100,
        atLeast: true,
        label: {
          en: 'countries with an IOM presence',
          it: 'paesi in cui l’OIM è presente',
          fr: 'pays où l’OIM est présente',
          es: 'países en los que la OIM está presente',
        },
      },
    ],
  },
};
