export default {
  // Lit's server renderer, which iom-widgets/render loads, runs in Node as it is published, with
  // the copy of Lit the elements use.
  serverExternalPackages: ['@lit-labs/ssr', 'parse5', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
  // The app's own folder, whatever lock files the folders above it have.
  outputFileTracingRoot: import.meta.dirname,
};
