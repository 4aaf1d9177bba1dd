// A server component (no 'use client'): it imports the iom-widgets/react wrappers, which are
// client components, and renders one with its props. Functions cannot pass from a server
// component to a client one, so no event prop here: the card shows its article once hydrated.
import { IomNewsCard } from 'iom-widgets/react';

export default function ServerPage() {
  return (
    <main>
      <h1>IOM news, from a server component</h1>
      <IomNewsCard article="iom-unodc-partnership-2024" headingLevel={2} />
    </main>
  );
}
