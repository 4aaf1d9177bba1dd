/**
 * A test runner command that turns Chromium's forced-colors mode (Windows High Contrast) on or
 * off for the test page: `executeServerCommand('forced-colors', 'active' | 'none')`. The stock
 * emulateMedia command does not pass forced-colors on to Chromium launched through puppeteer.
 */
export const forcedColorsPlugin = () => {
  // Emulation lasts as long as the DevTools session that set it: one is kept per test page.
  const sessions = new WeakMap();
  return {
    name: 'iom-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
      return true;
    },
  };
};
