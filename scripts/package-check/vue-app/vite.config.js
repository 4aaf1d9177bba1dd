import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Vue leaves the iom- tags to the browser, which iom-widgets defines.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('iom-') } } })],
});
