import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/contact-box/define.js';
import type { IomContactBox } from '../src/elements/contact-box/contact-box.js';
import { toVCard, foldLine } from '../src/elements/contact-box/vcard.js';
import { formatPhone } from '../src/elements/contact-box/phone.js';
import { getContact } from '../src/data/index.js';
import { collectErrors, expectWcag22, part, settled, text, watchWarnings } from './helpers.js';

const box = async (template: ReturnType<typeof html>) => settled(await fixture<IomContactBox>(template));

/** Reads a vCard back: unfolds lines and maps each property name to its values. */
const parseVCard = (card: string) => {
  const lines = card.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const properties = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0]!;
    properties.set(name, [...(properties.get(name) ?? []), line.slice(colon + 1)]);
  }
  return { lines, properties };
};
const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

describe('<iom-contact-box>', () => {
  it('shows the Migration and Development contact with exact links, the phone in international form in English', async () => {
    const el = await box(html`<iom-contact-box contact="migration-development-italy" lang="en"></iom-contact-box>`);
    expect(text(part(el, '[part~="title"]'))).to.equal('Migration and Development programme');
    expect(text(part(el, '[part~="office"]'))).to.equal('IOM Italy, Rome');
    expect(text(part(el, '[part~="description"]'))).to.equal('IOM’s mission in Rome, which has a coordinating role for the Mediterranean countries.');
    expect(part(el, 'a[part~="email"]').getAttribute('href')).to.equal('mailto:migrationdevelopmentitaly@iom.int');
    const phone = part(el, 'a[part~="phone"]');
    expect(phone.getAttribute('href')).to.equal('tel:+393666165305');
    expect(text(phone)).to.equal('+39 366 616 5305');
    await expectWcag22(el);
  });

  it('writes the phone number in national form for a reader in Italy', async () => {
    const el = await box(html`<iom-contact-box contact="migration-development-italy" lang="it"></iom-contact-box>`);
    expect(text(part(el, '[part~="title"]'))).to.equal('Programma Migrazione e Sviluppo');
    expect(text(part(el, 'a[part~="phone"]'))).to.equal('366 616 5305');
    expect([...el.shadowRoot!.querySelectorAll('dt')].map(text)).to.deep.equal(['Email', 'Telefono']);
    await expectWcag22(el);
  });

  it('groups phone numbers as their country writes them, nationally for a reader there', () => {
    const cases = [
      ['+393666165305', 'it-CH', '+39 366 616 5305'],
      ['+390612345678', 'it', '06 1234 5678'],
      ['+390212345678', 'en', '+39 02 1234 5678'],
      ['+390551234567', 'it-IT', '055 123 4567'],
      ['+39800123', 'it', '800123'],
      ['+442079460000', 'en-GB', '+442079460000'],
    ];
    for (const [number, reader, shown] of cases) expect(formatPhone(number!, reader!), `${number} for ${reader}`).to.equal(shown);
  });

  it('shows the integration contact, which has no phone', async () => {
    const el = await box(html`<iom-contact-box contact="integration-italy"></iom-contact-box>`);
    expect(part(el, 'a[part~="email"]').getAttribute('href')).to.equal('mailto:integrationitaly@iom.int');
    expect(el.shadowRoot!.querySelector('[part~="phone"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('button[part~="copy"]')).to.have.length(1);
  });

  describe('copy', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    const originalExec = document.execCommand;
    afterEach(() => {
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      delete (navigator as { clipboard?: unknown }).clipboard;
      document.execCommand = originalExec;
    });

    it('copies with the Clipboard API and says so in a live region', async () => {
      let written = '';
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void (written = value) },
      });
      const el = await box(html`<iom-contact-box contact="migration-development-italy" lang="en"></iom-contact-box>`);
      const [copyEmail, copyPhone] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="copy"]')];
      expect(text(copyEmail)).to.equal('Copy the email address');
      copyEmail!.click();
      // The copying code loads on the first click: wait for it, however busy the machine.
      await waitUntil(() => written !== '', 'nothing was copied', { timeout: 3000 });
      await el.updateComplete;
      expect(written).to.equal('migrationdevelopmentitaly@iom.int');
      const feedback = part(el, '[part~="feedback"]');
      expect(feedback.getAttribute('role')).to.equal('status');
      expect(text(feedback)).to.equal('Email address copied.');
      copyPhone!.click();
      await waitUntil(() => written !== 'migrationdevelopmentitaly@iom.int', 'the phone number was not copied', { timeout: 3000 });
      await el.updateComplete;
      expect(written).to.equal('+393666165305');
      expect(text(feedback)).to.equal('Phone number copied.');
    });

    it('falls back to the copy command where the Clipboard API is missing', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      let selected = '';
      document.execCommand = ((command: string) => {
        selected = command === 'copy' ? String(document.getSelection()) || (document.activeElement as HTMLTextAreaElement | null)?.value || 'copied' : '';
        return true;
      }) as typeof document.execCommand;
      const el = await box(html`<iom-contact-box contact="migration-development-italy" lang="it"></iom-contact-box>`);
      part(el, 'button[part~="copy"]').click();
      await waitUntil(() => selected !== '', 'nothing was copied', { timeout: 3000 });
      await el.updateComplete;
      expect(selected).not.to.equal('');
      expect(text(part(el, '[part~="feedback"]'))).to.equal('Indirizzo email copiato.');
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    });

    it('says so, with the text to copy by hand, when copying is refused', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      document.execCommand = (() => false) as typeof document.execCommand;
      const el = await box(html`<iom-contact-box contact="migration-development-italy" lang="en"></iom-contact-box>`);
      part(el, 'button[part~="copy"]').click();
      await waitUntil(() => text(el.shadowRoot!.querySelector('[part~="feedback"]')) !== '', 'nothing was said', { timeout: 3000 });
      expect(text(part(el, '[part~="feedback"]'))).to.equal('Copying is not possible here: migrationdevelopmentitaly@iom.int');
    });
  });

  describe('add to contacts', () => {
    it('writes a vCard 4.0 whose fields parse back to the record', async () => {
      const contact = (await getContact('migration-development-italy'))!;
      const card = toVCard(contact, {
        unit: contact.unit.en!,
        office: contact.office.en!,
        organization: 'International Organization for Migration',
        description: contact.description!.en!,
        language: 'en',
      });
      expect(card.endsWith('\r\n')).to.equal(true);
      const { lines, properties } = parseVCard(card);
      expect(lines[0]).to.equal('BEGIN:VCARD');
      expect(lines[1]).to.equal('VERSION:4.0');
      expect(lines.at(-1)).to.equal('END:VCARD');
      expect(properties.get('EMAIL')).to.deep.equal(['migrationdevelopmentitaly@iom.int']);
      expect(properties.get('TEL')).to.deep.equal(['tel:+393666165305']);
      expect(unescape(properties.get('FN')![0]!)).to.equal('Migration and Development programme – IOM Italy, Rome');
      expect(properties.get('ORG')![0]!.split(/(?<!\\);/).map(unescape)).to.deep.equal([
        'International Organization for Migration',
        'Migration and Development programme',
      ]);
      expect(unescape(properties.get('NOTE')![0]!)).to.equal(contact.description!.en);
      for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    });

    it('escapes and folds as RFC 6350 asks', () => {
      expect(foldLine('x'.repeat(80))).to.equal(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
      const card = toVCard(
        { id: 'a', organization: 'iom', unit: { en: 'U' }, office: { en: 'O' } },
        { unit: 'Desk; A, B\\C', office: 'Line\nbreak', organization: 'Org', language: 'en' },
      );
      expect(card).to.contain('FN:Desk\\; A\\, B\\\\C – Line\\nbreak');
    });

    it('downloads the card when the button is pressed, and says so', async () => {
      const el = await box(html`<iom-contact-box contact="integration-italy" lang="en"></iom-contact-box>`);
      const clicked: HTMLAnchorElement[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        part(el, 'button[part~="vcard"]').click();
        // The vCard code loads on the first click.
        await waitUntil(() => clicked.length > 0, 'nothing was downloaded', { timeout: 3000 });
        await el.updateComplete;
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('integration-italy.vcf');
      const card = await (await fetch(clicked[0]!.href)).text();
      expect(parseVCard(card).properties.get('EMAIL')).to.deep.equal(['integrationitaly@iom.int']);
      expect(parseVCard(card).properties.has('TEL')).to.equal(false);
      expect(text(part(el, '[part~="feedback"]'))).to.equal('The contact card was downloaded: open it to add the contact.');
    });
  });

  it('describes the contact for search engines as schema.org ContactPoint microdata in its shadow root, leaving the light DOM as it was', async () => {
    const el = await box(html`<iom-contact-box contact="migration-development-italy" lang="en"></iom-contact-box>`);
    const point = el.shadowRoot!.querySelector('[itemtype="https://schema.org/ContactPoint"]') as HTMLElement;
    expect(point.hidden).to.equal(true);
    expect(point.hasAttribute('itemscope')).to.equal(true);
    const values = Object.fromEntries(
      [...point.querySelectorAll('meta')].map((meta) => [meta.getAttribute('itemprop'), meta.getAttribute('content')]),
    );
    expect(values).to.deep.equal({
      name: 'Migration and Development programme',
      description: 'IOM Italy, Rome',
      email: 'migrationdevelopmentitaly@iom.int',
      telephone: '+393666165305',
      availableLanguage: 'en',
    });
    // A framework that rendered the tag (React hydrating it) owns its children: nothing is added.
    expect(el.childNodes).to.have.length(0);
    el.lang = 'it';
    // The Italian document arrives after the switch.
    await waitUntil(() => text(part(el, '[part~="title"]')) === 'Programma Migrazione e Sviluppo', 'the Italian contact did not show');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[itemtype]')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('meta[itemprop="name"]')!.getAttribute('content')).to.equal('Programma Migrazione e Sviluppo');
    expect(el.childNodes).to.have.length(0);
  });

  it('keeps the labels for screen readers only in the inline layout, where the links speak for themselves', async () => {
    const inline = await box(html`<iom-contact-box contact="migration-development-italy" layout="inline"></iom-contact-box>`);
    const labels = [...inline.shadowRoot!.querySelectorAll('dt')];
    expect(labels.map(text)).to.deep.equal(['Email', 'Phone']);
    for (const label of labels) expect(label.getBoundingClientRect().width).to.be.at.most(1);
    const card = await box(html`<iom-contact-box contact="migration-development-italy"></iom-contact-box>`);
    for (const label of card.shadowRoot!.querySelectorAll('dt')) expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
  });

  for (const layout of ['card', 'inline']) {
    for (const theme of ['light', 'dark']) {
      it(`passes the WCAG 2.2 rules: ${layout}, ${theme}, Italian`, async () => {
        const el = await box(html`<iom-contact-box contact="migration-development-italy" layout=${layout} theme=${theme} lang="it"></iom-contact-box>`);
        expect(part(el, '[part~="contact"]').classList.contains(layout)).to.equal(true);
        await expectWcag22(el);
      });
    }
  }

  describe('bad input', () => {
    it('says so for an unknown id', async () => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await box(html`<iom-contact-box contact="nobody"></iom-contact-box>`);
        expect(text(part(el, '[part~="error"]'))).to.contain('There is no contact with the id “nobody”');
        expect(errors.map((event) => event.detail.code)).to.deep.equal(['unknown-id']);
        expect(warnings.messages).to.have.length(1);
        expect(el.querySelector('[itemtype]')).to.equal(null);
        await expectWcag22(el);
      } finally {
        warnings.restore();
        errors.stop();
      }
    });

    it('leaves out an invalid email, phone and javascript: URL from a feed, with a warning, and shows the rest', async () => {
      const warnings = watchWarnings();
      const errors = collectErrors();
      try {
        const el = await box(html`<iom-contact-box src="/test/fixtures/feeds/contacts.json" contact="desk" lang="en"></iom-contact-box>`);
        expect(text(part(el, '[part~="title"]'))).to.equal('Help desk; questions, answers');
        expect(el.shadowRoot!.querySelector('[part~="email"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part~="phone"]')).to.equal(null);
        expect(el.shadowRoot!.innerHTML.toLowerCase()).not.to.contain('javascript:');
        expect([...el.shadowRoot!.querySelectorAll('dd')].map(text)).to.deep.equal(['Monday to Friday, 9:00–13:00']);
        expect(errors.map((event) => event.detail.code)).to.deep.equal(['feed-partial']);
        const said = warnings.messages.join('\n');
        expect(said).to.contain('contacts[0].email: "not an email" is not an email address');
        expect(said).to.contain('contacts[0].phone: "366 616 5305" is not a phone number in E.164 form');
        expect(said).to.contain('contacts[0].url: "javascript:alert(document.domain)" is not an http or https URL');
        await expectWcag22(el);
      } finally {
        warnings.restore();
        errors.stop();
      }
    });
  });
});
