/**
 * IomElement.prepareForServerRender(), prerendering's way in (src/render/ calls it in Node): it
 * takes the language, checks the attributes and picks the content of a widget that is not in a
 * page, and says what a reader would be shown, without telling the page anything.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/news-card/define.js';
import type { IomNewsCard } from '../../src/elements/news-card/news-card.js';
import type { WidgetProblem } from '../../src/core/problem.js';
import { watchWarnings } from '../helpers.js';

const card = (attributes: Record<string, string>): IomNewsCard => {
  const element = document.createElement('iom-news-card');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};

const facts = ({ code, attribute, value }: WidgetProblem) => ({ code, attribute, value });

describe('prepareForServerRender', () => {
  it('picks the content in the language given: no problem, and the card renders it', async () => {
    const element = card({ article: 'iom-unodc-partnership-2024' });
    expect(await element.prepareForServerRender('it')).to.deep.equal([]);
    const view = element as unknown as { locale: string; status: string };
    expect(view.locale).to.equal('it');
    expect(view.status).to.equal('ready');
  });

  it('says what a reader would be shown, without an event or a console message', async () => {
    const warnings = watchWarnings();
    const events: Event[] = [];
    const element = card({ article: 'no-such-news', layout: 'diagonal' });
    element.addEventListener('iom-error', (event) => events.push(event));
    try {
      const problems = await element.prepareForServerRender('en');
      expect(problems.map(facts)).to.deep.equal([
        { code: 'invalid-attribute', attribute: 'layout', value: 'diagonal' },
        { code: 'unknown-id', attribute: 'article', value: 'no-such-news' },
      ]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
