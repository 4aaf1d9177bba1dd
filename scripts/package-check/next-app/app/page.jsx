import { prerender } from './prerender';
import { Widgets } from './widgets';

export default async function Home() {
  const html = await prerender(
    '<iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>' +
      '<iom-contact-box contact="migration-development-italy"></iom-contact-box>',
  );
  return (
    <main>
      <h1>IOM news and contacts</h1>
      <Widgets html={html} />
    </main>
  );
}
