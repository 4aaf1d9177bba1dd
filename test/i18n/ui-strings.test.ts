/**
 * The widgets' own labels, buttons, accessible names and error texts in French, Spanish and
 * Arabic. The expected texts are written out here, not read from the locale modules, so a
 * missing, stale or misplaced translation fails.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/contact-box/define.js';
import '../../src/elements/news-card/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/partnership-timeline/define.js';
import '../../src/elements/project-map/define.js';
import { expectWcag22, part, settled, watchWarnings } from '../helpers.js';

const NBSP = '\u00a0';

interface Expected {
  contactLabels: string[];
  copyButtons: string[];
  addToContacts: string;
  unknownContact: string;
  organisations: string;
  readMore: string;
  approximately: string;
  newsListName: string;
  partners: string;
  milestonesName: string;
  upcoming: string;
  concluded: string;
  mapName: string;
  legend: string;
  countries: string;
  publications: string;
  inLanguages: string;
  emailCopied: string;
  missingProject: string;
}

const expected: Record<'fr' | 'es' | 'ar', Expected> = {
  fr: {
    contactLabels: ['Courriel', 'Téléphone'],
    copyButtons: ['Copier l’adresse électronique', 'Copier le numéro de téléphone'],
    addToContacts: 'Ajouter aux contacts',
    unknownContact: `Il n’existe aucun contact ayant l’identifiant «${NBSP}nowhere${NBSP}». Vérifiez l’attribut contact.`,
    organisations: `Organisations${NBSP}:`,
    readMore: 'Lire l’article complet sur \u2068UNRIC\u2069',
    approximately: 'environ ',
    newsListName: 'Actualités',
    partners: `Partenaires${NBSP}:`,
    milestonesName: 'Étapes clés',
    upcoming: 'À venir',
    concluded: 'Projet terminé',
    mapName: 'Carte des pays du projet',
    legend: 'Pays du projet Autres pays',
    countries: `Pays (7)${NBSP}:`,
    publications: `Publications${NBSP}:`,
    inLanguages: '(en ',
    emailCopied: 'Adresse électronique copiée.',
    missingProject: `Aucun projet n’a été choisi${NBSP}: indiquez l’identifiant d’un projet dans l’attribut project.`,
  },
  es: {
    contactLabels: ['Correo electrónico', 'Teléfono'],
    copyButtons: ['Copiar la dirección de correo electrónico', 'Copiar el número de teléfono'],
    addToContacts: 'Añadir a contactos',
    unknownContact: 'No existe ningún contacto con el identificador «nowhere». Compruebe el atributo contact.',
    organisations: 'Organizaciones:',
    readMore: 'Leer el artículo completo en \u2068UNRIC\u2069',
    approximately: 'alrededor de ',
    newsListName: 'Noticias',
    partners: 'Asociados:',
    milestonesName: 'Hitos',
    upcoming: 'Previsto',
    concluded: 'Proyecto concluido',
    mapName: 'Mapa de los países del proyecto',
    legend: 'Países del proyecto Otros países',
    countries: 'Países (7):',
    publications: 'Publicaciones:',
    inLanguages: '(en ',
    emailCopied: 'Dirección de correo electrónico copiada.',
    missingProject: 'No se eligió ningún proyecto: indique el identificador de un proyecto en el atributo project.',
  },
  ar: {
    contactLabels: ['البريد الإلكتروني', 'الهاتف'],
    copyButtons: ['نسخ عنوان البريد الإلكتروني', 'نسخ رقم الهاتف'],
    addToContacts: 'إضافة إلى جهات الاتصال',
    unknownContact: 'لا توجد جهة اتصال بالمعرِّف «nowhere». يُرجى التحقق من السمة contact.',
    organisations: 'المنظمات:',
    readMore: 'قراءة المقال كاملًا على موقع \u2068مركز الأمم المتحدة الإقليمي للإعلام\u2069',
    approximately: 'نحو ',
    newsListName: 'الأخبار',
    partners: 'الشركاء:',
    milestonesName: 'المعالم الرئيسية',
    upcoming: 'قادم',
    concluded: 'مشروع مكتمل',
    mapName: 'خريطة بلدان المشروع',
    legend: 'بلدان المشروع بلدان أخرى',
    countries: 'البلدان (7):',
    publications: 'المنشورات:',
    // Not ب glued to a list made at run time.
    inLanguages: '(باللغات: ',
    // The passive, as UN Arabic writes it, not تمّ with a verbal noun.
    emailCopied: 'نُسخ عنوان البريد الإلكتروني.',
    missingProject: 'لم يُحدَّد أي مشروع: يُرجى إدخال معرِّف مشروع في السمة project.',
  },
};

/** Text as shown, white space collapsed but no-break spaces kept (helpers' `text` folds them). */
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
const show = async <T extends HTMLElement>(template: ReturnType<typeof html>) => settled(await fixture<T>(template));
const all = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)].map(text);

for (const [lang, says] of Object.entries(expected)) {
  describe(`UI strings in ${lang}`, () => {
    it('<iom-contact-box>: channel labels, buttons and the unknown-id message', async () => {
      const el = await show(html`<iom-contact-box contact="migration-development-italy" lang=${lang}></iom-contact-box>`);
      expect(all(el, 'dt')).to.deep.equal(says.contactLabels);
      expect(all(el, 'button[part~="copy"]')).to.deep.equal(says.copyButtons);
      expect(text(part(el, 'button[part~="vcard"]'))).to.equal(says.addToContacts);
      await expectWcag22(el);

      const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
      try {
        part(el, 'button[part~="copy"]').click();
        await waitUntil(() => text(el.shadowRoot!.querySelector('[part~="feedback"]')) !== '', 'nothing was said', { timeout: 3000 });
        expect(text(part(el, '[part~="feedback"]'))).to.equal(says.emailCopied);
      } finally {
        if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }

      const warnings = watchWarnings();
      try {
        const wrong = await show(html`<iom-contact-box contact="nowhere" lang=${lang}></iom-contact-box>`);
        expect(text(part(wrong, '[part~="error"]'))).to.contain(says.unknownContact);
      } finally {
        warnings.restore();
      }
    });

    it('<iom-news-card>: organizations label, the link to the source and an approximate figure', async () => {
      const el = await show(html`<iom-news-card article="iom-unodc-partnership-2024" lang=${lang}></iom-news-card>`);
      expect(text(part(el, '[part~="organizations"] .label'))).to.equal(says.organisations);
      expect(text(part(el, 'a[part~="link"]'))).to.match(new RegExp(`^${says.readMore}: `));
      const amazon = await show(html`<iom-news-card article="iom-amazon-global-agreement" lang=${lang}></iom-news-card>`);
      expect(all(amazon, '.figure-value').some((value) => value.startsWith(says.approximately))).to.equal(true);
      await expectWcag22(el);
    });

    it('<iom-news-list>: the accessible name of the list', async () => {
      const el = await show(html`<iom-news-list lang=${lang}></iom-news-list>`);
      expect(part(el, 'ul[part~="list"]').getAttribute('aria-label')).to.equal(says.newsListName);
    });

    it('<iom-partnership-timeline>: partners label, the milestones’ accessible name and the upcoming badge', async () => {
      const el = await show(html`<iom-partnership-timeline partnership="iom-unodc" lang=${lang}></iom-partnership-timeline>`);
      expect(text(part(el, '[part~="partners"] .label'))).to.equal(says.partners);
      expect(part(el, 'ol[part~="milestones"]').getAttribute('aria-label')).to.equal(says.milestonesName);
      expect(all(el, '[part~="status"]')).to.include(says.upcoming);
      await expectWcag22(el);
    });

    it('<iom-project-map>: status, the map’s accessible name, legend, list labels and the missing-id message', async () => {
      const el = await show(html`<iom-project-map project="admin4all" lang=${lang}></iom-project-map>`);
      expect(text(part(el, 'p[part~="status"]'))).to.equal(says.concluded);
      expect(part(el, 'svg').getAttribute('aria-label')).to.equal(says.mapName);
      expect(text(part(el, '[part~="legend"]'))).to.equal(says.legend);
      expect(text(part(el, '#countries-label'))).to.equal(says.countries);
      expect(text(part(el, '#resources-label'))).to.equal(says.publications);
      const languages = all(el, '[part~="resources"] .aside');
      expect(languages.length).to.be.above(0);
      for (const written of languages) expect(written.startsWith(says.inLanguages), written).to.equal(true);
      await expectWcag22(el);

      const warnings = watchWarnings();
      try {
        const missing = await show(html`<iom-project-map lang=${lang}></iom-project-map>`);
        expect(text(part(missing, '[part~="error"]'))).to.contain(says.missingProject);
      } finally {
        warnings.restore();
      }
    });
  });
}
