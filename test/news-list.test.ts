import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/news-list/define.js';
import type { IomNewsList } from '../src/elements/news-list/news-list.js';
import { collectErrors, expectWcag22, part, settled, text, watchWarnings } from './helpers.js';

const list = async (template: ReturnType<typeof html>) => settled(await fixture<IomNewsList>(template));
const titles = (el: IomNewsList) => [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map(text);

describe('<iom-news-list>', () => {
  it('lists the built-in news newest first, undated last, as a list of N items', async () => {
    const el = await list(html`<iom-news-list lang="en"></iom-news-list>`);
    const ul = part(el, 'ul[part~="list"]');
    expect(ul.getAttribute('role')).to.equal('list');
    expect(ul.getAttribute('aria-label')).to.equal('News');
    expect(ul.querySelectorAll(':scope > li')).to.have.length(2);
    expect(titles(el)).to.deep.equal([
      'IOM and UNODC join forces against trafficking in persons and migrant smuggling',
      'Amazon and IOM sign a global agreement on emergency response',
    ]);
    const ids = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((title) => title.id);
    expect(new Set(ids).size).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('filters by organisation and limits the count', async () => {
    const unodc = await list(html`<iom-news-list organization="unodc"></iom-news-list>`);
    expect(titles(unodc)).to.deep.equal(['IOM and UNODC join forces against trafficking in persons and migrant smuggling']);
    const one = await list(html`<iom-news-list limit="1"></iom-news-list>`);
    expect(titles(one)).to.have.length(1);
    expect(titles(one)[0]).to.match(/^IOM and UNODC/);
  });

  it('sorts a feed by date: day before month before undated', async () => {
    const el = await list(html`<iom-news-list src="/test/fixtures/feeds/partner.json" lang="en"></iom-news-list>`);
    expect(titles(el)).to.deep.equal([
      'Volunteer mentors trained',
      'Language cafés open in three libraries',
      'Open call for host families',
    ]);
    const unnamed = await list(html`<iom-news-list src="/test/fixtures/feeds/partner.json" organization="iom"></iom-news-list>`);
    expect(titles(unnamed)).to.deep.equal(['Language cafés open in three libraries']);
  });

  it('shows Italian labels and items in Italian', async () => {
    const el = await list(html`<iom-news-list lang="it"></iom-news-list>`);
    expect(part(el, 'ul').getAttribute('aria-label')).to.equal('Notizie');
    expect(titles(el)[1]).to.match(/^Amazon e OIM/);
    await expect(el).to.be.accessible();
  });

  it('says clearly when no news matches, legibly in both themes', async () => {
    const el = await list(html`<iom-news-list src="/test/fixtures/feeds/partner.json" organization="amazon"></iom-news-list>`);
    expect(text(part(el, '[part~="empty"]'))).to.equal('There is no news to show yet.');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps its notes legible in the dark theme on a light page', async () => {
    const warnings = watchWarnings();
    try {
      const el = await list(html`<iom-news-list limit="lots" theme="dark"></iom-news-list>`);
      expect(el.shadowRoot!.querySelector('[part~="notice"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  for (const layout of ['vertical', 'horizontal', 'compact']) {
    it(`passes axe in the ${layout} layout, dark theme`, async () => {
      const el = await list(html`<iom-news-list layout=${layout} theme="dark"></iom-news-list>`);
      await expect(el).to.be.accessible();
    });
  }

  describe('filters and pages (a content API of 25 news, test/server/content.mjs)', () => {
    const many = '/test-content/many/';
    const newsList = (attributes: string, api = many) => {
      const el = document.createElement('iom-news-list') as IomNewsList;
      el.setAttribute('data-iom-content-api', api);
      for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
      return list(html`${el}`);
    };
    const showMore = (el: IomNewsList) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-more"]');
    const status = (el: IomNewsList) => text(part(el, '[part~="status"]'));
    /** Presses "Show more news" from the keyboard and waits until the list has `count` items. */
    const pressShowMore = async (el: IomNewsList, count: number) => {
      showMore(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => titles(el).length === count && !showMore(el)?.hasAttribute('aria-disabled'), `the list did not grow to ${count}`);
      await el.updateComplete;
    };

    it('filters by country: news that name it and news of a project there', async () => {
      const bangladesh = await newsList('country="BD"');
      expect(titles(bangladesh)).to.deep.equal(['03', '06', '09', '12', '15', '18', '21'].map((n) => `Extra news ${n}`));
      // ADMin4ALL works in Italy: the news of the project are Italy's.
      const italy = await newsList('country="it"');
      expect(titles(italy)).to.deep.equal(['05', '10', '15', '20'].map((n) => `Extra news ${n}`));
    });

    it('filters by project and by year, and by several filters at once', async () => {
      expect(titles(await newsList('project="admin4all"'))).to.deep.equal(['05', '10', '15', '20'].map((n) => `Extra news ${n}`));
      expect(titles(await newsList('year="2023"'))).to.deep.equal(['23', '22', '21'].map((n) => `Extra news ${n}`));
      expect(titles(await newsList('organization="unodc" country="BD"'))).to.deep.equal(['06', '12', '18'].map((n) => `Extra news ${n}`));
      expect(titles(await newsList('organization="unodc" year="2024"'))).to.deep.equal([
        'IOM and UNODC join forces against trafficking in persons and migrant smuggling',
      ]);
      const none = await newsList('year="1999"');
      expect(text(part(none, '[part~="empty"]'))).to.equal('There is no news to show yet.');
    });

    it('shows limit items, and "Show more news" adds as many below them, focus on the first new one, announced', async () => {
      const el = await newsList('limit="10"');
      expect(titles(el)).to.have.length(10);
      expect(showMore(el)!.textContent!.trim()).to.equal('Show more news');
      expect(status(el)).to.equal('');
      await expectWcag22(el);
      // Where a card is in the list (focus then scrolls the page to the new cards).
      const offset = (card: Element) => card.getBoundingClientRect().top - el.getBoundingClientRect().top;
      const firstTop = offset(part(el, '[part~="card"]'));
      const tenthTop = offset(el.shadowRoot!.querySelectorAll('[part~="card"]')[9]!);

      await pressShowMore(el, 20);
      expect(titles(el)[10]).to.equal('Extra news 11');
      const cards = el.shadowRoot!.querySelectorAll('[part~="card"]');
      expect(el.shadowRoot!.activeElement === cards[10]).to.equal(true);
      expect(cards[10]!.getAttribute('aria-labelledby')).to.equal(cards[10]!.querySelector('[part~="title"]')!.id);
      expect(status(el)).to.equal('News items added: 10.');
      expect(part(el, '[part~="status"]').getAttribute('role')).to.equal('status');
      // Nothing above the button moved.
      expect(offset(part(el, '[part~="card"]'))).to.equal(firstTop);
      expect(offset(cards[9]!)).to.equal(tenthTop);
      await expectWcag22(el);

      await pressShowMore(el, 25);
      expect(titles(el).slice(-5)).to.deep.equal([
        'IOM and UNODC join forces against trafficking in persons and migrant smuggling',
        'Extra news 23',
        'Extra news 22',
        'Extra news 21',
        'Amazon and IOM sign a global agreement on emergency response',
      ]);
      expect(status(el)).to.equal('News items added: 5. That is all the news.');
      expect(showMore(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelectorAll('[part~="card"]')[20]).to.equal(true);
      await expectWcag22(el);
    });

    it('reads the next index page when a page of the list spans two', async () => {
      const el = await newsList('limit="4" organization="iom" year="2025"');
      expect(titles(el)).to.deep.equal(['01', '02', '03', '04'].map((n) => `Extra news ${n}`));
      await pressShowMore(el, 8);
      await pressShowMore(el, 12);
      await pressShowMore(el, 16);
      await pressShowMore(el, 20);
      expect(titles(el)[19]).to.equal('Extra news 20');
      expect(status(el)).to.equal('News items added: 4.');
      // Whether more 2025 news follow is known only once the index's last page is read.
      showMore(el)!.click();
      await waitUntil(() => status(el).includes('That is all the news.'), 'the end was not said');
      expect(status(el)).to.equal('News items added: 0. That is all the news.');
    });

    it('says the next items could not be loaded, keeps those shown and the button, and tells the page once', async () => {
      const errors = collectErrors();
      const warnings = watchWarnings();
      try {
        const el = await newsList('limit="10"', '/test-content/many-failing/');
        showMore(el)!.click();
        await waitUntil(() => status(el) !== '', 'no failure was said');
        expect(status(el)).to.equal('The next news items could not be loaded. Try again.');
        expect(titles(el)).to.have.length(10);
        expect(showMore(el)).not.to.equal(null);
        await waitUntil(() => errors.length === 1, 'no iom-error');
        expect(errors[0]!.detail.code).to.equal('content-network');
        expect(errors[0]!.detail.attribute).to.equal('data-iom-content-api');
        expect(warnings.messages.filter((message) => message.startsWith('<iom-news-list>'))).to.have.length(1);
        await expectWcag22(el);
      } finally {
        errors.stop();
        warnings.restore();
      }
    });

    it('speaks the reader\'s language: Italian button, announcements and end', async () => {
      const el = await newsList('lang="it" limit="20"');
      expect(showMore(el)!.textContent!.trim()).to.equal('Mostra altre notizie');
      await pressShowMore(el, 25);
      expect(status(el)).to.equal('Notizie aggiunte: 5. Non ci sono altre notizie.');
      const arabic = await newsList('lang="ar" limit="20"');
      await pressShowMore(arabic, 25);
      expect(status(arabic)).to.equal('الأخبار المضافة: 5. لا توجد أخبار أخرى.');
    });

    it('links to the RSS feed of the same news, in the reader\'s language, when there is one', async () => {
      const all = await list(html`<iom-news-list></iom-news-list>`);
      const link = part(all, 'a[part~="rss"]');
      expect(text(link)).to.equal('Subscribe by RSS');
      expect(link.getAttribute('type')).to.equal('application/rss+xml');
      expect(new URL(link.getAttribute('href')!).pathname).to.equal('/cdn/content/news/index/all/en/feed.xml');
      const unodc = await list(html`<iom-news-list organization="unodc" lang="fr"></iom-news-list>`);
      const href = part(unodc, 'a[part~="rss"]').getAttribute('href')!;
      expect(new URL(href).pathname).to.equal('/cdn/content/news/index/organization/unodc/fr/feed.xml');
      const feed = await (await fetch(href)).text();
      expect(feed).to.contain('<rss version="2.0">').and.contain('<language>fr</language>').and.contain('L’OIM et l’ONUDC');
      // No index holds the news of two filters at once; nor does a feed given in src have one.
      expect((await newsList('organization="unodc" year="2024"')).shadowRoot!.querySelector('[part~="rss"]')).to.equal(null);
      expect((await list(html`<iom-news-list src="/test/fixtures/feeds/partner.json"></iom-news-list>`)).shadowRoot!.querySelector('[part~="rss"]')).to.equal(null);
    });
  });

  describe('bad input', () => {
    for (const [attribute, value] of [['country', 'Italy'], ['country', 'XX'], ['year', '24'], ['year', 'last']]) {
      it(`ignores ${attribute}="${value}" with a note, an event and one warning, and shows every news item`, async () => {
        const warnings = watchWarnings();
        const errors = collectErrors();
        try {
          const el = document.createElement('iom-news-list');
          el.setAttribute(attribute!, value!);
          await list(html`${el}`);
          expect(titles(el as IomNewsList)).to.have.length(2);
          expect(text(part(el, '[part~="notice"]'))).to.equal(`The value of ${attribute} is not valid and was ignored. ${attribute}="${value}"`);
          expect(errors.map((event) => [event.detail.code, event.detail.attribute, event.detail.value])).to.deep.equal([
            ['invalid-attribute', attribute, value],
          ]);
          expect(warnings.messages.filter((message) => message.startsWith('<iom-news-list>'))).to.have.length(1);
        } finally {
          warnings.restore();
          errors.stop();
        }
      });
    }

    it('says so for an unknown project', async () => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await list(html`<iom-news-list project="no-such-project"></iom-news-list>`);
        expect(text(part(el, '[part~="error"]'))).to.contain('There is no project with the id “no-such-project”');
        expect(errors[0]!.detail.code).to.equal('unknown-id');
        expect(warnings.messages[0]).to.contain('<iom-news-list>').and.contain('project="no-such-project"');
      } finally {
        warnings.restore();
        errors.stop();
      }
    });

    for (const limit of ['abc', '-1', '1e9', '0', '101', '2.5']) {
      it(`ignores limit="${limit}" with a note, an event and one warning, and shows the default`, async () => {
        const warnings = watchWarnings();
        const errors = collectErrors();
        try {
          const el = await list(html`<iom-news-list limit=${limit}></iom-news-list>`);
          expect(titles(el)).to.have.length(2);
          expect(text(part(el, '[part~="notice"]'))).to.equal(`The value of limit is not valid and was ignored. limit="${limit}"`);
          expect(errors.map((event) => [event.detail.code, event.detail.attribute, event.detail.value])).to.deep.equal([
            ['invalid-attribute', 'limit', limit],
          ]);
          expect(warnings.messages.filter((message) => message.startsWith('<iom-news-list>'))).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`limit="${limit}"`);
        } finally {
          warnings.restore();
          errors.stop();
        }
      });
    }

    it('says so for an unknown organization', async () => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await list(html`<iom-news-list organization="no-such-org"></iom-news-list>`);
        expect(text(part(el, '[part~="error"]'))).to.contain('There is no organization with the id “no-such-org”');
        expect(errors[0]!.detail.code).to.equal('unknown-id');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<iom-news-list>').and.contain('organization="no-such-org"');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
        errors.stop();
      }
    });
  });
});
