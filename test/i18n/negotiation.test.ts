/**
 * Which language a widget speaks: its own `lang`, else the closest ancestor's, else `<html lang>`,
 * else English; regional tags map to their language; an unsupported one falls back to English
 * with one console message for the whole page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/contact-box/define.js';
import { part, settled, text, watchWarnings } from '../helpers.js';

const FRENCH = 'Copier l’adresse électronique';
const SPANISH = 'Copiar la dirección de correo electrónico';

/** The label of the button that copies the e-mail address. */
const copyLabel = (box: HTMLElement) => text(part(box, '[part~="copy"]'));

describe('language negotiation', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('takes the element’s lang, else the closest ancestor’s, else <html lang>, else English', async () => {
    document.documentElement.lang = 'fr';
    const section = await fixture<HTMLElement>(
      html`<section lang="es"><div><iom-contact-box contact="migration-development-italy" lang="it"></iom-contact-box></div></section>`,
    );
    const box = section.querySelector('iom-contact-box')!;
    expect(copyLabel(await settled(box))).to.equal('Copia l’indirizzo email');
    expect(box.getAttribute('lang')).to.equal('it');
    const italianPhone = text(part(box, '[part~="phone"]'));

    box.removeAttribute('lang');
    await settled(box);
    expect(copyLabel(box)).to.equal(SPANISH);

    section.removeAttribute('lang');
    await settled(box);
    expect(copyLabel(box)).to.equal(FRENCH);

    document.documentElement.removeAttribute('lang');
    await settled(box);
    expect(copyLabel(box)).to.equal('Copy the email address');
    // The phone number is written as an Italian reader expects only for the Italian page.
    expect(italianPhone).to.equal('366 616 5305');
    expect(text(part(box, '[part~="phone"]'))).to.equal('+39 366 616 5305');
  });

  for (const [tag, label] of [
    ['fr-CA', FRENCH],
    ['es-419', SPANISH],
    ['it-CH', 'Copia l’indirizzo email'],
    ['ar-EG', 'نسخ عنوان البريد الإلكتروني'],
  ] as const) {
    it(`maps the regional tag ${tag} to its language, and keeps the tag on the widget for Intl`, async () => {
      const box = await settled(await fixture<HTMLElement>(html`<iom-contact-box contact="migration-development-italy" lang=${tag}></iom-contact-box>`));
      expect(copyLabel(box)).to.equal(label);
      // The shown language is the tag's own: no lang of its own inside.
      expect(part(box, '[part~="base"]').hasAttribute('lang')).to.equal(false);
    });
  }

  it('shows English for an unsupported language, says so once for the page, and marks the English', async () => {
    const warnings = watchWarnings();
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <iom-contact-box contact="migration-development-italy" lang="de-AT"></iom-contact-box>
        <iom-contact-box contact="integration-italy" lang="de-AT"></iom-contact-box>
        <iom-contact-box contact="migration-development-italy" lang="de-AT"></iom-contact-box>
      </div>`);
      const boxes = [...page.querySelectorAll<HTMLElement>('iom-contact-box')];
      for (const box of boxes) await settled(box);
      for (const box of boxes) {
        expect(copyLabel(box)).to.equal('Copy the email address');
        expect(part(box, '[part~="base"]').getAttribute('lang')).to.equal('en');
      }
      const said = warnings.messages.filter((message) => message.includes('de-AT'));
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('lang="de-AT"').and.contain('<iom-contact-box>');
    } finally {
      warnings.restore();
    }
  });
});
