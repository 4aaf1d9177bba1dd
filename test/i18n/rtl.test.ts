/**
 * Arabic, right to left: a page (or the element) says `dir="rtl"`, and every widget mirrors;
 * numbers and dates come from Intl in Arabic; the built-in records' Arabic text reads from the
 * right, and a feed's English fallback text keeps its own direction.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/news-card/define.js';
import '../../src/elements/partnership-timeline/define.js';
import '../../src/elements/project-map/define.js';
import '../../src/elements/contact-box/define.js';
import { expectWcag22, part, settled } from '../helpers.js';

/** Renders `widget` inside a right-to-left Arabic container 900px wide, and returns it. */
const inArabic = async (widget: ReturnType<typeof html>): Promise<HTMLElement> => {
  const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar" style="inline-size: 900px">${widget}</div>`);
  return settled(page.firstElementChild as HTMLElement);
};
const style = (element: Element) => getComputedStyle(element);
/** A feed of the built-in records' English texts only, for what an Arabic page shows of a record without Arabic. */
const englishOnly = '/test/fixtures/feeds/english-only.json';

describe('right to left (Arabic)', () => {
  it('news card: mirrors its horizontal layout, formats dates and figures in Arabic, keeps a feed’s English fallback text in its own direction', async () => {
    const card = await inArabic(html`<iom-news-card article="iom-amazon-global-agreement" layout="horizontal"></iom-news-card>`);
    expect(style(part(card, '[part~="base"]')).direction).to.equal('rtl');
    // The figures column sits on the left, after the text, in reading order.
    expect(part(card, '[part~="figures"]').getBoundingClientRect().right).to.be.below(part(card, '[part~="title"]').getBoundingClientRect().left + 1);
    expect(part(card, '[part~="figure"]').textContent).to.contain('مليون');
    const dated = await inArabic(html`<iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>`);
    const date = part(dated, 'time').textContent!;
    expect(date).to.contain('يوليو').and.contain('2024');
    // The built-in title is Arabic, in the card's own language and direction.
    expect(part(card, '[part~="title"]').getAttribute('lang')).to.equal(null);
    expect(style(part(card, '[part~="title"]')).direction).to.equal('rtl');
    await expectWcag22(card);
    // A feed's record without Arabic: the English title says so, and is laid out left to right inside the right-to-left card.
    const english = await inArabic(html`<iom-news-card src=${englishOnly} article="iom-amazon-global-agreement" layout="horizontal"></iom-news-card>`);
    const title = part(english, '[part~="title"]');
    expect(title.getAttribute('lang')).to.equal('en');
    expect(style(title).unicodeBidi).to.equal('plaintext');
    await expectWcag22(english);
  });

  it('timeline: the line runs down the right-hand side', async () => {
    const timeline = await inArabic(html`<iom-partnership-timeline partnership="iom-unodc"></iom-partnership-timeline>`);
    const list = part(timeline, '[part~="milestones"]');
    expect(style(list).borderRightWidth).to.equal('2px');
    expect(style(list).borderLeftWidth).to.equal('0px');
    expect(parseFloat(style(list).paddingRight)).to.be.above(0);
    expect(style(list).paddingLeft).to.equal('0px');
    await expectWcag22(timeline);
  });

  it('map: the list and legend read from the right, and the left arrow moves forward', async () => {
    const map = await inArabic(html`<iom-project-map project="admin4all"></iom-project-map>`);
    expect(style(part(map, '[part~="legend"]')).direction).to.equal('rtl');
    const list = part(map, '[part~="countries"]');
    expect(parseFloat(style(list).paddingRight)).to.be.above(0);
    const countries = [...map.shadowRoot!.querySelectorAll<SVGGElement>('[data-country]')].map((item) => item.dataset.country);
    map.shadowRoot!.querySelector<SVGGElement>('[data-country]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect((map.shadowRoot!.activeElement as SVGGElement).dataset.country).to.equal(countries[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect((map.shadowRoot!.activeElement as SVGGElement).dataset.country).to.equal(countries[0]);
    await expectWcag22(map);
  });

  it('contact box: its edge is on the right; the phone number and address stay left to right', async () => {
    const box = await inArabic(html`<iom-contact-box contact="migration-development-italy"></iom-contact-box>`);
    const contact = part(box, '[part~="contact"]');
    expect(style(contact).borderRightWidth).to.equal('4px');
    expect(style(contact).borderLeftWidth).to.equal('1px');
    // Numbers and addresses read left to right inside right-to-left text: "+39 366 616 5305",
    // never "5305 616 366 39+".
    for (const link of ['[part~="phone"]', '[part~="email"]']) expect(style(part(box, link)).direction).to.equal('ltr');
    expect(part(box, '[part~="phone"]').textContent).to.equal('+39 366 616 5305');
    await expectWcag22(box);
  });

  describe('text aligns to its own start in every block, title and summary alike: Arabic to the right, a feed’s English fallback to the left', () => {
    /**
     * Where the last line of `block`'s text sits in the content box of the block's container:
     * at the `left` or the `right` (a last line shorter than the container, so that it shows).
     */
    const sideOfText = (block: HTMLElement): 'left' | 'right' => {
      const range = document.createRange();
      range.selectNodeContents(block);
      const lines = [...range.getClientRects()];
      const line = lines[lines.length - 1]!;
      const container = block.parentElement!;
      const box = container.getBoundingClientRect();
      const left = box.left + parseFloat(style(container).borderLeftWidth) + parseFloat(style(container).paddingLeft);
      const right = box.right - parseFloat(style(container).borderRightWidth) - parseFloat(style(container).paddingRight);
      expect(line.width, `the last line of ${block.className} fills its container`).to.be.below(right - left - 8);
      if (Math.abs(line.left - left) < 1) return 'left';
      if (Math.abs(line.right - right) < 1) return 'right';
      throw new Error(`${block.className}: its text is neither at the left nor at the right of its container`);
    };

    /** Each widget with a built-in record (or, with `src`, the feed's English-only copy of it) and the blocks of text it shows. */
    const blocks: [string, (src: string | undefined) => ReturnType<typeof html>, string[]][] = [
      ['news card', (src) => html`<iom-news-card src=${ifDefined(src)} article="iom-amazon-global-agreement"></iom-news-card>`, ['title', 'summary']],
      ['timeline', (src) => html`<iom-partnership-timeline src=${ifDefined(src)} partnership="iom-unodc"></iom-partnership-timeline>`, ['title', 'summary', 'milestone-title', 'description']],
      ['project map', (src) => html`<iom-project-map src=${ifDefined(src)} project="admin4all"></iom-project-map>`, ['title', 'summary']],
      ['contact box', (src) => html`<iom-contact-box src=${ifDefined(src)} contact="migration-development-italy"></iom-contact-box>`, ['title', 'office', 'description']],
    ];
    for (const [name, template, parts] of blocks) {
      it(`${name}: the built-in record's Arabic, to the right`, async () => {
        const widget = await inArabic(template(undefined));
        for (const name of parts) {
          const block = part(widget, `[part~="${name}"]`);
          // The block's text is Arabic, the widget's language: nothing says it is another.
          expect(block.closest('[lang]') ?? block.querySelector('[lang]'), name).to.equal(null);
          expect(sideOfText(block), name).to.equal('right');
        }
        await expectWcag22(widget);
      });

      it(`${name}: a feed's English text, to the left`, async () => {
        const widget = await inArabic(template(englishOnly));
        for (const name of parts) {
          const block = part(widget, `[part~="${name}"]`);
          // No Arabic in the feed: the block's text is English, and says so.
          expect((block.closest('[lang]') ?? block.querySelector('[lang]'))?.getAttribute('lang'), name).to.equal('en');
          expect(sideOfText(block), name).to.equal('left');
        }
        await expectWcag22(widget);
      });
    }
  });

  it('follows the element’s own dir too', async () => {
    const card = await settled(
      await fixture<HTMLElement>(html`<iom-news-card article="iom-unodc-partnership-2024" lang="ar" dir="rtl"></iom-news-card>`),
    );
    expect(style(part(card, '[part~="base"]')).direction).to.equal('rtl');
  });
});
