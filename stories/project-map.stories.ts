import '../src/elements/project-map/define.js';
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widget, type WidgetArgs } from './widget.js';

/** The attributes of `<iom-project-map>`, as story args (named like the attributes). */
interface ProjectMapArgs extends WidgetArgs {
  project?: string;
  'heading-level'?: string;
  onIomCountrySelect?: (event: Event) => void;
}

const projectMap = (args: ProjectMapArgs) => {
  const element = widget('iom-project-map', args);
  if (args.onIomCountrySelect) element.addEventListener('iom-country-select', args.onIomCountrySelect);
  return element;
};

const meta = {
  title: 'Widgets/Project map',
  component: 'iom-project-map',
  tags: ['autodocs'],
  render: projectMap,
  args: { project: 'admin4all' },
  argTypes: {
    project: { control: 'select', options: ['admin4all', 'migration-and-development', 'no-such-project'] },
  },
} satisfies Meta<ProjectMapArgs>;

export default meta;
type Story = StoryObj<ProjectMapArgs>;

/** Width of the container, set through a class (no inline styles, as in a strict-CSP page). */
const inContainer = (className: 'sidebar' | 'banner') => (args: ProjectMapArgs) =>
  html`<style>
      .iom-sb-sidebar {
        inline-size: 280px;
      }
      .iom-sb-banner {
        inline-size: 1200px;
        max-inline-size: 100%;
      }
    </style>
    <div class="iom-sb-${className}">${projectMap(args)}</div>`;

// Each project

export const Admin4All: Story = { name: 'ADMin4ALL (seven countries)', args: { project: 'admin4all' } };

export const MigrationAndDevelopment: Story = {
  name: 'Migration and Development (Italy)',
  args: { project: 'migration-and-development' },
};

// Anywhere on Earth: the cases of test/fixtures/map-projects.json, from a content API built from
// content/ and them (.storybook/main.ts serves it as map-cases/)

/** A project of the map's cases anywhere on Earth. */
const mapCase = (name: string, project: string): Story => ({ name, args: { project, 'data-iom-content-api': 'map-cases/' } });

export const Italy = mapCase('Anywhere: one country (Italy)', 'italy-only');

export const BangladeshMyanmar = mapCase('Anywhere: Bangladesh and Myanmar', 'bangladesh-myanmar');

export const SouthAmerica = mapCase('Anywhere: Colombia, Ecuador, Peru, Brazil and Chile', 'south-america');

export const PacificIslands = mapCase('Anywhere: Fiji, Tonga and Samoa (across the antimeridian)', 'pacific-islands');

export const FiveContinents = mapCase('Anywhere: 40 countries on five continents', 'five-continents');

// Container sizes

export const Sidebar: Story = { name: 'Sidebar (280px)', render: inContainer('sidebar') };

export const Banner: Story = { name: 'Banner (1200px)', render: inContainer('banner') };

// Languages and themes

export const Italian: Story = { name: 'Italian', args: { lang: 'it' } };

export const English: Story = { name: 'English', args: { lang: 'en' } };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark' } };

export const Auto: Story = { name: 'Auto theme (follows the system)', args: { theme: 'auto' } };

// Feed, empty and error states

export const OneCountry: Story = {
  name: 'One country: the frame zooms in (feed)',
  args: { src: 'feeds/projects.json', project: 'island-project' },
};

export const OddCountryCodes: Story = {
  name: 'Unknown and invalid country codes (feed)',
  args: { src: 'feeds/projects.json', project: 'odd-codes' },
};

export const NoCountries: Story = {
  name: 'Empty: no countries (feed)',
  args: { src: 'feeds/projects.json', project: 'nowhere' },
};

export const UnknownProject: Story = { name: 'Error: unknown project id', args: { project: 'no-such-project' } };

export const MissingProject: Story = { name: 'Error: no project attribute', args: { project: undefined } };
