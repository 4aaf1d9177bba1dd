import '../src/elements/news-card/define.js';
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widget, type WidgetArgs } from './widget.js';

/** The attributes of `<iom-news-card>`, as story args (named like the attributes). */
interface NewsCardArgs extends WidgetArgs {
  article?: string;
  layout?: string;
  'heading-level'?: string;
}

const card = (args: NewsCardArgs) => widget('iom-news-card', args);

const meta = {
  title: 'Widgets/News card',
  component: 'iom-news-card',
  tags: ['autodocs'],
  render: card,
  args: {
    article: 'iom-amazon-global-agreement',
  },
  argTypes: {
    article: {
      control: 'select',
      options: ['iom-amazon-global-agreement', 'iom-unodc-partnership-2024', 'no-such-news'],
    },
  },
} satisfies Meta<NewsCardArgs>;

export default meta;
type Story = StoryObj<NewsCardArgs>;

/** Width of the container, set through a class (no inline styles, as in a strict-CSP page). */
const inContainer = (className: 'narrow' | 'wide') => (args: NewsCardArgs) =>
  html`<style>
      .iom-sb-narrow {
        inline-size: 280px;
      }
      .iom-sb-wide {
        inline-size: 900px;
        max-inline-size: 100%;
      }
    </style>
    <div class="iom-sb-${className}">${card(args)}</div>`;

// Built-in articles

export const AmazonGlobalAgreement: Story = {
  args: { article: 'iom-amazon-global-agreement' },
};

export const UnodcPartnership2024: Story = {
  name: 'UNODC partnership 2024',
  args: { article: 'iom-unodc-partnership-2024' },
};

// Layouts

export const Vertical: Story = {
  args: { layout: 'vertical' },
};

export const Horizontal: Story = {
  parameters: { docs: { description: { story: 'Figures beside the text when the container is at least 40rem wide.' } } },
  args: { layout: 'horizontal' },
};

export const Compact: Story = {
  args: { layout: 'compact' },
};

// Languages

export const English: Story = {
  args: { lang: 'en' },
};

export const Italian: Story = {
  name: 'Italian (lang="it")',
  args: { lang: 'it' },
};

export const ItalianUnodc: Story = {
  name: 'Italian, UNODC partnership',
  args: { article: 'iom-unodc-partnership-2024', lang: 'it' },
};

// Themes

export const DarkTheme: Story = {
  args: { theme: 'dark' },
};

export const AutoTheme: Story = {
  name: 'Auto theme (follows the system)',
  args: { theme: 'auto' },
};

// Container sizes

export const NarrowContainer: Story = {
  name: 'Narrow container (280px)',
  render: inContainer('narrow'),
};

export const WideContainer: Story = {
  name: 'Wide container (900px), horizontal',
  render: inContainer('wide'),
  args: { layout: 'horizontal' },
};

// Heading level

export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': '2' },
};

// Error states: a visible message, an iom-error event and one console warning

export const UnknownArticle: Story = {
  name: 'Error: unknown article id',
  args: { article: 'no-such-news' },
};

export const MissingArticle: Story = {
  name: 'Error: no article attribute',
  args: { article: undefined },
};

export const InvalidLayout: Story = {
  name: 'Error: invalid layout (ignored)',
  args: { layout: 'nonsense' },
};

export const InvalidHeadingLevel: Story = {
  name: 'Error: invalid heading level (ignored)',
  args: { 'heading-level': '9' },
};

export const InvalidFeedAddress: Story = {
  name: 'Error: src is not a web address',
  args: { src: 'ftp://example.org/news.json' },
};
