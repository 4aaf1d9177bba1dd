import { ClientWidgets } from './client-widgets';

export default function ClientPage() {
  return (
    <main>
      <h1>IOM news and contacts, rendered in the browser</h1>
      <ClientWidgets />
    </main>
  );
}
