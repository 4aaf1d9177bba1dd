/**
 * The built-in content in French and Spanish, as readers see it in the widgets, and the English
 * a widget shows (marked as English) in a language the content is not written in. These widgets
 * take their content language from their UI locale (src/core/language.ts): French, Spanish and
 * Arabic must be UI locales for `lang="fr"`, `"es"` or `"ar"` to be honoured.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/news-card/define.js';
import '../../src/elements/partnership-timeline/define.js';
import '../../src/elements/project-map/define.js';
import '../../src/elements/contact-box/define.js';
import { part, settled, text } from '../helpers.js';

type Language = 'fr' | 'es';

/** Each widget with a built-in record, and its title in French and Spanish. */
const widgets: readonly { tag: string; render: (lang: string) => ReturnType<typeof html>; title: Record<Language, string> }[] = [
  {
    tag: 'iom-news-card',
    render: (lang) => html`<iom-news-card article="iom-unodc-partnership-2024" lang=${lang}></iom-news-card>`,
    title: {
      fr: 'L’OIM et l’ONUDC unissent leurs forces contre la traite des êtres humains et le trafic illicite de migrants',
      es: 'La OIM y la UNODC unen fuerzas contra la trata de personas y el tráfico ilícito de migrantes',
    },
  },
  {
    tag: 'iom-partnership-timeline',
    render: (lang) => html`<iom-partnership-timeline partnership="iom-amazon" lang=${lang}></iom-partnership-timeline>`,
    title: {
      fr: 'OIM et Amazon\u00a0: réponse aux situations d’urgence et soutien aux migrants',
      es: 'OIM y Amazon: respuesta a emergencias y apoyo a los migrantes',
    },
  },
  {
    tag: 'iom-project-map',
    render: (lang) => html`<iom-project-map project="admin4all" lang=${lang}></iom-project-map>`,
    title: {
      fr: 'ADMin4ALL – Soutenir l’inclusion sociale des migrants vulnérables en Europe',
      es: 'ADMin4ALL – Apoyo a la inclusión social de los migrantes vulnerables en Europa',
    },
  },
  {
    tag: 'iom-contact-box',
    render: (lang) => html`<iom-contact-box contact="migration-development-italy" lang=${lang}></iom-contact-box>`,
    title: { fr: 'Programme Migration et développement', es: 'Programa Migración y Desarrollo' },
  },
];

/** The widget's title as a reader sees it, with the language it is marked in (if any). */
const titleOf = async (template: ReturnType<typeof html>) => {
  const title = part(await settled(await fixture<HTMLElement>(template)), '[part~="title"]');
  // text() collapses white space, no-break spaces included: compare the text as written.
  return { text: title.textContent!.trim(), lang: title.getAttribute('lang') };
};

describe('built-in content in French and Spanish', () => {
  for (const { tag, render, title } of widgets) {
    for (const language of ['fr', 'es'] as const) {
      it(`<${tag} lang="${language}"> shows its record’s title in that language, unmarked`, async () => {
        expect(await titleOf(render(language))).to.deep.equal({ text: title[language], lang: null });
      });
    }

    it(`<${tag} lang="fr-CA"> shows the French title`, async () => {
      expect((await titleOf(render('fr-CA'))).text).to.equal(title.fr);
    });
  }

  it('shows an Arabic reader the English text, marked as English', async () => {
    const card = await settled(await fixture<HTMLElement>(html`<iom-news-card article="iom-unodc-partnership-2024" lang="ar"></iom-news-card>`));
    const title = part(card, '[part~="title"]');
    expect(text(title)).to.equal('IOM and UNODC join forces against human trafficking and migrant smuggling');
    expect(title.getAttribute('lang')).to.equal('en');
  });
});
