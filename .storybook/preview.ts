import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { manifestArgTypes } from './manifest-arg-types.js';
import { fontRules, hostFonts, widgetFonts } from './fonts.js';

// Controls and docs (attributes, properties, events, CSS parts and custom properties) come from
// the manifest that `npx custom-elements-manifest analyze --litelement` writes from the source;
// the elements' descriptions through Storybook's reader, their tables through manifestArgTypes.
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
 * theme gets a dark page; `auto` gets one when the system prefers dark. The page has the
 * toolbar's host font, and sets the toolbar's `--iom-font-family` (see fonts.ts).
 */
const withPage: Decorator = (story, context) => {
  const lang = String(context.globals['lang'] ?? 'en');
  const direction = String(context.globals['dir'] ?? 'auto');
  const dir = direction === 'auto' ? (languages.find((language) => language.value === lang)?.dir ?? 'ltr') : direction;
  const theme = (context.args['theme'] || context.globals['theme'] || 'light') as Theme;
  const hostFont = String(context.globals['hostFont'] ?? 'system');
  const widgetFont = String(context.globals['widgetFont'] ?? 'inherit');
  return html`<style>
      ${fontRules}
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
    <div class="iom-sb-page" lang=${lang} dir=${dir} data-theme=${theme} data-host-font=${hostFont} data-widget-font=${widgetFont}>
      ${story({ args: { ...context.args, theme } })}
    </div>`;
};

const preview: Preview = {
  decorators: [withPage],
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
    hostFont: {
      description: 'Font of the page around the widget, which the widget inherits (no web font is downloaded)',
      toolbar: {
        title: 'Page font',
        icon: 'paragraph',
        items: hostFonts.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    widgetFont: {
      description: '--iom-font-family on the widget: not set (it inherits the page’s font) or a font stack of its own',
      toolbar: {
        title: '--iom-font-family',
        icon: 'paintbrush',
        items: widgetFonts.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', dir: 'auto', theme: 'light', hostFont: 'system', widgetFont: 'inherit' },
  // The manifest types lang (from the shared base class) as any string; offer the languages.
  argTypes: {
    lang: { control: 'select', options: languages.map(({ value }) => value) },
  },
  parameters: {
    docs: { extractArgTypes: (tagName: string) => manifestArgTypes(manifest, tagName) },
    controls: { expanded: true },
    a11y: {
      // The accessibility panel reports violations as errors; `npm run test:stories` runs axe on
      // every story in CI.
      test: 'error',
    },
  },
};

export default preview;
