import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/news-card/define.js';
import type { IomNewsCard } from '../src/elements/news-card/news-card.js';
import { collectErrors, part, settled, text, watchWarnings } from './helpers.js';

const card = async (template: ReturnType<typeof html>) => settled(await fixture<IomNewsCard>(template));

describe('<iom-news-card>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('built-in news in English and Italian', () => {
    it('shows the UNODC article with its date, place, organizations and source link', async () => {
      const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024" lang="en"></iom-news-card>`);
      const title = part(el, '[part~="title"]');
      expect(text(title)).to.equal('IOM and UNODC join forces against trafficking in persons and migrant smuggling');
      expect(title.localName).to.equal('h3');
      const time = part(el, 'time');
      expect(time.getAttribute('datetime')).to.equal('2024-07-02');
      expect(text(time)).to.equal('2 July 2024');
      expect(text(part(el, '[part~="meta"]'))).to.contain('Cairo');
      expect(text(part(el, '[part~="organizations"]'))).to.equal(
        'Organizations: IOM (International Organization for Migration) and UNODC (United Nations Office on Drugs and Crime)',
      );
      const link = part(el, 'a[part~="link"]') as HTMLAnchorElement;
      expect(link.href).to.equal(
        'https://unric.org/it/loim-e-lunodc-uniscono-le-forze-per-contrastare-la-tratta-di-esseri-umani-e-il-traffico-di-migranti',
      );
      expect(text(link)).to.equal(
        'Read the full article on \u2068UNRIC\u2069: IOM and UNODC join forces against trafficking in persons and migrant smuggling',
      );
      expect(el.shadowRoot!.querySelector('[part~="figures"]')).to.equal(null);
    });

    it('shows the UNODC article in Italian with an Italian date', async () => {
      const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024" lang="it"></iom-news-card>`);
      expect(text(part(el, '[part~="title"]'))).to.equal(
        'OIM e UNODC insieme contro la tratta di persone e il traffico di migranti',
      );
      expect(text(part(el, 'time'))).to.equal('2 luglio 2024');
      expect(text(part(el, '[part~="meta"]'))).to.contain('Il Cairo');
      expect(text(part(el, '[part~="organizations"]'))).to.match(/^Organizzazioni: OIM \(Organizzazione Internazionale per le Migrazioni\) e UNODC/);
      expect(text(part(el, 'a[part~="link"]'))).to.match(/^Leggi l’articolo completo su \u2068UNRIC\u2069: OIM e UNODC/);
    });

    it('shows the Amazon article without a date, with three figures formatted per language', async () => {
      const en = await card(html`<iom-news-card article="iom-amazon-global-agreement" lang="en"></iom-news-card>`);
      expect(en.shadowRoot!.querySelector('time')).to.equal(null);
      const figures = [...en.shadowRoot!.querySelectorAll('[part~="figure"]')].map(text);
      expect(figures).to.deep.equal([
        'about 7.1 million US dollars (6.5 million euros) of essential goods donated for refugees in Europe',
        'over 23 million relief items shipped by Amazon since 2017',
        'over 115 natural disasters Amazon has responded to since 2017',
      ]);
      expect((part(en, 'a[part~="link"]') as HTMLAnchorElement).href).to.match(/^https:\/\/www\.aboutamazon\.it\/notizie\//);

      const it_ = await card(html`<iom-news-card article="iom-amazon-global-agreement" lang="it"></iom-news-card>`);
      const italian = [...it_.shadowRoot!.querySelectorAll('.figure-value')].map(text);
      expect(italian).to.deep.equal(['circa 7,1 milioni di dollari statunitensi', 'oltre 23 milioni', 'oltre 115']);
      expect(text(part(it_, '[part~="organizations"]'))).to.equal('Organizzazioni: Amazon e OIM (Organizzazione Internazionale per le Migrazioni)');
    });

    it('shows the UNODC article in Arabic: Arabic title, place and summary, the organizations by their Arabic names, nothing marked as another language', async () => {
      const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024" lang="ar" dir="rtl"></iom-news-card>`);
      expect(text(part(el, '[part~="title"]'))).to.equal(
        'المنظمة الدولية للهجرة ومكتب الأمم المتحدة المعني بالمخدرات والجريمة يوحِّدان جهودهما لمكافحة الاتجار بالأشخاص وتهريب المهاجرين',
      );
      expect(text(part(el, '[part~="meta"]'))).to.contain('القاهرة');
      expect(text(part(el, '[part~="summary"]'))).to.match(/^وُقِّع إعلان شراكة بين المنظمة الدولية للهجرة/);
      // Arabic writes both names in full, with no acronym.
      expect(text(part(el, '[part~="organizations"]'))).to.equal('المنظمات: المنظمة الدولية للهجرة ومكتب الأمم المتحدة المعني بالمخدرات والجريمة');
      expect(el.shadowRoot!.querySelector('abbr')).to.equal(null);
      expect(text(part(el, 'a[part~="link"]'))).to.contain('مركز الأمم المتحدة الإقليمي للإعلام');
      // Every text is in the widget's language, Arabic, right to left: no part says it is in another.
      expect(el.shadowRoot!.querySelectorAll('[lang]').length).to.equal(0);
      expect(getComputedStyle(part(el, '[part~="title"]')).direction).to.equal('rtl');
    });

    it('shows the Amazon article’s figures in Arabic, each label in the form that agrees with its number', async () => {
      const el = await card(html`<iom-news-card article="iom-amazon-global-agreement" lang="ar" dir="rtl"></iom-news-card>`);
      const labels = [...el.shadowRoot!.querySelectorAll('.figure-label')];
      expect(labels.map(text)).to.deep.equal([
        'من السلع الأساسية المتبرَّع بها للاجئين في أوروبا',
        'مادة إغاثة شحنتها أمازون منذ عام 2017',
        'كارثة طبيعية استجابت لها أمازون منذ عام 2017',
      ]);
      expect(labels.map((label) => label.getAttribute('lang'))).to.deep.equal([null, null, null]);
      expect(text(part(el, '[part~="organizations"]'))).to.equal('المنظمات: أمازون والمنظمة الدولية للهجرة');
    });

    it('fires iom-ready once the article shows', async () => {
      const el = document.createElement('iom-news-card');
      el.setAttribute('article', 'iom-unodc-partnership-2024');
      const ready = oneEvent(el, 'iom-ready');
      document.body.append(el);
      const event = await ready;
      expect(event.composed).to.equal(true);
      expect(event.bubbles).to.equal(true);
      expect(text(part(el, '[part~="title"]'))).to.contain('UNODC');
      el.remove();
    });
  });

  describe('language', () => {
    it('re-renders when its own lang changes', async () => {
      const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024" lang="en"></iom-news-card>`);
      el.lang = 'it';
      await el.updateComplete;
      await settled(el);
      expect(text(part(el, 'time'))).to.equal('2 luglio 2024');
      expect(el.getAttribute('lang')).to.equal('it');
    });

    it('follows <html lang> and re-renders when it changes at run time', async () => {
      document.documentElement.lang = 'it';
      const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>`);
      expect(text(part(el, 'time'))).to.equal('2 luglio 2024');
      document.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(text(part(el, 'time'))).to.equal('2 July 2024');
      expect(text(part(el, '[part~="organizations"]'))).to.match(/^Organizations:/);
    });

    it('takes the closest ancestor’s lang, through shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="it"><div></div></div>`);
      const inner = host.querySelector('div')!.attachShadow({ mode: 'open' });
      const el = document.createElement('iom-news-card');
      el.setAttribute('article', 'iom-unodc-partnership-2024');
      inner.append(el);
      await settled(el);
      expect(text(part(el, 'time'))).to.equal('2 luglio 2024');
    });

    it('shows Italian labels and content in an Italian card on an English page, beside an English card', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="en">
        <iom-news-card id="it" lang="it" article="iom-amazon-global-agreement"></iom-news-card>
        <iom-news-card id="en" article="iom-amazon-global-agreement"></iom-news-card>
      </div>`);
      const italian = await settled(page.querySelector<IomNewsCard>('#it')!);
      const english = await settled(page.querySelector<IomNewsCard>('#en')!);
      expect(text(part(italian, '[part~="organizations"] .label'))).to.equal('Organizzazioni:');
      expect(text(part(italian, '[part~="title"]'))).to.match(/^Amazon e OIM/);
      expect(text(part(italian, '.figure-value'))).to.match(/^circa/);
      expect(text(part(english, '[part~="organizations"] .label'))).to.equal('Organizations:');
      expect(text(part(english, '[part~="title"]'))).to.match(/^Amazon and IOM/);
      expect(text(part(english, '.figure-value'))).to.match(/^about/);
    });

    it('keeps a regional variant for formatting: it-CH', async () => {
      const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024" lang="it-CH"></iom-news-card>`);
      expect(text(part(el, 'time'))).to.equal('2 luglio 2024');
      expect(text(part(el, '[part~="organizations"] .label'))).to.equal('Organizzazioni:');
    });

    it('falls back to English for an unknown language, marks the fallback with lang, and warns once', async () => {
      const warnings = watchWarnings();
      try {
        const page = await fixture<HTMLDivElement>(html`<div lang="xx-klingon">
          <iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>
          <iom-news-card article="iom-amazon-global-agreement"></iom-news-card>
        </div>`);
        const [first] = [...page.querySelectorAll<IomNewsCard>('iom-news-card')];
        await settled(first!);
        expect(text(part(first!, '[part~="title"]'))).to.match(/^IOM and UNODC/);
        expect(part(first!, '[part~="base"]').getAttribute('lang')).to.equal('en');
        const said = warnings.messages.filter((message) => message.includes('xx-klingon'));
        expect(said).to.deep.equal(['<iom-news-card>: lang="xx-klingon" is not available; showing en instead (said once per page).']);
      } finally {
        warnings.restore();
      }
    });

    it('marks content shown in a fallback language with its own lang', async () => {
      const el = await card(html`<iom-news-card
        src="/test/fixtures/feeds/partner.json"
        article="partner-newer"
        lang="it"
      ></iom-news-card>`);
      expect(part(el, '[part~="title"]').getAttribute('lang')).to.equal(null);
      const summary = part(el, '[part~="summary"]');
      expect(summary.getAttribute('lang')).to.equal('en');
      expect(text(summary)).to.equal('Forty volunteers completed the mentoring course.');
    });
  });

  describe('figures whose labels have plural forms', () => {
    const labels = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.figure-label')].map((label) => text(label));
    it('picks the form that agrees with each value, in English', async () => {
      const warnings = watchWarnings();
      try {
        const el = await card(html`<iom-news-card src="/test/fixtures/feeds/plural-figures.json" article="plural-figures" lang="en"></iom-news-card>`);
        expect(labels(el)).to.deep.equal(['natural disaster responded to', 'offices', 'natural disasters responded to']);
        const single = await card(html`<iom-news-card src="/test/fixtures/feeds/plural-figures.json" article="plural-figures-arabic" lang="en"></iom-news-card>`);
        // No English forms: the Arabic ones, chosen by Arabic's rules, and marked as Arabic.
        expect(labels(single)).to.deep.equal(['مكاتب', 'مكتبًا', 'countries, with a single label']);
        expect(single.shadowRoot!.querySelector('.figure-label')!.getAttribute('lang')).to.equal('ar');
      } finally {
        warnings.restore();
      }
    });

    it('uses Arabic’s dual and its forms for 3 to 10 and 11 to 99', async () => {
      const warnings = watchWarnings();
      try {
        const el = await card(html`<iom-news-card src="/test/fixtures/feeds/plural-figures.json" article="plural-figures" lang="ar" dir="rtl"></iom-news-card>`);
        expect(labels(el).slice(0, 2)).to.deep.equal(['كارثة طبيعية', 'مكتبان']);
        const more = await card(html`<iom-news-card src="/test/fixtures/feeds/plural-figures.json" article="plural-figures-arabic" lang="ar" dir="rtl"></iom-news-card>`);
        expect(labels(more).slice(0, 2)).to.deep.equal(['مكاتب', 'مكتبًا']);
      } finally {
        warnings.restore();
      }
    });

    it('leaves out a figure whose plural forms lack "other", and says so', async () => {
      const warnings = watchWarnings();
      try {
        const el = await card(html`<iom-news-card src="/test/fixtures/feeds/plural-figures.json" article="plural-without-other"></iom-news-card>`);
        expect(el.shadowRoot!.querySelector('[part~="error"]') ?? el.shadowRoot!.querySelector('[part~="notice"]')).not.to.equal(null);
        expect(warnings.messages.join('\n')).to.contain('label.en');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('layout and heading level', () => {
    it('shows title, date and link but no summary or figures in the compact layout', async () => {
      const el = await card(html`<iom-news-card article="iom-amazon-global-agreement" layout="compact"></iom-news-card>`);
      expect(part(el, '[part~="card"]').classList.contains('compact')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="figures"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('a[part~="link"]')).not.to.equal(null);
    });

    it('puts the figures beside the text in a wide horizontal card and under it in a narrow one', async () => {
      const wide = await fixture<HTMLDivElement>(html`<div class="wide"><iom-news-card article="iom-amazon-global-agreement" layout="horizontal"></iom-news-card></div>`);
      wide.style.width = '900px';
      const el = await settled(wide.querySelector<IomNewsCard>('iom-news-card')!);
      const figures = part(el, '[part~="figures"]').getBoundingClientRect();
      const textBlock = part(el, '.text').getBoundingClientRect();
      expect(figures.left).to.be.greaterThan(textBlock.right - 1);
      wide.style.width = '320px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const narrowFigures = part(el, '[part~="figures"]').getBoundingClientRect();
      expect(narrowFigures.top).to.be.greaterThan(part(el, '.text').getBoundingClientRect().bottom - 1);
    });

    it('sets the heading level from heading-level', async () => {
      const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024" heading-level="2"></iom-news-card>`);
      expect(part(el, '[part~="title"]').localName).to.equal('h2');
    });
  });

  describe('bad input', () => {
    const expectProblem = async (template: ReturnType<typeof html>, code: string, attribute: string, value: string) => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await fixture<IomNewsCard>(template);
        await settled(el);
        const problem = part(el, '[part~="error"]');
        const lang = el.getAttribute('lang') ?? 'en';
        expect(text(part(el, '.problem-title'))).to.equal(
          lang === 'it' ? 'Impossibile mostrare questo contenuto.' : 'This content cannot be shown.',
        );
        expect(text(problem)).to.contain(`${attribute}="${value}"`);
        expect(errors.map((event) => event.detail.code)).to.deep.equal([code]);
        expect(errors[0]!.detail.attribute).to.equal(attribute);
        expect(errors[0]!.detail.value).to.equal(value);
        const mine = warnings.messages.filter((message) => message.includes('<iom-news-card>'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain(`${attribute}="${value}"`);
        await expect(el).to.be.accessible();
        return el;
      } finally {
        warnings.restore();
        errors.stop();
      }
    };

    it('says so for an unknown id', async () => {
      const el = await expectProblem(html`<iom-news-card article="no-such-news"></iom-news-card>`, 'unknown-id', 'article', 'no-such-news');
      expect(text(part(el, '[part~="error"]'))).to.contain('There is no news item with the id “no-such-news”');
    });

    it('says so in Italian for an unknown id in an Italian card', async () => {
      const el = await expectProblem(html`<iom-news-card lang="it" article="nessuna"></iom-news-card>`, 'unknown-id', 'article', 'nessuna');
      expect(text(part(el, '[part~="error"]'))).to.contain('Non esiste una notizia con l’id “nessuna”');
    });

    it('says so for an empty id and a missing attribute', async () => {
      await expectProblem(html`<iom-news-card article=""></iom-news-card>`, 'missing-attribute', 'article', '');
      await expectProblem(html`<iom-news-card></iom-news-card>`, 'missing-attribute', 'article', '');
    });

    it('ignores an unknown layout with a visible note, an event and one warning', async () => {
      const warnings = watchWarnings();
      try {
        const errors = collectErrors();
        const el = await fixture<IomNewsCard>(
          html`<iom-news-card article="iom-unodc-partnership-2024" layout="nonsense"></iom-news-card>`,
        );
        await settled(el);
        errors.stop();
        expect(part(el, '[part~="card"]').classList.contains('vertical')).to.equal(true);
        expect(text(part(el, '[part~="notice"]'))).to.equal('The value of layout is not valid and was ignored. layout="nonsense"');
        expect(errors.map((event) => [event.detail.code, event.detail.attribute, event.detail.value])).to.deep.equal([
          ['invalid-attribute', 'layout', 'nonsense'],
        ]);
        expect(warnings.messages.filter((message) => message.includes('layout="nonsense"'))).to.have.length(1);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages.filter((message) => message.includes('layout="nonsense"'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('ignores an out-of-range heading level and an unknown theme', async () => {
      const warnings = watchWarnings();
      try {
        const el = await card(html`<iom-news-card article="iom-unodc-partnership-2024" heading-level="9" theme="neon"></iom-news-card>`);
        expect(part(el, '[part~="title"]').localName).to.equal('h3');
        const notes = [...el.shadowRoot!.querySelectorAll('[part~="notice"]')].map(text);
        expect(notes).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });

    it('keeps other cards on the page working when one is broken', async () => {
      const warnings = watchWarnings();
      try {
        const page = await fixture<HTMLDivElement>(html`<div>
          <iom-news-card article="broken"></iom-news-card>
          <iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>
        </div>`);
        const [broken, good] = [...page.querySelectorAll<IomNewsCard>('iom-news-card')];
        await settled(broken!);
        await settled(good!);
        expect(broken!.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);
        expect(text(part(good!, '[part~="title"]'))).to.match(/^IOM and UNODC/);
      } finally {
        warnings.restore();
      }
    });

    it('recovers when a wrong id is corrected', async () => {
      const warnings = watchWarnings();
      try {
        const el = await card(html`<iom-news-card article="typo"></iom-news-card>`);
        expect(el.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);
        el.article = 'iom-unodc-partnership-2024';
        await oneEvent(el, 'iom-ready');
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        expect(text(part(el, '[part~="title"]'))).to.match(/^IOM and UNODC/);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'it']) {
      for (const layout of ['vertical', 'horizontal', 'compact']) {
        for (const theme of ['light', 'dark']) {
          it(`passes axe: ${layout}, ${lang}, ${theme}`, async () => {
            const el = await card(html`<iom-news-card
              article="iom-amazon-global-agreement"
              lang=${lang}
              layout=${layout}
              theme=${theme}
            ></iom-news-card>`);
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    it('passes axe while loading', async () => {
      const el = await fixture<IomNewsCard>(html`<iom-news-card src="/test-feeds/slow" article="x"></iom-news-card>`);
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
