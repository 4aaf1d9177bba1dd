/**
 * The styles of prerendered widgets, on pages served with the strictest Content Security Policy
 * the project tests for (default-src 'self'; style-src 'self'; … as a response header, reporting
 * each violation: test/server/prerender.mjs). Run `npm run build` first (`npm test` does).
 *
 * `iom-widgets render` links each declarative shadow root to its widget's style sheet in
 * cdn/styles/, which the policy allows: with JavaScript off the widgets are styled from it, and
 * once hydrated they have their `static styles` adopted, as in a client render, whatever became
 * of the prerendered styles (a `<style>` the policy blocked, with `--styles inline`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { looks } from './helpers.js';
import { loadedBy, openPage, pagePath, reportId, shown, violationsOf, watchOf, widgetIn } from './prerendered-page.js';

const widgets = ['news-card', 'news-list', 'partnership-timeline', 'project-map', 'contact-box'];

/** The widget rendered in the browser, without prerendering, under the same policy: how it must look. */
const clientRender = async (name: string, lang = 'en') => {
  const id = reportId();
  const frame = await openPage(pagePath(name, lang, { render: false, csp: id }));
  await shown(frame);
  return { frame, id };
};

/** What the map's drawing looks like: the colours of the sea, the other countries, the project's and its markers. */
const mapColours = (frame: HTMLIFrameElement): string[] => {
  const root = widgetIn(frame).shadowRoot!;
  const view = frame.contentWindow!;
  return ['.sea', '.land path', '[part~="country"] path', '.marker'].flatMap((selector) => {
    const shape = root.querySelector(selector);
    if (!shape) return [`${selector}: missing`];
    const style = view.getComputedStyle(shape);
    return ['fill', 'fill-opacity', 'stroke', 'stroke-width'].map((property) => `${selector} ${property}: ${style.getPropertyValue(property)}`);
  });
};

describe('prerendered widgets under a strict Content Security Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const name of widgets) {
    describe(`<iom-${name}>`, () => {
      it('with JavaScript, hydrates styled exactly as a client render, with no violation and no console message', async () => {
        const id = reportId();
        const frame = await openPage(pagePath(name, 'en', { csp: id }));
        const widget = await shown(frame);
        const client = await clientRender(name);
        expect(loadedBy(frame)).to.include.members(['/cdn/hydrate.js', `/cdn/styles/iom-${name}.css`]);
        expect(widget.shadowRoot!.adoptedStyleSheets.length, 'no adopted style sheets').to.equal(
          widgetIn(client.frame).shadowRoot!.adoptedStyleSheets.length,
        );
        expect(looks(frame)).to.deep.equal(looks(client.frame));
        expect(watchOf(frame).messages).to.deep.equal([]);
        expect(await violationsOf(frame, id)).to.deep.equal([]);
        expect(await violationsOf(client.frame, client.id)).to.deep.equal([]);
      });

      it('without JavaScript, is styled from its style sheet exactly as a client render, with no violation', async () => {
        const id = reportId();
        const offline = await openPage(pagePath(name, 'en', { csp: id }), 'allow-same-origin');
        expect(offline.contentWindow!.customElements.get(`iom-${name}`)).to.equal(undefined);
        const client = await clientRender(name);
        expect(looks(offline)).to.deep.equal(looks(client.frame));
        expect(await violationsOf(offline, id)).to.deep.equal([]);
      });

      it('prerendered with inline styles, which the policy blocks, is styled all the same once hydrated', async () => {
        const id = reportId();
        const frame = await openPage(pagePath(name, 'en', { csp: id, styles: 'inline' }));
        await shown(frame);
        const client = await clientRender(name);
        expect(looks(frame)).to.deep.equal(looks(client.frame));
        expect(watchOf(frame).messages).to.deep.equal([]);
        // The one violation: the prerendered <style>, which is why links are the default.
        expect(await violationsOf(frame, id)).to.deep.equal(['style-src-elem: inline']);
      });
    });
  }

  it('renders afresh, styled, a widget prerendered by another version, with one warning and no violation', async () => {
    const id = reportId();
    const frame = await openPage(pagePath('news-card', 'en', { csp: id, stale: true }));
    await shown(frame);
    const client = await clientRender('news-card');
    expect(watchOf(frame).messages).to.have.length(1);
    expect(watchOf(frame).messages[0]).to.match(/^warn: <iom-news-card>: the prerendered content differs from this version's; rendered again\./);
    expect(looks(frame)).to.deep.equal(looks(client.frame));
    expect(await violationsOf(frame, id)).to.deep.equal([]);
  });

  // Chromium treats a style sheet linked from a declarative shadow root as one linked from the
  // body: the parser waits for it before it goes on, so nothing of the widget (nor what follows
  // it) is painted unstyled, and nothing moves when it arrives. (A widget each, so that the
  // second does not find its style sheet in the cache.)
  for (const [name, sandbox] of [['news-card', undefined], ['partnership-timeline', 'allow-same-origin']] as const) {
    it(`paints nothing of a widget before its style sheet arrives, however slow, ${sandbox ? 'without' : 'with'} JavaScript`, async () => {
      const frame = await openPage(pagePath(name, 'en', { slowStyles: true }), sandbox);
      const timing = frame.contentWindow!.performance;
      const sheet = (timing.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.endsWith(`/styles/iom-${name}.css`));
      expect(sheet, 'the style sheet was not loaded').to.not.equal(undefined);
      expect(sheet!.responseEnd - sheet!.startTime, 'the style sheet was not slow').to.be.greaterThan(1400);
      const contentfulPaint = () => timing.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
      await waitUntil(contentfulPaint, 'nothing was painted', { timeout: 3000 });
      const painted = contentfulPaint();
      expect(painted!.startTime).to.be.at.least(sheet!.responseEnd);
      if (!sandbox) {
        await shown(frame);
        expect(watchOf(frame).shifts).to.deep.equal([]);
        expect(watchOf(frame).messages).to.deep.equal([]);
      }
    });
  }

  it('without JavaScript or styles, draws the map in the colours of its light theme, not black', async () => {
    const id = reportId();
    const offline = await openPage(pagePath('project-map', 'en', { csp: id, styles: 'inline' }), 'allow-same-origin');
    expect(await violationsOf(offline, id)).to.deep.equal(['style-src-elem: inline']);
    const client = await clientRender('project-map');
    expect(mapColours(offline)).to.deep.equal(mapColours(client.frame));
    expect(mapColours(offline).filter((line) => line.endsWith('rgb(0, 0, 0)'))).to.deep.equal([]);
    // And at a size a reader can see: as wide as the widget.
    const svg = widgetIn(offline).shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(600);
  });
});
