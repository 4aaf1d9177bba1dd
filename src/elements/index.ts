// Written by scripts/write-element-index.mjs from the folders of src/elements/ (npm run build).
// Each widget is its folder: its define.ts defines the tag and exports the class and its types.
// (Imported for its effect too: bundlers would otherwise take the exports from the class modules.)
import './contact-box/define.js';
export * from './contact-box/define.js';
import './news-card/define.js';
export * from './news-card/define.js';
import './news-list/define.js';
export * from './news-list/define.js';
import './partnership-timeline/define.js';
export * from './partnership-timeline/define.js';
import './project-map/define.js';
export * from './project-map/define.js';
