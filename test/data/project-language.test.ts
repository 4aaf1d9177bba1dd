import { expect } from '@open-wc/testing';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { projectLanguage, isLocalizedText } from '../../scripts/project-language.mjs';

describe('projectLanguage (the build’s per-language content)', () => {
  const record = {
    id: 'x',
    title: { en: 'Title', it: 'Titolo' },
    summary: { en: 'Only English' },
    place: { fr: 'Seulement en français' },
    figures: [{ value: 7_100_000, currency: 'USD', label: { en: 'goods', it: 'beni' } }],
    organizations: ['iom', 'amazon'],
  };

  it('keeps each text in the language asked for, else English, else the first', () => {
    expect(projectLanguage(record, 'it')).to.deep.equal({
      id: 'x',
      title: { it: 'Titolo' },
      summary: { en: 'Only English' },
      place: { fr: 'Seulement en français' },
      figures: [{ value: 7_100_000, currency: 'USD', label: { it: 'beni' } }],
      organizations: ['iom', 'amazon'],
    });
    expect(projectLanguage(record, 'en').title).to.deep.equal({ en: 'Title' });
  });

  it('recognises localised texts and nothing else', () => {
    expect(isLocalizedText({ en: 'a', 'it-CH': 'b' })).to.equal(true);
    expect(isLocalizedText({ value: 1 })).to.equal(false);
    expect(isLocalizedText({ en: 1 })).to.equal(false);
    expect(isLocalizedText({})).to.equal(false);
    expect(isLocalizedText(['en'])).to.equal(false);
  });
});
