import '../src/elements/partnership-timeline/define.js';
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widget, type WidgetArgs } from './widget.js';

/** The attributes of `<iom-partnership-timeline>`, as story args (named like the attributes). */
interface TimelineArgs extends WidgetArgs {
  partnership?: string;
  orientation?: string;
  order?: string;
  'heading-level'?: string;
}

const timeline = (args: TimelineArgs) => widget('iom-partnership-timeline', args);

const meta = {
  title: 'Widgets/Partnership timeline',
  component: 'iom-partnership-timeline',
  tags: ['autodocs'],
  render: timeline,
  args: { partnership: 'iom-unodc' },
  argTypes: {
    partnership: { control: 'select', options: ['iom-unodc', 'iom-amazon', 'no-such-partnership'] },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** Width of the container, set through a class (no inline styles, as in a strict-CSP page). */
const inContainer = (className: 'narrow' | 'wide') => (args: TimelineArgs) =>
  html`<style>
      .iom-sb-narrow {
        inline-size: 280px;
      }
      .iom-sb-wide {
        inline-size: 1100px;
        max-inline-size: 100%;
      }
    </style>
    <div class="iom-sb-${className}">${timeline(args)}</div>`;

// Each partnership

export const IomUnodc: Story = { name: 'IOM and UNODC', args: { partnership: 'iom-unodc' } };

export const IomAmazon: Story = { name: 'IOM and Amazon', args: { partnership: 'iom-amazon' } };

// Order and orientation

export const NewestFirst: Story = { name: 'Newest first', args: { order: 'newest-first' } };

export const HorizontalWide: Story = {
  name: 'Horizontal, wide container (1100px)',
  render: inContainer('wide'),
  args: { orientation: 'horizontal', partnership: 'iom-amazon' },
};

export const HorizontalNarrow: Story = {
  name: 'Horizontal asked, narrow container (280px): vertical',
  render: inContainer('narrow'),
  args: { orientation: 'horizontal' },
};

export const Narrow: Story = { name: 'Narrow container (280px)', render: inContainer('narrow') };

// Languages and themes

export const Italian: Story = { name: 'Italian', args: { lang: 'it', partnership: 'iom-amazon' } };

export const English: Story = { name: 'English', args: { lang: 'en' } };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', partnership: 'iom-amazon' } };

export const Auto: Story = { name: 'Auto theme (follows the system)', args: { theme: 'auto' } };

// Feed, empty and error states

export const FromAFeed: Story = {
  name: 'From a feed, with malformed milestones left out',
  args: { src: 'feeds/partnerships.json', partnership: 'city-ngo' },
};

export const Empty: Story = {
  name: 'Empty: no milestones yet',
  args: { src: 'feeds/partnerships.json', partnership: 'no-milestones' },
};

export const UnknownPartnership: Story = {
  name: 'Error: unknown partnership id',
  args: { partnership: 'no-such-partnership' },
};

export const MissingPartnership: Story = {
  name: 'Error: no partnership attribute',
  args: { partnership: undefined },
};

export const InvalidOrientation: Story = {
  name: 'Error: invalid orientation (ignored)',
  args: { orientation: 'diagonal' },
};
