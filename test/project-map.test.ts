import { expect, waitUntil, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/project-map/define.js';
import type { IomProjectMap } from '../src/elements/project-map/project-map.js';
import { collectErrors, expectWcag22, part, settled, text, watchWarnings } from './helpers.js';

const map = async (template: ReturnType<typeof html>) => settled(await fixture<IomProjectMap>(template));
const countries = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="country"]')];
const labels = (el: HTMLElement) => countries(el).map((country) => country.getAttribute('aria-label'));
const listed = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part~="countries"] li')].map(text);
const focused = (el: HTMLElement) => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.country;

describe('<iom-project-map>', () => {
  it('highlights and names the seven ADMin4ALL countries in English, and lists the same facts', async () => {
    const el = await map(html`<iom-project-map project="admin4all" lang="en"></iom-project-map>`);
    const names = ['Italy', 'Austria', 'Poland', 'Romania', 'Spain', 'Greece', 'Malta'];
    expect(labels(el)).to.deep.equal(names);
    expect(countries(el).map((country) => country.dataset.country)).to.deep.equal(['IT', 'AT', 'PL', 'RO', 'ES', 'GR', 'MT']);
    expect(listed(el)).to.deep.equal(names);
    expect(text(part(el, '[part~="title"]'))).to.match(/^ADMin4ALL/);
    expect(text(part(el, '[part~="status"]'))).to.equal('Concluded project');
    expect([...el.shadowRoot!.querySelectorAll('.figure-value')].map(text)).to.deep.equal(['over 35', '7']);
    expect(text(part(el, '[part~="resources"]'))).to.contain('(in Italian, English, German, Polish and Romanian)');
    expect((part(el, '[part~="contact"] a') as HTMLAnchorElement).href).to.equal('mailto:integrationitaly@iom.int');
    expect(text(part(el, '[part~="disclaimer"]'))).to.contain('do not imply official endorsement');
    await expectWcag22(el);
  });

  it('names the countries in Italian, through Intl', async () => {
    const el = await map(html`<iom-project-map project="admin4all" lang="it"></iom-project-map>`);
    expect(labels(el)).to.deep.equal(['Italia', 'Austria', 'Polonia', 'Romania', 'Spagna', 'Grecia', 'Malta']);
    expect(text(part(el, '[part~="status"]'))).to.equal('Progetto concluso');
    expect(text(part(el, '[part~="resources"]'))).to.contain('(in italiano, inglese, tedesco, polacco e rumeno)');
    await expectWcag22(el);
  });

  it('writes a country’s note after its name with each language’s punctuation, the note in its own language', async () => {
    const el = await map(html`<iom-project-map lang="fr" src="/test/fixtures/feeds/projects.json" project="island-project"></iom-project-map>`);
    // French puts a no-break space before the colon.
    const item = el.shadowRoot!.querySelector('[part~="countries"] li')!.textContent!.replace(/[ \t\n]+/g, ' ').trim();
    expect(item).to.equal('Malte\u00a0: Valletta office');
    expect(labels(el)).to.deep.equal(['Malte\u00a0: Valletta office']);
    expect(el.shadowRoot!.querySelector('[part~="countries"] li span')!.getAttribute('lang')).to.equal('en');
  });

  it('gives Malta a marker at least 24 × 24 px that a pointer can pick', async () => {
    const el = await map(html`<iom-project-map project="admin4all"></iom-project-map>`);
    part(el, '[data-country="MT"] .marker').scrollIntoView({ block: 'center' });
    // The markers take their size from the map's width once it is laid out (a ResizeObserver).
    await waitUntil(() => part(el, '[data-country="MT"] .marker').getBoundingClientRect().width >= 24, 'the marker did not reach 24 px', { timeout: 2000 });
    const marker = part(el, '[data-country="MT"] .marker').getBoundingClientRect();
    expect(marker.width).to.be.at.least(24);
    expect(marker.height).to.be.at.least(24);
    const picked = oneEvent(el, 'iom-country-select');
    await sendMouse({ type: 'click', position: [Math.round(marker.x + marker.width / 2), Math.round(marker.y + marker.height / 2)] });
    expect((await picked).detail).to.deep.equal({ country: 'MT' });
  });

  it('takes one tab stop and moves between countries with the arrow keys, in the list’s order', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <button>before</button>
      <iom-project-map project="admin4all"></iom-project-map>
      <button>after</button>
    </div>`);
    const el = await settled(page.querySelector<IomProjectMap>('iom-project-map')!);
    // The country under the pointer is told before the focused one: the pointer is kept off the map.
    await sendMouse({ type: 'move', position: [0, 0] });
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('IT');
    await el.updateComplete;
    expect(text(part(el, '[part~="details"]'))).to.equal('Italy');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('AT');
    await el.updateComplete;
    expect(text(part(el, '[part~="details"]'))).to.equal('Austria');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('MT');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('IT');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('MT');
    const picked = oneEvent(el, 'iom-country-select');
    await sendKeys({ press: 'Enter' });
    const event = await picked;
    expect(event.detail).to.deep.equal({ country: 'MT' });
    expect(event.bubbles && event.composed).to.equal(true);
    // One tab stop: Tab leaves the map for the next control (the contact's email link).
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('mailto:integrationitaly@iom.int');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal('MT');
  });

  it('tells the name of the country under the pointer, and fires iom-ready once shown', async () => {
    const el = document.createElement('iom-project-map');
    el.setAttribute('project', 'admin4all');
    const ready = oneEvent(el, 'iom-ready');
    document.body.append(el);
    await ready;
    await el.updateComplete;
    const poland = part(el, '[data-country="PL"] path');
    poland.scrollIntoView({ block: 'center' });
    const box = poland.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    expect(text(part(el, '[part~="details"]'))).to.equal('Poland');
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect(text(part(el, '[part~="details"]'))).to.equal('');
    el.remove();
  });

  it('fits the frame to the project: a one-country project zooms in', async () => {
    const wide = await map(html`<iom-project-map project="admin4all"></iom-project-map>`);
    const island = await map(html`<iom-project-map src="/test/fixtures/feeds/projects.json" project="island-project" lang="en"></iom-project-map>`);
    // Malta's outline, drawn at the same width, is more than twice as large on the island's map.
    const malta = (el: HTMLElement) => part(el, '[data-country="MT"] path').getBoundingClientRect().width;
    expect(malta(island)).to.be.above(malta(wide) * 2);
    expect(labels(island)).to.deep.equal(['Malta: Valletta office']);
    expect(listed(island)).to.deep.equal(['Malta: Valletta office']);
  });

  it('scales with its container from a sidebar to a banner without distortion', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><iom-project-map project="admin4all"></iom-project-map></div>`);
    const el = await settled(box.querySelector<IomProjectMap>('iom-project-map')!);
    const [, , w, h] = part(el, 'svg').getAttribute('viewBox')!.split(' ').map(Number);
    for (const width of [280, 1200]) {
      box.style.width = `${width}px`;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rect = part(el, 'svg').getBoundingClientRect();
      expect(rect.width / rect.height).to.be.closeTo(w! / h!, 0.02);
      const marker = part(el, '[data-country="MT"] .marker').getBoundingClientRect();
      expect(marker.width, `marker at ${width}px`).to.be.at.least(24);
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`passes the WCAG 2.2 rules in the ${theme} theme, in a narrow container`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div><iom-project-map project="admin4all" theme=${theme}></iom-project-map></div>`);
      box.style.width = '280px';
      const el = await settled(box.querySelector<IomProjectMap>('iom-project-map')!);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await expectWcag22(el);
    });
  }

  it('shows the Migration and Development programme', async () => {
    const el = await map(html`<iom-project-map project="migration-and-development" lang="it"></iom-project-map>`);
    expect(labels(el)).to.deep.equal(['Italia']);
    expect(text(part(el, '[part~="status"]'))).to.equal('Progetto in corso');
    expect((part(el, '[part~="contact"] a') as HTMLAnchorElement).href).to.equal('mailto:migrationdevelopmentitaly@iom.int');
  });

  describe('bad input', () => {
    it('says so for an unknown project', async () => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await map(html`<iom-project-map project="no-such-project"></iom-project-map>`);
        expect(text(part(el, '[part~="error"]'))).to.contain('There is no project with the id “no-such-project”');
        expect(errors.map((event) => event.detail.code)).to.deep.equal(['unknown-id']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<iom-project-map>').and.contain('project="no-such-project"');
        await expectWcag22(el);
      } finally {
        warnings.restore();
        errors.stop();
      }
    });

    it('skips unknown and invalid country codes with a warning and a note, and shows the rest', async () => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await map(html`<iom-project-map src="/test/fixtures/feeds/projects.json" project="odd-codes" lang="en"></iom-project-map>`);
        expect(labels(el)).to.deep.equal(['Italy', 'United States']);
        expect(listed(el)).to.deep.equal([
          'Italy',
          'United States',
          '“XX” is not a known country code and is not shown.',
          'Some country codes in the content source are not valid and are not shown.',
        ]);
        expect(errors.map((event) => event.detail.code)).to.deep.equal(['feed-partial']);
        expect(warnings.messages.join('\n')).to.contain('projects[1].countries[2].code: "italy" is not an ISO 3166-1 alpha-2 country code');
        expect(warnings.messages.join('\n')).to.contain('project="odd-codes" lists country codes that do not exist; they are left out: XX');
        await expectWcag22(el);
      } finally {
        warnings.restore();
        errors.stop();
      }
    });

    it('says clearly when a project lists no countries', async () => {
      const el = await map(html`<iom-project-map src="/test/fixtures/feeds/projects.json" project="nowhere"></iom-project-map>`);
      expect(text(part(el, '[part~="empty"]'))).to.equal('This project lists no countries.');
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      await expectWcag22(el);
    });
  });
});
