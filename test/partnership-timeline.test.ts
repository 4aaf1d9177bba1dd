import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/partnership-timeline/define.js';
import type { IomPartnershipTimeline } from '../src/elements/partnership-timeline/partnership-timeline.js';
import { getPartnership } from '../src/data/index.js';
import { collectErrors, expectWcag22, part, settled, text, watchWarnings } from './helpers.js';

const timeline = async (template: ReturnType<typeof html>) =>
  settled(await fixture<IomPartnershipTimeline>(template));
const milestones = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="milestone"]')];
const titles = (el: HTMLElement) => milestones(el).map((item) => text(item.querySelector('[part~="milestone-title"]')));
const dates = (el: HTMLElement) => milestones(el).map((item) => text(item.querySelector('[part~="date"]')));

describe('<iom-partnership-timeline>', () => {
  for (const id of ['iom-unodc', 'iom-amazon']) {
    for (const lang of ['en', 'it', 'ar']) {
      it(`shows every milestone of ${id} in ${lang}, in order, as one list`, async () => {
        const data = (await getPartnership(id, undefined, lang))!;
        const el = await timeline(html`<iom-partnership-timeline partnership=${id} lang=${lang}></iom-partnership-timeline>`);
        expect(text(part(el, '[part~="title"]'))).to.equal(data.title[lang]);
        const list = part(el, 'ol[part~="milestones"]');
        expect(list.querySelectorAll(':scope > li')).to.have.length(data.milestones.length);
        expect(titles(el)).to.deep.equal(data.milestones.map((milestone) => milestone.title[lang]));
        milestones(el).forEach((item, index) => {
          const milestone = data.milestones[index]!;
          expect(text(item.querySelector('[part~="description"]'))).to.equal(milestone.description?.[lang] ?? '');
          expect(item.querySelector('time')?.getAttribute('datetime') ?? null).to.equal(milestone.date ?? null);
          expect(item.querySelectorAll('[part~="figure"]')).to.have.length(milestone.figures?.length ?? 0);
        });
        await expect(el).to.be.accessible();
      });
    }
  }

  it('names both partners with their acronyms expanded', async () => {
    const el = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="en"></iom-partnership-timeline>`);
    expect(text(part(el, '[part~="partners"]'))).to.equal(
      'Partners: IOM (International Organization for Migration) and UNODC (United Nations Office on Drugs and Crime)',
    );
    const italian = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="it"></iom-partnership-timeline>`);
    expect(text(part(italian, '[part~="partners"]'))).to.match(/^Partner: OIM \(Organizzazione Internazionale per le Migrazioni\) e UNODC/);
  });

  it('formats dates known to the day or the year, and says when a date is not given', async () => {
    const en = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="en"></iom-partnership-timeline>`);
    expect(dates(en)).to.deep.equal([
      '17 April 2012',
      'Date not given',
      'Date not given',
      '2 July 2024',
      'Date not announced Upcoming',
      'Date not announced Upcoming',
    ]);
    const it_ = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="it"></iom-partnership-timeline>`);
    expect(dates(it_)[0]).to.equal('17 aprile 2012');
    expect(dates(it_)[3]).to.equal('2 luglio 2024');
    expect(dates(it_)[4]).to.equal('Data non annunciata In programma');
  });

  it('says the 2012 Cooperation Agreement guided the IOM–UNODC partnership, as its source does', async () => {
    const en = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="en"></iom-partnership-timeline>`);
    expect(text(part(en, '[part~="summary"]'))).to.match(/^IOM and UNODC have a long-standing partnership, guided by a Cooperation Agreement signed in 2012\./);
    const es = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="es"></iom-partnership-timeline>`);
    expect(text(part(es, '[part~="summary"]'))).to.match(/^La OIM y la UNODC mantienen una alianza de larga data, guiada por un Acuerdo de Cooperación firmado en 2012\./);
  });

  it('tells the IOM–Amazon partnership from its sources: two years of work together, not Amazon’s own relief since 2017', async () => {
    const en = await timeline(html`<iom-partnership-timeline partnership="iom-amazon" lang="en"></iom-partnership-timeline>`);
    expect(text(part(en, '[part~="summary"]'))).to.match(/^In the two years before their global agreement, IOM and Amazon worked together/);
    expect(titles(en)).to.deep.equal([
      'Essential goods for refugees in Europe',
      'Support after the earthquakes in Türkiye and Syria',
      'Volunteering by Amazon employees',
      'Global agreement announced',
      'Refugee integration, vocational training and fair recruitment',
    ]);
    expect(text(part(en, '[part~="milestones"]'))).not.to.contain('2017');
  });

  it('shows the Cairo signing with its place, people and roles', async () => {
    const el = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="en"></iom-partnership-timeline>`);
    const cairo = milestones(el)[3]!;
    expect(text(cairo.querySelector('[part~="place"]'))).to.equal('Place: Cairo');
    expect([...cairo.querySelectorAll('[part~="people"] li')].map(text)).to.deep.equal([
      'Amy Pope, Director General, IOM',
      'Ghada Waly, Executive Director, UNODC',
    ]);
    const italian = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="it"></iom-partnership-timeline>`);
    expect(text(milestones(italian)[3]!.querySelector('[part~="people"] li'))).to.equal('Amy Pope, Direttrice generale dell’OIM');
    // Arabic separates the name and the role with its own comma.
    const arabic = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="ar"></iom-partnership-timeline>`);
    const person = text(milestones(arabic)[3]!.querySelector('[part~="people"] li'));
    expect(person).to.match(/^Amy Pope، /);
    expect(person).not.to.contain(',');
  });

  it('says "about" and "over" for the Amazon figures in each language', async () => {
    const en = await timeline(html`<iom-partnership-timeline partnership="iom-amazon" lang="en"></iom-partnership-timeline>`);
    const values = [...en.shadowRoot!.querySelectorAll('.figure-value')].map(text);
    expect(values).to.deep.equal(['about 7.1 million US dollars', 'over 1.5 million US dollars']);
    const it_ = await timeline(html`<iom-partnership-timeline partnership="iom-amazon" lang="it"></iom-partnership-timeline>`);
    expect([...it_.shadowRoot!.querySelectorAll('.figure-value')].map(text)).to.deep.equal(['circa 7,1 milioni di dollari statunitensi', 'oltre 1,5 milioni di dollari statunitensi']);
  });

  it('marks upcoming milestones in text and look, never as past', async () => {
    const el = await timeline(html`<iom-partnership-timeline partnership="iom-unodc" lang="en"></iom-partnership-timeline>`);
    const upcoming = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="upcoming"]')];
    expect(upcoming).to.have.length(2);
    for (const item of upcoming) {
      expect(text(item.querySelector('[part~="status"]'))).to.equal('Upcoming');
      expect(item.querySelector('time')).to.equal(null);
      expect(getComputedStyle(item).borderTopStyle).to.equal('dashed');
    }
    const past = milestones(el).filter((item) => !item.matches('[part~="upcoming"]'));
    for (const item of past) {
      expect(item.querySelector('[part~="status"]')).to.equal(null);
      expect(getComputedStyle(item).borderTopStyle).to.equal('solid');
    }
  });

  it('orders newest first when asked, keeping the order the sources imply', async () => {
    const data = (await getPartnership('iom-amazon'))!;
    const el = await timeline(html`<iom-partnership-timeline partnership="iom-amazon" order="newest-first" lang="en"></iom-partnership-timeline>`);
    expect(titles(el)).to.deep.equal([...data.milestones].reverse().map((milestone) => milestone.title.en));
    expect(milestones(el)[0]!.matches('[part~="upcoming"]')).to.equal(true);
  });

  it('lays out horizontally in a wide container, vertically in a narrow one, and scrolls by keyboard', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><iom-partnership-timeline partnership="iom-unodc" orientation="horizontal"></iom-partnership-timeline></div>`);
    box.style.width = '1000px';
    const el = await settled(box.querySelector<IomPartnershipTimeline>('iom-partnership-timeline')!);
    const [first, second] = milestones(el);
    expect(second!.getBoundingClientRect().left).to.be.greaterThan(first!.getBoundingClientRect().right - 1);
    expect(part(el, 'ol').getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
    box.style.width = '320px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const [top, below] = milestones(el);
    expect(below!.getBoundingClientRect().top).to.be.greaterThan(top!.getBoundingClientRect().bottom - 1);
    await expect(el).to.be.accessible();
  });

  describe('horizontal, when the milestones overflow', () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    /** A horizontal timeline in a container `width` px wide, in `dir`. */
    const horizontal = async (width: number, dir = 'ltr') => {
      const box = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="inline-size: ${width}px"><iom-partnership-timeline partnership="iom-unodc" orientation="horizontal"></iom-partnership-timeline></div>`,
      );
      const el = await settled(box.querySelector<IomPartnershipTimeline>('iom-partnership-timeline')!);
      await frames();
      return { el, list: part(el, 'ol[part~="milestones"]') };
    };
    /** Which sides of the list fade out where it is scrolled now: `left`, `right`, `left right` or `none`. */
    const fading = (list: HTMLElement): string => {
      const mask = getComputedStyle(list).maskImage;
      if (mask === 'none') return 'none';
      const [, towards, stops] = mask.match(/^linear-gradient\(to (left|right), (.*)\)$/)!;
      const clear = 'rgba(0, 0, 0, 0)';
      const [start, end] = towards === 'right' ? ['left', 'right'] : ['right', 'left'];
      const sides = [stops!.startsWith(clear) && start, stops!.endsWith(clear) && end].filter(Boolean);
      return sides.sort().join(' ');
    };

    it('fades the edge beyond which more milestones follow, and nothing when they all fit', async () => {
      const { el, list } = await horizontal(1000);
      expect(list.scrollWidth).to.be.above(list.clientWidth);
      expect(fading(list)).to.equal('right');
      list.scrollLeft = (list.scrollWidth - list.clientWidth) / 2;
      await frames();
      expect(fading(list)).to.equal('left right');
      list.scrollLeft = list.scrollWidth;
      await frames();
      expect(fading(list)).to.equal('left');
      await expectWcag22(el);
      const wide = await horizontal(2000);
      expect(wide.list.scrollWidth).to.equal(wide.list.clientWidth);
      expect(fading(wide.list)).to.equal('none');
    });

    it('fades the left edge first in right-to-left text, the right one once scrolled to the end', async () => {
      const { list } = await horizontal(1000, 'rtl');
      expect(list.scrollWidth).to.be.above(list.clientWidth);
      expect(fading(list)).to.equal('left');
      list.scrollLeft = -list.scrollWidth;
      await frames();
      expect(fading(list)).to.equal('right');
    });

    it('scrolls by keyboard: the list is a named tab stop, and the arrow keys move it', async () => {
      const { list } = await horizontal(1000);
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(list.matches(':focus')).to.equal(true);
        expect(list.getAttribute('aria-label')).to.equal('Milestones');
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => list.scrollLeft > 0, 'the right arrow did not scroll the milestones');
        await frames();
        expect(fading(list)).to.equal('left right');
      } finally {
        before.remove();
      }
    });
  });

  it('fires iom-ready once shown', async () => {
    const el = document.createElement('iom-partnership-timeline');
    el.setAttribute('partnership', 'iom-amazon');
    const ready = oneEvent(el, 'iom-ready');
    document.body.append(el);
    await ready;
    expect(milestones(el).length).to.be.greaterThan(0);
    el.remove();
  });

  it('keeps its space and passes axe while a feed loads', async () => {
    const el = await fixture<IomPartnershipTimeline>(
      html`<iom-partnership-timeline src="/test-feeds/slow?timeline" partnership="x"></iom-partnership-timeline>`,
    );
    const loading = part(el, '[part~="loading"]');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    for (const orientation of ['vertical', 'horizontal']) {
      it(`passes axe: ${orientation}, ${theme}, Italian`, async () => {
        const el = await timeline(html`<iom-partnership-timeline partnership="iom-amazon" lang="it" theme=${theme} orientation=${orientation}></iom-partnership-timeline>`);
        await expect(el).to.be.accessible();
      });
    }
  }

  describe('bad input', () => {
    const withProblem = async (template: ReturnType<typeof html>) => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await timeline(template);
        return { el, errors: [...errors], warnings: warnings.messages };
      } finally {
        warnings.restore();
        errors.stop();
      }
    };

    it('says so for an unknown id and a missing attribute', async () => {
      const unknown = await withProblem(html`<iom-partnership-timeline partnership="iom-nobody"></iom-partnership-timeline>`);
      expect(text(part(unknown.el, '[part~="error"]'))).to.contain('There is no partnership with the id “iom-nobody”');
      expect(unknown.errors.map((event) => event.detail.code)).to.deep.equal(['unknown-id']);
      expect(unknown.warnings).to.have.length(1);
      expect(unknown.warnings[0]).to.contain('<iom-partnership-timeline>').and.contain('partnership="iom-nobody"');
      await expect(unknown.el).to.be.accessible();
      const missing = await withProblem(html`<iom-partnership-timeline></iom-partnership-timeline>`);
      expect(missing.errors.map((event) => event.detail.code)).to.deep.equal(['missing-attribute']);
    });

    it('shows the valid milestones of a feed, reports the malformed ones with their paths, and the impossible date', async () => {
      const { el, errors, warnings } = await withProblem(
        html`<iom-partnership-timeline src="/test/fixtures/feeds/partnerships.json" partnership="city-ngo"></iom-partnership-timeline>`,
      );
      expect(titles(el)).to.deep.equal(['First joint workshop', 'Impossible date', 'Second phase']);
      expect(dates(el)).to.deep.equal(['March 2021', 'Date not given', '2023']);
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['feed-partial']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('partnerships[0].milestones[1].date: "2022-02-30" is not a date');
      expect(warnings[0]).to.contain('partnerships[0].milestones[2].title: expected an object, got a string');
      expect(text(part(el, '[part~="notice"]'))).to.contain('Some entries of the content source are not valid');
      expect(text(part(el, '[part~="partners"]'))).to.equal('Partners: IOM (International Organization for Migration) and Harbour Welcome Network');
    });

    it('says clearly when a partnership has no milestones', async () => {
      const { el } = await withProblem(
        html`<iom-partnership-timeline src="/test/fixtures/feeds/partnerships.json" partnership="no-milestones"></iom-partnership-timeline>`,
      );
      expect(text(part(el, '[part~="empty"]'))).to.equal('No milestones have been published for this partnership yet.');
      expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ignores an unknown orientation or order with a note, and keeps the defaults', async () => {
      const { el, errors } = await withProblem(
        html`<iom-partnership-timeline partnership="iom-unodc" orientation="diagonal" order="random"></iom-partnership-timeline>`,
      );
      expect(errors.map((event) => [event.detail.code, event.detail.attribute])).to.deep.equal([
        ['invalid-attribute', 'orientation'],
        ['invalid-attribute', 'order'],
      ]);
      expect(titles(el)[0]).to.equal('Cooperation Agreement signed');
      expect(el.shadowRoot!.querySelectorAll('[part~="notice"]')).to.have.length(2);
    });
  });
});
