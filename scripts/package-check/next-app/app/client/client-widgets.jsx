'use client';
import { IomContactBox, IomNewsCard } from 'iom-widgets/react';

// Records the widgets' events in window.events, for scripts/check-frameworks.mjs.
const record = (event) => (window.events ??= []).push(`${event.type}: ${event.target.localName}`);

export function ClientWidgets() {
  return (
    <>
      <IomNewsCard article="iom-unodc-partnership-2024" headingLevel={2} onIomReady={record} onIomError={record} />
      <IomContactBox contact="migration-development-italy" onIomReady={record} onIomError={record} />
    </>
  );
}
