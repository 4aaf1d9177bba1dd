/**
 * Forced colours (Windows High Contrast): the browser replaces every colour with the reader's
 * system colours, so what colour alone said must still be said.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/news-card/define.js';
import '../src/elements/partnership-timeline/define.js';
import '../src/elements/project-map/define.js';
import '../src/elements/contact-box/define.js';
import { expectWcag22, part, settled } from './helpers.js';

const render = async (template: ReturnType<typeof html>) => settled(await fixture<HTMLElement>(template));
const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

describe('forced colours', () => {
  before(() => executeServerCommand('forced-colors', 'active'));
  after(() => executeServerCommand('forced-colors', 'none'));

  it('is in force for these tests', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('map: the project’s countries and their legend swatch stand out from the other land', async () => {
    const el = await render(html`<iom-project-map project="admin4all" lang="en"></iom-project-map>`);
    const country = el.shadowRoot!.querySelector('.country')!;
    const land = el.shadowRoot!.querySelector('.land path')!;
    expect(style(country).fill).not.to.equal(style(land).fill);
    const swatches = ['.project-swatch', '.other-swatch'].map((selector) => style(part(el, selector)).backgroundColor);
    expect(swatches[0]).not.to.equal(swatches[1]);
    await expectWcag22(el);
  });

  it('timeline: an upcoming milestone’s marker differs from a past one’s, besides its label', async () => {
    const el = await render(html`<iom-partnership-timeline partnership="iom-unodc" lang="en"></iom-partnership-timeline>`);
    const done = part(el, '.milestone.done');
    const upcoming = part(el, '.milestone.upcoming');
    expect(style(upcoming, '::before').backgroundColor).not.to.equal(style(done, '::before').backgroundColor);
    expect(style(upcoming, '::before').borderTopStyle).not.to.equal('none');
    await expectWcag22(el);
  });

  it('timeline: a horizontal list that overflows still fades where more milestones follow, and its line stays drawn', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="inline-size: 1000px"><iom-partnership-timeline partnership="iom-unodc" orientation="horizontal"></iom-partnership-timeline></div>`,
    );
    const el = await settled(box.firstElementChild as HTMLElement);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const list = part(el, '[part~="milestones"]');
    expect(list.scrollWidth).to.be.above(list.clientWidth);
    expect(style(list).maskImage).to.match(/^linear-gradient\(to right, /);
    expect(style(list).backgroundImage).to.match(/^linear-gradient/);
    await expectWcag22(el);
  });

  it('card and contact box: borders stay visible and focus shows a ring', async () => {
    for (const el of [
      await render(html`<iom-news-card article="iom-unodc-partnership-2024" lang="en"></iom-news-card>`),
      await render(html`<iom-contact-box contact="migration-development-italy" lang="en"></iom-contact-box>`),
    ]) {
      const box = part(el, '[part~="card"], [part~="contact"]');
      expect(style(box).borderTopStyle).not.to.equal('none');
      expect(style(box).borderTopWidth).not.to.equal('0px');
      const link = part(el, 'a');
      link.focus();
      expect(style(link).outlineStyle).not.to.equal('none');
      await expectWcag22(el);
    }
  });
});
