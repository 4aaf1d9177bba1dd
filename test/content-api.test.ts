/**
 * Built-in content as the widgets read it: from the content API beside the library, or from
 * another one that `data-iom-content-api` names on the widget or an ancestor (here copies served
 * by test/server/content.mjs): a missing document, a document of another format version, an API
 * that fails, and a hostile publisher's documents.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/news-card/define.js';
import '../src/elements/news-list/define.js';
import '../src/elements/partnership-timeline/define.js';
import '../src/elements/project-map/define.js';
import '../src/elements/contact-box/define.js';
import { payloads } from './fixtures/xss/payloads.mjs';
import { collectErrors, part, settled, text, watchWarnings } from './helpers.js';
import type { IomErrorEvent } from '../src/core/error-event.js';

const sentinel = window as { __iomPwned?: unknown };
const title = (el: HTMLElement) => text(el.shadowRoot!.querySelector('[part~="title"]'));
const errorText = (el: HTMLElement) => text(el.shadowRoot!.querySelector('[part~="error"]'));

describe('the content API', () => {
  it('is read beside the library by default, one request per document for every widget that needs it', async () => {
    const before = performance.getEntriesByType('resource').length;
    const box = await fixture<HTMLDivElement>(html`<div>
      <iom-news-card article="iom-amazon-global-agreement" lang="fr"></iom-news-card>
      <iom-news-card article="iom-amazon-global-agreement" lang="fr"></iom-news-card>
    </div>`);
    const cards = [...box.children] as HTMLElement[];
    for (const card of cards) await settled(card);
    expect(cards.map(title)).to.deep.equal([
      'Amazon et l’OIM signent un accord mondial de réponse aux situations d’urgence',
      'Amazon et l’OIM signent un accord mondial de réponse aux situations d’urgence',
    ]);
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/cdn/content/'));
    expect(requests).to.deep.equal(['/cdn/content/news/iom-amazon-global-agreement/fr.json']);
  });

  it('is another one when the widget names it in data-iom-content-api', async () => {
    const el = await settled(
      await fixture<HTMLElement>(html`<iom-news-card article="iom-unodc-partnership-2024" data-iom-content-api="/test-content/staging/"></iom-news-card>`),
    );
    expect(title(el)).to.equal('Staging: IOM and UNODC join forces against trafficking in persons and migrant smuggling');
    const list = await settled(await fixture<HTMLElement>(html`<iom-news-list data-iom-content-api="/test-content/staging/" limit="1"></iom-news-list>`));
    expect(title(list)).to.equal('Staging: IOM and UNODC join forces against trafficking in persons and migrant smuggling');
  });

  it('is another one for every widget of the page when <html> names it, the closest attribute winning', async () => {
    document.documentElement.setAttribute('data-iom-content-api', '/test-content/staging/');
    try {
      const box = await fixture<HTMLDivElement>(html`<div>
        <iom-partnership-timeline partnership="iom-unodc" lang="it"></iom-partnership-timeline>
        <section data-iom-content-api="/cdn/content/">
          <iom-partnership-timeline partnership="iom-unodc" lang="it"></iom-partnership-timeline>
        </section>
      </div>`);
      const [staging, beside] = [...box.querySelectorAll('iom-partnership-timeline')] as HTMLElement[];
      await settled(staging!);
      await settled(beside!);
      expect(title(staging!)).to.match(/^Staging: OIM e UNODC/);
      expect(title(beside!)).to.match(/^OIM e UNODC/);
    } finally {
      document.documentElement.removeAttribute('data-iom-content-api');
    }
  });

  it('tells a reader there is no such record when its document is missing (404)', async () => {
    const errors = collectErrors();
    const warnings = watchWarnings();
    try {
      const el = await settled(await fixture<HTMLElement>(html`<iom-project-map project="no-such-project" data-iom-content-api="/test-content/staging/"></iom-project-map>`));
      expect(errorText(el)).to.include('There is no project with the id “no-such-project”. Check the project attribute.');
      expect((errors[0] as unknown as IomErrorEvent).detail.code).to.equal('unknown-id');
    } finally {
      errors.stop();
      warnings.restore();
    }
  });

  for (const [lang, message] of [
    ['en', 'This content was published in a format this version of the widgets cannot read.'],
    ['fr', 'Ce contenu a été publié dans un format que cette version des widgets ne sait pas lire.'],
    ['es', 'Este contenido se publicó en un formato que esta versión de los widgets no puede leer.'],
    ['it', 'Questo contenuto è stato pubblicato in un formato che questa versione dei widget non sa leggere.'],
    ['ar', 'نُشر هذا المحتوى بتنسيق لا يمكن لهذا الإصدار من الأدوات قراءته.'],
  ] as const) {
    it(`says, in ${lang}, that a document of another format version cannot be read (content-format)`, async () => {
      const errors = collectErrors();
      const warnings = watchWarnings();
      try {
        const el = await settled(
          await fixture<HTMLElement>(html`<iom-contact-box contact="integration-italy" lang=${lang} data-iom-content-api="/test-content/format-2/"></iom-contact-box>`),
        );
        expect(errorText(el)).to.include(message);
        expect(text(part(el, '[part~="error"] code'))).to.equal('data-iom-content-api="/test-content/format-2/"');
        const detail = (errors[0] as unknown as IomErrorEvent).detail;
        expect(detail.code).to.equal('content-format');
        expect(detail.message).to.equal(message);
        expect(warnings.messages.join('\n')).to.include(': format 2, not 1');
      } finally {
        errors.stop();
        warnings.restore();
      }
    });
  }

  it('says the content could not be loaded when the API fails (content-network)', async () => {
    const errors = collectErrors();
    const warnings = watchWarnings();
    try {
      const el = await settled(await fixture<HTMLElement>(html`<iom-news-list lang="es" data-iom-content-api="/test-content/failing/"></iom-news-list>`));
      expect(errorText(el)).to.include('No se pudo cargar el contenido. Inténtelo de nuevo más tarde.');
      expect((errors[0] as unknown as IomErrorEvent).detail.code).to.equal('content-network');
    } finally {
      errors.stop();
      warnings.restore();
    }
  });

  it('shows a hostile publisher’s records as text and runs nothing', async () => {
    delete sentinel.__iomPwned;
    const warnings = watchWarnings();
    try {
      const box = await fixture<HTMLDivElement>(html`<div data-iom-content-api="/test-content/hostile/">
        ${payloads.map((_, index) => html`<iom-news-card article="xss-${index}"></iom-news-card>`)}
        <iom-partnership-timeline partnership="xss-partnership-0"></iom-partnership-timeline>
        <iom-project-map project="xss-project-0"></iom-project-map>
        <iom-contact-box contact="xss-contact-0"></iom-contact-box>
      </div>`);
      const widgets = [...box.children] as HTMLElement[];
      for (const widget of widgets) await settled(widget, 7000);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(sentinel.__iomPwned, 'an injected script ran').to.equal(undefined);
      for (const widget of widgets) expect(widget.shadowRoot!.querySelector('[part~="error"]'), widget.outerHTML).to.equal(null);
      const cards = widgets.slice(0, payloads.length);
      expect(payloads.filter((payload, index) => !cards[index]!.shadowRoot!.textContent!.includes(payload))).to.deep.equal([]);
      const scripts = widgets.flatMap((widget) => [...widget.shadowRoot!.querySelectorAll('script, iframe, object, embed, [onerror], [onload]')]);
      expect(scripts).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
