import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { safeUrl } from '../../src/core/safe-url.js';
import { formatFigureValue, formatList, formatMoney, formatPartialDate } from '../../src/core/format.js';
import { formattingLocale, negotiateLocale } from '../../src/core/language.js';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { runInLocale, loadLocale } from '../../src/i18n/localization.js';
import { watchWarnings } from '../helpers.js';

describe('core', () => {
  describe('safeUrl', () => {
    it('lets http, https, mailto and tel through', () => {
      expect(safeUrl('https://www.iom.int/news')).to.equal('https://www.iom.int/news');
      expect(safeUrl('http://example.org')).to.equal('http://example.org/');
      expect(safeUrl('mailto:integrationitaly@iom.int')).to.equal('mailto:integrationitaly@iom.int');
      expect(safeUrl('tel:+393666165305')).to.equal('tel:+393666165305');
    });

    it('stops script and data URLs however they are disguised', () => {
      for (const url of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        'java\nscript:alert(1)',
        '\u0000javascript:alert(1)',
        'jav&#x09;ascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        '//evil.example/path',
        '/relative/path',
        '',
        undefined,
        null,
      ]) {
        expect(safeUrl(url as string), String(url)).to.equal(undefined);
      }
    });
  });

  describe('formatting', () => {
    it('formats dates known to the year, month or day', () => {
      expect(formatPartialDate('2024', 'en-GB')).to.equal('2024');
      expect(formatPartialDate('2024-07', 'en-GB')).to.equal('July 2024');
      expect(formatPartialDate('2024-07', 'it')).to.equal('luglio 2024');
      expect(formatPartialDate('2024-07-02', 'en-GB')).to.equal('2 July 2024');
      expect(formatPartialDate('2024-07-02', 'it')).to.equal('2 luglio 2024');
      expect(formatPartialDate('2012-04-17', 'en-US')).to.equal('April 17, 2012');
    });

    it('formats the years before 100 as those years, not as 1900 and after', () => {
      expect(formatPartialDate('0050-07', 'en-GB')).to.equal('July 50');
      expect(formatPartialDate('0099', 'en-GB')).to.equal('99');
      expect(formatPartialDate('0001-01-01', 'en-GB')).to.equal('1 January 1');
    });

    it('writes every date in the Gregorian calendar of the records, whatever calendar the locale prefers', () => {
      // A month of the Gregorian calendar spans two Islamic months: naming one would be wrong.
      expect(formatPartialDate('2024-07', 'en-u-ca-islamic')).to.equal('July 2024');
      expect(formatPartialDate('2024-07-20', 'en-u-ca-islamic')).to.equal('July 20, 2024');
      expect(formatPartialDate('2024', 'en-u-ca-buddhist')).to.equal('2024');
      // Saudi Arabia's default calendar is Umm al-Qura; its digits stay.
      expect(formatPartialDate('2024-07', 'ar-SA')).to.equal(new Intl.DateTimeFormat('ar-SA', { calendar: 'gregory', year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 6)));
      expect(formatPartialDate('2024-07', 'ar-SA')).to.match(/[٠-٩]{4}/);
    });

    it('writes a figure of minus zero as zero', () => {
      expect(formatFigureValue({ value: -0, unit: 'kilometer', label: { en: 'x' } }, 'en-GB')).to.equal('0 kilometres');
      expect(formatFigureValue({ value: -0, label: { en: 'x' } }, 'en-GB')).to.equal('0');
      expect(formatFigureValue({ value: -0, currency: 'EUR', label: { en: 'x' } }, 'en-GB')).to.equal('0.00 euros');
    });

    it('says "about" and "over" in each language', async () => {
      await loadLocale('it', ['news-card']);
      const about = { value: 7_100_000, currency: 'USD', approximate: true, label: { en: 'x' } };
      const over = { value: 23_000_000, atLeast: true, label: { en: 'x' } };
      expect(runInLocale('en', () => formatFigureValue(about, 'en-GB'))).to.equal('about 7.1 million US dollars');
      expect(runInLocale('en', () => formatFigureValue(over, 'en-GB'))).to.equal('over 23 million');
      expect(runInLocale('it', () => formatFigureValue(about, 'it'))).to.equal('circa 7,1 milioni di dollari statunitensi');
      expect(runInLocale('it', () => formatFigureValue(over, 'it'))).to.equal('oltre 23 milioni');
      expect(runInLocale('en', () => formatFigureValue({ value: 35, label: { en: 'x' } }, 'en-GB'))).to.equal('35');
    });

    it('puts each language’s preposition between the number word and the currency', async () => {
      await Promise.all((['it', 'fr', 'es', 'ar'] as const).map((locale) => loadLocale(locale, ['news-card'])));
      const money = (locale: 'en' | 'it' | 'fr' | 'es' | 'ar', value: number, currency: string) =>
        runInLocale(locale, () => formatMoney({ value, currency }, locale === 'en' ? 'en-GB' : locale));
      expect(money('en', 7_100_000, 'USD')).to.equal('7.1 million US dollars');
      expect(money('en', 6_500_000, 'EUR')).to.equal('6.5 million euros');
      expect(money('it', 7_100_000, 'USD')).to.equal('7,1 milioni di dollari statunitensi');
      expect(money('it', 6_500_000, 'EUR')).to.equal('6,5 milioni di euro');
      expect(money('fr', 7_100_000, 'USD')).to.equal('7,1 millions de dollars des États-Unis');
      expect(money('fr', 6_500_000, 'EUR')).to.equal('6,5 millions d’euros');
      expect(money('fr', 1_500_000, 'USD')).to.equal('1,5 million de dollars des États-Unis');
      expect(money('es', 7_100_000, 'USD')).to.equal('7,1 millones de dólares estadounidenses');
      expect(money('es', 6_500_000, 'EUR')).to.equal('6,5 millones de euros');
      expect(money('ar', 7_100_000, 'USD')).to.equal(new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD', currencyDisplay: 'name', notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(7_100_000));
      // Below a million there is no number word, and no preposition.
      expect(money('it', 1500, 'EUR')).to.equal(new Intl.NumberFormat('it', { style: 'currency', currency: 'EUR', currencyDisplay: 'name' }).format(1500));
    });

    it('falls back to the bare number for a unit Intl does not know', () => {
      expect(formatFigureValue({ value: 1500, unit: 'parsec-furlong', label: { en: 'x' } }, 'en-GB')).to.equal('1,500');
      expect(formatFigureValue({ value: 12, unit: 'kilometer', label: { en: 'x' } }, 'en-GB')).to.equal('12 kilometres');
    });

    it('joins lists as each language does', () => {
      expect(formatList(['IOM', 'UNODC', 'Amazon'], 'en-GB')).to.equal('IOM, UNODC and Amazon');
      expect(formatList(['OIM', 'UNODC'], 'it')).to.equal('OIM e UNODC');
    });
  });

  describe('language negotiation', () => {
    it('maps regional tags to the base language and unknown ones to English', () => {
      expect(negotiateLocale('it-CH')).to.equal('it');
      expect(negotiateLocale('IT')).to.equal('it');
      expect(negotiateLocale('en-US')).to.equal('en');
      const warnings = watchWarnings();
      try {
        expect(negotiateLocale('tlh')).to.equal('en');
        expect(negotiateLocale('tlh')).to.equal('en');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('formats with the page’s regional variant, and British English for plain English', () => {
      expect(formattingLocale('it-CH', 'it')).to.equal('it-CH');
      expect(formattingLocale('en', 'en')).to.equal('en-GB');
      expect(formattingLocale('en-US', 'en')).to.equal('en-US');
      expect(formattingLocale('de', 'en')).to.equal('en-GB');
    });
  });

  describe('guarded define', () => {
    it('defines once, is silent for the same version and warns once for another, never throwing', () => {
      class First extends LitElement {
        static version = VERSION;
      }
      class Again extends LitElement {
        static version = VERSION;
      }
      class Other extends LitElement {
        static version = '0.0.1-other';
      }
      const warnings = watchWarnings();
      try {
        expect(defineElement('iom-test-define', First)).to.equal(First);
        expect(defineElement('iom-test-define', Again)).to.equal(First);
        expect(warnings.messages).to.have.length(0);
        customElements.define('iom-test-define-other', Other);
        expect(() => defineElement('iom-test-define-other', First)).not.to.throw();
        expect(() => defineElement('iom-test-define-other', Again)).not.to.throw();
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<iom-test-define-other>').and.contain('0.0.1-other');
      } finally {
        warnings.restore();
      }
    });

    it('carries the version of package.json', async () => {
      const pkg = await (await fetch('/package.json')).json();
      expect(VERSION).to.equal(pkg.version);
    });
  });
});
