import '../src/elements/news-list/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widget, type WidgetArgs } from './widget.js';

/** The attributes of `<iom-news-list>`, as story args (named like the attributes). */
interface NewsListArgs extends WidgetArgs {
  organization?: string;
  country?: string;
  project?: string;
  year?: string;
  limit?: string;
  layout?: string;
  'heading-level'?: string;
}

const list = (args: NewsListArgs) => widget('iom-news-list', args);

const meta = {
  title: 'Widgets/News list',
  component: 'iom-news-list',
  tags: ['autodocs'],
  render: list,
  argTypes: {
    organization: { control: 'select', options: ['iom', 'unodc', 'amazon', 'no-such-org'] },
  },
} satisfies Meta<NewsListArgs>;

export default meta;
type Story = StoryObj<NewsListArgs>;

export const AllNews: Story = {};

export const Unodc: Story = {
  name: 'Organization: UNODC',
  args: { organization: 'unodc' },
};

export const Amazon: Story = {
  name: 'Organization: Amazon',
  args: { organization: 'amazon' },
};

export const LimitOne: Story = {
  name: 'Limit 1, with "Show more news"',
  args: { limit: '1' },
};

export const Year2024: Story = {
  name: 'Year: 2024',
  args: { year: '2024' },
};

export const CountryWithoutNews: Story = {
  name: 'Country without news: Bangladesh',
  args: { country: 'BD' },
};

export const Compact: Story = {
  args: { layout: 'compact' },
};

export const Horizontal: Story = {
  args: { layout: 'horizontal' },
};

export const Italian: Story = {
  name: 'Italian (lang="it")',
  args: { lang: 'it' },
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
};

export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': '2' },
};

// Error states: a visible message, an iom-error event and one console warning

export const UnknownOrganization: Story = {
  name: 'Error: unknown organization',
  args: { organization: 'no-such-org' },
};

export const UnknownProject: Story = {
  name: 'Error: unknown project',
  args: { project: 'no-such-project' },
};

export const InvalidCountry: Story = {
  name: 'Error: invalid country (ignored)',
  args: { country: 'Italy' },
};

export const InvalidLimit: Story = {
  name: 'Error: invalid limit (ignored)',
  args: { limit: 'zero' },
};

export const InvalidLayout: Story = {
  name: 'Error: invalid layout (ignored)',
  args: { layout: 'nonsense' },
};
