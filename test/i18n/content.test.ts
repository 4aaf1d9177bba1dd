/**
 * The built-in content in French, Spanish and Arabic, as readers see it in the widgets, and the
 * English a widget shows (marked as English) in a language a feed's record is not written in. These widgets
 * take their content language from their UI locale (src/core/language.ts): French, Spanish and
 * Arabic must be UI locales for `lang="fr"`, `"es"` or `"ar"` to be honoured.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/news-card/define.js';
import '../../src/elements/partnership-timeline/define.js';
import '../../src/elements/project-map/define.js';
import '../../src/elements/contact-box/define.js';
import { part, settled, text } from '../helpers.js';

type Language = 'fr' | 'es' | 'ar';

/** Each widget with a built-in record, its title in French, Spanish and Arabic, and the start of another of its Arabic texts. */
const widgets: readonly {
  tag: string;
  render: (lang: string) => ReturnType<typeof html>;
  title: Record<Language, string>;
  /** A part other than the title, and how its Arabic text begins. */
  arabic: { part: string; start: string };
}[] = [
  {
    tag: 'iom-news-card',
    render: (lang) => html`<iom-news-card article="iom-unodc-partnership-2024" lang=${lang}></iom-news-card>`,
    title: {
      fr: 'L’OIM et l’ONUDC unissent leurs forces contre la traite des personnes et le trafic illicite de migrants',
      es: 'La OIM y la UNODC unen fuerzas contra la trata de personas y el tráfico ilícito de migrantes',
      ar: 'المنظمة الدولية للهجرة ومكتب الأمم المتحدة المعني بالمخدرات والجريمة يوحِّدان جهودهما لمكافحة الاتجار بالأشخاص وتهريب المهاجرين',
    },
    arabic: { part: 'summary', start: 'وُقِّع إعلان شراكة بين المنظمة الدولية للهجرة ومكتب الأمم المتحدة المعني بالمخدرات والجريمة' },
  },
  {
    tag: 'iom-partnership-timeline',
    render: (lang) => html`<iom-partnership-timeline partnership="iom-amazon" lang=${lang}></iom-partnership-timeline>`,
    title: {
      fr: 'OIM et Amazon\u00a0: réponse aux situations d’urgence et soutien aux migrants',
      es: 'OIM y Amazon: respuesta a emergencias y apoyo a los migrantes',
      ar: 'المنظمة الدولية للهجرة وأمازون: الاستجابة لحالات الطوارئ ودعم المهاجرين',
    },
    arabic: { part: 'partners', start: 'الشركاء: المنظمة الدولية للهجرة وأمازون' },
  },
  {
    tag: 'iom-project-map',
    render: (lang) => html`<iom-project-map project="admin4all" lang=${lang}></iom-project-map>`,
    title: {
      fr: 'ADMin4ALL – Soutenir l’inclusion sociale des migrants vulnérables en Europe',
      es: 'ADMin4ALL – Apoyo a la inclusión social de los migrantes vulnerables en Europa',
      ar: 'ADMin4ALL – دعم الإدماج الاجتماعي للمهاجرين المستضعفين في أوروبا',
    },
    arabic: { part: 'summary', start: 'ساعد مشروع ADMin4ALL الحكومات المحلية' },
  },
  {
    tag: 'iom-contact-box',
    render: (lang) => html`<iom-contact-box contact="migration-development-italy" lang=${lang}></iom-contact-box>`,
    title: { fr: 'Programme Migration et développement', es: 'Programa Migración y Desarrollo', ar: 'برنامج الهجرة والتنمية' },
    arabic: { part: 'description', start: 'بعثة المنظمة الدولية للهجرة في روما، التي تضطلع بدور تنسيقي' },
  },
];

/** The widget's title as a reader sees it, with the language it is marked in (if any). */
const titleOf = async (template: ReturnType<typeof html>) => {
  const title = part(await settled(await fixture<HTMLElement>(template)), '[part~="title"]');
  // text() collapses white space, no-break spaces included: compare the text as written.
  return { text: title.textContent!.trim(), lang: title.getAttribute('lang') };
};

describe('built-in content in French, Spanish and Arabic', () => {
  for (const { tag, render, title, arabic } of widgets) {
    for (const language of ['fr', 'es', 'ar'] as const) {
      it(`<${tag} lang="${language}"> shows its record’s title in that language, unmarked`, async () => {
        expect(await titleOf(render(language))).to.deep.equal({ text: title[language], lang: null });
      });
    }

    it(`<${tag} lang="fr-CA"> shows the French title`, async () => {
      expect((await titleOf(render('fr-CA'))).text).to.equal(title.fr);
    });

    it(`<${tag}> on an Arabic page shows its record in Arabic, right to left, with no part marked as another language`, async () => {
      const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl">${render('ar')}</div>`);
      const widget = await settled(page.firstElementChild as HTMLElement);
      expect(part(widget, '[part~="title"]').textContent!.trim()).to.equal(title.ar);
      expect(text(part(widget, `[part~="${arabic.part}"]`)).startsWith(arabic.start), arabic.part).to.equal(true);
      expect(widget.shadowRoot!.querySelectorAll('[lang]').length, 'parts marked as another language').to.equal(0);
      expect(getComputedStyle(part(widget, '[part~="title"]')).direction).to.equal('rtl');
    });
  }

  it('shows an Arabic reader a feed’s English text, marked as English, where its record has no Arabic', async () => {
    const card = await settled(await fixture<HTMLElement>(html`<iom-news-card src="/test/fixtures/feeds/partner.json" article="partner-undated" lang="ar"></iom-news-card>`));
    const title = part(card, '[part~="title"]');
    expect(text(title)).to.equal('Open call for host families');
    expect(title.getAttribute('lang')).to.equal('en');
  });
});
