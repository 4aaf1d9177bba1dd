/**
 * A host page that adds properties to Object.prototype (by mistake, or an attack through another
 * script) must not reach the records: every field name of the feed format is planted there, and
 * every widget, with built-in content and with a feed, must show exactly what it shows on a clean
 * page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { feedJsonSchema } from '../src/data/validate.js';
import { openFrame } from './helpers.js';

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema | boolean; const?: unknown };

/** Every property name of the feed format, with the JSON type of its first appearance. */
const fieldNames = (): Map<string, string> => {
  const names = new Map<string, string>();
  const pending: Schema[] = [feedJsonSchema() as Schema];
  for (let schema = pending.pop(); schema; schema = pending.pop()) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!names.has(name)) names.set(name, property.const === undefined ? (property.type ?? 'string') : 'const');
      pending.push(property);
    }
    if (schema.items) pending.push(schema.items);
    if (typeof schema.additionalProperties === 'object') pending.push(schema.additionalProperties);
  }
  return names;
};

const planted = 'https://pwned.example/PWNED';

/** A script that plants a value for every field name (and language) on Object.prototype. */
const pollution = (): string => {
  const values: Record<string, unknown> = { en: planted, it: planted, fr: planted, es: planted, ar: planted };
  for (const [name, type] of fieldNames()) {
    // `value` is also a key of property descriptors: planted, it breaks every
    // Object.defineProperty on the page, the page's own scripts first. `$schema` and `version`
    // are read only from the document itself.
    if (name === 'value' || type === 'const' || name.startsWith('$')) continue;
    values[name] = type === 'array' ? [{}] : type === 'object' ? {} : type === 'boolean' ? true : type === 'number' || type === 'integer' ? 9876543 : planted;
  }
  return `<script>for (const [name, value] of Object.entries(${JSON.stringify(values)})) Object.prototype[name] = value;</script>`;
};

const page = (head: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Widgets</title>${head}
<script type="module" src="/cdn/loader.js"></script></head>
<body>
  <iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>
  <iom-news-list limit="2"></iom-news-list>
  <iom-partnership-timeline partnership="iom-unodc"></iom-partnership-timeline>
  <iom-project-map project="admin4all"></iom-project-map>
  <iom-contact-box contact="integration-italy"></iom-contact-box>
  <iom-news-list src="/test/fixtures/feeds/partner.json"></iom-news-list>
  <iom-partnership-timeline src="/test/fixtures/feeds/partnerships.json" partnership="city-ngo"></iom-partnership-timeline>
</body></html>`;

/** Each widget's DOM (shadow and light) as text, without Lit's markers, once all have settled. */
const rendered = async (frame: HTMLIFrameElement): Promise<string[]> => {
  const widgets = [...frame.contentDocument!.body.children] as HTMLElement[];
  await waitUntil(
    () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"]')),
    'widgets did not settle',
    { timeout: 8000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  return widgets.map((widget) => `${widget.localName}: ${widget.shadowRoot!.innerHTML}${widget.innerHTML}`.replace(/<!--[^]*?-->/g, ''));
};

describe('a page that adds the feed format’s field names to Object.prototype', () => {
  it('shows every widget exactly as a clean page does: nothing planted reaches a record', async () => {
    const clean = await rendered(await openFrame({ srcdoc: page('') }, { width: 900, height: 2400 }));
    const polluted = await rendered(await openFrame({ srcdoc: page(pollution()) }, { width: 900, height: 2400 }));
    expect(fieldNames().size).to.be.above(30);
    for (const widget of polluted) expect(widget, widget.slice(0, 40)).not.to.match(/pwned/i);
    expect(polluted).to.deep.equal(clean);
  });
});
