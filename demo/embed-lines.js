// Fills the demo's "Add it to your page" lines with this build's version and its Subresource
// Integrity hashes (cdn/integrity.json), so what a partner copies is exactly right.
const [integrity, card] = await Promise.all([
  fetch('../cdn/integrity.json').then((response) => response.json()),
  customElements.whenDefined('iom-news-card'),
]);
const base = `https://unpkg.com/iom-widgets@${card.version}/cdn/`;
const lines = {
  module: `<script type="module" src="${base}loader.js" integrity="${integrity['loader.js']}" crossorigin="anonymous"></script>`,
  classic: `<script src="${base}iom-widgets.classic.js" integrity="${integrity['iom-widgets.classic.js']}" crossorigin="anonymous" defer></script>`,
};
for (const [name, line] of Object.entries(lines)) document.getElementById(`embed-${name}`).textContent = line;
