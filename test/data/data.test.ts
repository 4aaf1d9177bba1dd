import { expect } from '@open-wc/testing';
import {
  contactRule,
  contentLanguage,
  feedJsonSchema,
  getContact,
  getNews,
  getOrganization,
  getPartnership,
  getProject,
  listNews,
  newsArticleRule,
  organizationRule,
  partnershipRule,
  projectRule,
  validateFeed,
  formatIssue,
  type Issue,
} from '../../src/data/index.js';

const clean = <T>(rule: { parse(value: unknown, path: string, issues: Issue[]): T | undefined }, value: unknown) => {
  const issues: Issue[] = [];
  const parsed = rule.parse(value, 'record', issues);
  return { parsed, issues: issues.map(formatIssue) };
};

/** The ids of the public contract, by look-up and rule. */
const contract = [
  [getNews, newsArticleRule, ['iom-amazon-global-agreement', 'iom-unodc-partnership-2024']],
  [getPartnership, partnershipRule, ['iom-amazon', 'iom-unodc']],
  [getProject, projectRule, ['admin4all', 'migration-and-development']],
  [getContact, contactRule, ['migration-development-italy', 'integration-italy']],
  [getOrganization, organizationRule, ['iom', 'unodc', 'amazon']],
] as const;

describe('data package', () => {
  describe('built-in content, from the content API', () => {
    for (const lang of ['en', 'it', 'fr', 'es', 'ar']) {
      it(`has every id the public contract promises, valid by the same rules as a partner’s feed, in ${lang}`, async () => {
        // Every built-in record is written in every UI language, Arabic included.
        const expected = [lang];
        for (const [lookUp, rule, ids] of contract) {
          for (const id of ids) {
            const record = await (lookUp as (id: string, feed: undefined, language: string) => Promise<unknown>)(id, undefined, lang);
            expect(record, id).to.not.equal(undefined);
            expect(clean(rule as Parameters<typeof clean>[0], record).issues, id).to.deep.equal([]);
            const texts: Record<string, string>[] = [];
            JSON.stringify(record, (_key, value) => {
              if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((key) => /^[a-z]{2}$/.test(key)) && Object.keys(value).length) texts.push(value);
              return value;
            });
            expect(texts.length, id).to.be.greaterThan(0);
            for (const localized of texts) expect(Object.keys(localized), `${id}: ${JSON.stringify(localized)}`).to.deep.equal(expected);
          }
        }
      });
    }

    it('keeps figures as numbers with their currency', async () => {
      const article = await getNews('iom-amazon-global-agreement');
      expect(article!.figures![0]).to.include({ value: 7_100_000, currency: 'USD', approximate: true });
      expect(article!.figures![0]!.equivalent).to.deep.equal({ value: 6_500_000, currency: 'EUR' });
      expect(article!.date).to.equal(undefined);
    });

    it('lists the ADMin4ALL countries as ISO codes and its contact in E.164', async () => {
      const project = await getProject('admin4all');
      expect(project!.countries.map((country) => country.code)).to.deep.equal(['IT', 'AT', 'PL', 'RO', 'ES', 'GR', 'MT']);
      expect(project!.status).to.equal('concluded');
      expect((await getContact('migration-development-italy'))!.phone).to.equal('+393666165305');
    });
  });

  describe('look-ups', () => {
    it('lists news newest first, filters by organisation and limits', async () => {
      expect((await listNews()).map((article) => article.id)).to.deep.equal([
        'iom-unodc-partnership-2024',
        'iom-amazon-global-agreement',
      ]);
      expect((await listNews({ organization: 'amazon' })).map((article) => article.id)).to.deep.equal([
        'iom-amazon-global-agreement',
      ]);
      expect(await listNews({ limit: 1 })).to.have.length(1);
      expect(await listNews({ organization: 'nobody' })).to.deep.equal([]);
      expect(await getNews('nope')).to.equal(undefined);
      expect(await getNews('..')).to.equal(undefined);
    });

    it('asks a feed first for organisations, then the content API', async () => {
      const feed = validateFeed({
        version: 1,
        organizations: [{ id: 'iom', name: { en: 'Overridden' } }, { id: 'local', name: { en: 'Local group' } }],
      }).feed!;
      expect((await getOrganization('iom', feed))!.name.en).to.equal('Overridden');
      expect((await getOrganization('local', feed))!.name.en).to.equal('Local group');
      expect((await getOrganization('unodc', feed))!.name.en).to.equal('United Nations Office on Drugs and Crime');
    });

    it('picks the documents of a reader’s language, English for a language the widgets do not speak', () => {
      expect(contentLanguage('fr')).to.equal('fr');
      expect(contentLanguage('es-MX')).to.equal('es');
      expect(contentLanguage('IT_ch')).to.equal('it');
      expect(contentLanguage('ar')).to.equal('ar');
      expect(contentLanguage('de')).to.equal('en');
      expect(contentLanguage('constructor')).to.equal('en');
    });

    it('gives an organisation with all its profile facts', async () => {
      const iom = await getOrganization('iom');
      expect(iom!.founded).to.equal(1951);
      expect(iom!.figures!.map((figure) => figure.value)).to.deep.equal([175, 100]);
    });
  });

  describe('validation', () => {
    it('accepts a complete feed without issues', () => {
      const result = validateFeed({
        version: 1,
        news: [{ id: 'a', title: { en: 'A' }, summary: { en: 'S' }, organizations: ['iom'], date: '2024-02-29' }],
      });
      expect(result.issues).to.deep.equal([]);
      expect(result.feed!.news![0]!.date).to.equal('2024-02-29');
    });

    it('reports every problem with its path and keeps the rest', () => {
      const { feed, issues } = validateFeed({
        version: 1,
        news: [
          { id: 'ok', title: { en: 'Fine' }, summary: { en: 'Fine' }, organizations: ['iom'] },
          { id: 'ok-2', title: { en: 'Fine' }, summary: { en: 'Fine' }, organizations: ['iom'] },
          { id: 'bad', title: { en: 'Bad date' }, summary: { en: 'S' }, organizations: ['iom'], date: '2024-13-01' },
          { id: 'feb', title: { en: 'No 30 Feb' }, summary: { en: 'S' }, organizations: ['iom'], date: '2023-02-30' },
          { id: 'x', title: 'not localized', summary: { en: 'S' }, organizations: ['iom'], extra: true },
          { id: 'y', title: { en: 'Evil link' }, summary: { en: 'S' }, organizations: ['iom'], url: 'javascript:alert(1)' },
        ],
        contacts: [{ id: 'c', organization: 'iom', unit: { en: 'U' }, office: { en: 'O' }, email: 'not-an-email', phone: '366 616 5305' }],
      });
      expect(issues.map(formatIssue)).to.deep.equal([
        'news[2].date: "2024-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
        'news[3].date: "2023-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
        'news[4].title: expected an object, got a string',
        'news[4].extra: is not a known field',
        'news[5].url: "javascript:alert(1)" is not an http or https URL',
        'contacts[0].email: "not-an-email" is not an email address',
        'contacts[0].phone: "366 616 5305" is not a phone number in E.164 form (+ and 7 to 15 digits)',
      ]);
      expect(feed!.news!.map((article) => article.id)).to.deep.equal(['ok', 'ok-2', 'bad', 'feb', 'y']);
      expect(feed!.news![4]!.url).to.equal(undefined);
      expect(feed!.contacts![0]).to.not.have.property('email');
    });

    it('reads the countries and projects a news item is about, for the news list’s filters', () => {
      const { feed, issues } = validateFeed({
        version: 1,
        news: [
          { id: 'a', title: { en: 'A' }, summary: { en: 'S' }, organizations: ['iom'], countries: ['IT', 'TN'], projects: ['admin4all'] },
          { id: 'b', title: { en: 'B' }, summary: { en: 'S' }, organizations: ['iom'], countries: ['Italy', 'FR'], projects: ['Not An Id'] },
        ],
      });
      expect(issues.map(formatIssue)).to.deep.equal([
        'news[1].countries[0]: "Italy" is not an ISO 3166-1 alpha-2 country code',
        'news[1].projects[0]: "Not An Id" is not an id (lowercase letters, digits and single hyphens)',
      ]);
      expect(feed!.news![0]!.countries).to.deep.equal(['IT', 'TN']);
      expect(feed!.news![0]!.projects).to.deep.equal(['admin4all']);
      expect(feed!.news![1]!.countries).to.deep.equal(['FR']);
      expect(feed!.news![1]!.projects).to.deep.equal([]);
      const news = (feedJsonSchema() as Record<string, any>).properties.news.items.properties;
      expect(news.countries.items.pattern).to.equal('^[A-Z]{2}$');
      expect(news.projects.items.pattern).to.be.a('string');
    });

    it('rejects documents that are not feeds', () => {
      for (const document of [null, 42, 'feed', [], { news: [] }, { version: 2 }]) {
        const result = validateFeed(document);
        expect(result.feed, JSON.stringify(document)).to.equal(undefined);
        expect(result.issues.length).to.be.greaterThan(0);
      }
    });

    it('describes itself as a JSON Schema', () => {
      const schema = feedJsonSchema() as Record<string, any>;
      expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema.required).to.deep.equal(['version']);
      expect(schema.properties.version).to.deep.equal({ const: 1 });
      expect(schema.properties.news.items.required).to.deep.equal(['id', 'title', 'summary', 'organizations']);
      expect(schema.properties.news.items.properties.date.pattern).to.be.a('string');
      expect(schema.additionalProperties).to.equal(false);
    });
  });
});
