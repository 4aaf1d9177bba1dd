// Serves the repository on http://localhost:8000 (PORT to change it) for the demo page, which
// loads the built cdn/ files as a partner's site would. `npm start` builds first.
import { serve } from './browser.mjs';

process.env.PORT ??= '8000';
const server = await serve(process.cwd());
console.log(`Demo: ${server.origin}/demo/  (Ctrl+C to stop)`);
