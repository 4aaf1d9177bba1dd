import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls and docs (attributes, events, CSS parts and custom properties) come from the manifest
// that `npx custom-elements-manifest analyze --litelement` writes from the source.
setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark' | 'auto';

/** The page languages offered, with the direction each is written in. */
const languages = [
  { value: 'en', title: 'English', dir: 'ltr' },
  { value: 'fr', title: 'Français', dir: 'ltr' },
  { value: 'es', title: 'Español', dir: 'ltr' },
  { value: 'it', title: 'Italiano', dir: 'ltr' },
  { value: 'ar', title: 'العربية', dir: 'rtl' },
] as const;

/**
 * Wraps every story in an element with the toolbar's language and direction (widgets without a
 * `lang` of their own take the closest ancestor's; every widget follows the page's direction;
 * `auto` is the language's own) and hands the toolbar's theme to the story as its `theme` arg,
 * unless the story or its controls set one: the theme must be set on the element itself. A dark
 * theme gets a dark page; `auto` gets one when the system prefers dark.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const lang = String(context.globals['lang'] ?? 'en');
  const direction = String(context.globals['dir'] ?? 'auto');
  const dir = direction === 'auto' ? (languages.find((language) => language.value === lang)?.dir ?? 'ltr') : direction;
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
    <div class="iom-sb-page" lang=${lang} dir=${dir} data-theme=${theme}>${story({ args: { ...context.args, theme } })}</div>`;
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget (widgets without a lang attribute inherit it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languages.map(({ value, title }) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction of the page around the widget (auto: the language’s own, right to left for Arabic)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Auto (from the language)' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
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
  initialGlobals: { lang: 'en', dir: 'auto', theme: 'light' },
  // The manifest describes lang, src and theme (from the shared base class) as free text; offer
  // their values as choices.
  argTypes: {
    lang: { control: 'select', options: languages.map(({ value }) => value) },
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
