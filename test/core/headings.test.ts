/**
 * Every widget's headings are native `<h1>`…`<h6>` (the first rule of ARIA: no `role="heading"`
 * where HTML has the element), at the level its `heading-level` attribute asks for, and they
 * look the same at every level: none of the user agent's heading sizes, bold or margins leaks in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/news-card/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/partnership-timeline/define.js';
import '../../src/elements/project-map/define.js';
import '../../src/elements/contact-box/define.js';
import { expectWcag22, settled } from '../helpers.js';

const levels = ['1', '2', '3', '4', '5', '6'];

/** Each widget, with a template for it at a heading level. */
const widgets: Record<string, (level: string) => ReturnType<typeof html>> = {
  'news card': (level) => html`<iom-news-card article="iom-amazon-global-agreement" heading-level=${level}></iom-news-card>`,
  'news list': (level) => html`<iom-news-list limit="2" heading-level=${level}></iom-news-list>`,
  timeline: (level) => html`<iom-partnership-timeline partnership="iom-unodc" heading-level=${level}></iom-partnership-timeline>`,
  'project map': (level) => html`<iom-project-map project="admin4all" heading-level=${level}></iom-project-map>`,
  'contact box': (level) => html`<iom-contact-box contact="migration-development-italy" heading-level=${level}></iom-contact-box>`,
};

/** The shadow root that holds the widget's headings (a news list's are in its cards). */
const headingRoot = async (widget: HTMLElement): Promise<ShadowRoot> => {
  const card = widget.shadowRoot!.querySelector<HTMLElement>('iom-news-card');
  return card ? (await settled(card)).shadowRoot! : widget.shadowRoot!;
};

/** What the reader sees of an element's type and spacing. */
const look = (element: Element) => {
  const style = getComputedStyle(element);
  return JSON.stringify([
    style.fontFamily,
    style.fontSize,
    style.fontWeight,
    style.lineHeight,
    style.marginBlockStart,
    style.marginBlockEnd,
    style.marginInlineStart,
  ]);
};

/** The look a plain `<div>` with the heading's class would have in its place: the widget's own rules, nothing of the user agent's. */
const lookAsDiv = (heading: Element) => {
  const div = document.createElement('div');
  div.className = heading.className;
  heading.after(div);
  const seen = look(div);
  div.remove();
  return seen;
};

describe('headings', () => {
  for (const [name, render] of Object.entries(widgets)) {
    it(`${name}: a native heading at each heading-level, looking the same at every level`, async () => {
      const looks = new Set<string>();
      for (const level of levels) {
        const widget = await settled(await fixture<HTMLElement>(render(level)));
        const root = await headingRoot(widget);
        const title = root.querySelector('[part~="title"]')!;
        expect(title.localName, `title at heading-level ${level}`).to.equal(`h${level}`);
        expect(title.hasAttribute('role')).to.equal(false);
        expect(title.hasAttribute('aria-level')).to.equal(false);
        expect(look(title), `title at heading-level ${level}`).to.equal(lookAsDiv(title));
        looks.add(look(title));
        if (level === '3') await expectWcag22(widget);
      }
      expect([...looks], 'the title looks different at some levels').to.have.length(1);
    });
  }

  it('timeline: milestones are headings one level below the title, at most h6, all looking alike', async () => {
    const looks = new Set<string>();
    for (const level of levels) {
      const widget = await settled(await fixture<HTMLElement>(widgets['timeline']!(level)));
      const milestoneTitles = [...widget.shadowRoot!.querySelectorAll('[part~="milestone-title"]')];
      expect(milestoneTitles).to.have.length.above(1);
      for (const title of milestoneTitles) {
        expect(title.localName).to.equal(`h${Math.min(Number(level) + 1, 6)}`);
        expect(look(title)).to.equal(lookAsDiv(title));
        looks.add(look(title));
      }
    }
    expect([...looks]).to.have.length(1);
  });
});
