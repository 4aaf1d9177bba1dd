// Source: seed 002_08dfaef2fa9ee316.txt (IOM Italy page: who IOM is).
import type { Organization } from '../schema.js';

export type OrganizationProfile = Omit<Organization, 'id' | 'name' | 'acronym'>;

/** The facts the sources give about an organisation, by organisation id. */
export const organizationProfiles: Readonly<Record<string, OrganizationProfile>> = {
  iom: {
    description: {
      en: 'Part of the United Nations system, IOM is the leading intergovernmental organisation in the field of migration. It was founded in 1951 to promote humane and orderly migration that benefits everyone, and Italy is one of its founding members.',
      it: 'Parte del sistema delle Nazioni Unite, l’OIM è la principale organizzazione intergovernativa che si occupa di migrazione. È nata nel 1951 per promuovere migrazioni umane e ordinate a vantaggio di tutti, e l’Italia è tra i suoi paesi fondatori.',
    },
    founded: 1951,
    figures: [
      {
        value: 175,
        label: { en: 'member states', it: 'Stati membri' },
      },
      {
        value: 100,
        atLeast: true,
        label: { en: 'countries with an IOM presence', it: 'paesi in cui l’OIM è presente' },
      },
    ],
  },
};
