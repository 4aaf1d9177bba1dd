import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/news-list/define.js';
import type { IomNewsList } from '../src/elements/news-list/news-list.js';
import { collectErrors, part, settled, text, watchWarnings } from './helpers.js';

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

  describe('bad input', () => {
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
