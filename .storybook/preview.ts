import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls and docs (attributes, events, CSS parts and custom properties) come from the manifest
// that `npx custom-elements-manifest analyze --litelement` writes from the source.
setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark' | 'auto';

/**
 * Wraps every story in an element with the toolbar's language (widgets without a `lang` of their
 * own take the closest ancestor's) and hands the toolbar's theme to the story as its `theme` arg,
 * unless the story or its controls set one: the theme must be set on the element itself. A dark
 * theme gets a dark page; `auto` gets one when the system prefers dark.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const lang = String(context.globals['lang'] ?? 'en');
  const theme = (context.args['theme'] || context.globals['theme'] || 'light') as Theme;
  return html`<style>
      .iom-sb-page[data-theme='dark'] {
        background: #0b1220;
        color: #e6e9ef;
      }
      body:has(#storybook-root .iom-sb-page[data-theme='dark']) {
        background: #0b1220;
      }
      @media (prefers-color-scheme: dark) {
        .iom-sb-page[data-theme='auto'] {
          background: #0b1220;
          color: #e6e9ef;
        }
        body:has(#storybook-root .iom-sb-page[data-theme='auto']) {
          background: #0b1220;
        }
      }
    </style>
    <div class="iom-sb-page" lang=${lang} data-theme=${theme}>${story({ args: { ...context.args, theme } })}</div>`;
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget (widgets without a lang attribute inherit it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'it', title: 'Italiano', right: 'it' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme given to the widget (a story or control that sets theme wins)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  // The manifest describes lang, src and theme (from the shared base class) as free text; offer
  // their values as choices.
  argTypes: {
    lang: { control: 'select', options: ['en', 'it'] },
    src: { control: 'text' },
    theme: { control: 'select', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    controls: { expanded: true },
    a11y: {
      // The accessibility panel reports violations as errors; `npm run test:stories` runs axe on
      // every story in CI.
      test: 'error',
    },
  },
};

export default preview;
