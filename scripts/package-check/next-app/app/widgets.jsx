'use client';
import { PrerenderedWidgets } from './prerendered-widgets';

// Records the widgets' events in window.events, for scripts/check-frameworks.mjs.
const record = (event) => (window.events ??= []).push(`${event.type}: ${event.target.localName}`);

export function Widgets({ html }) {
  return <PrerenderedWidgets html={html} onIomReady={record} onIomError={record} />;
}
