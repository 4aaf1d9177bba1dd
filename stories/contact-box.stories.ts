import '../src/elements/contact-box/define.js';
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { widget, type WidgetArgs } from './widget.js';

/** The attributes of `<iom-contact-box>`, as story args (named like the attributes). */
interface ContactBoxArgs extends WidgetArgs {
  contact?: string;
  layout?: string;
  'heading-level'?: string;
}

const contactBox = (args: ContactBoxArgs) => widget('iom-contact-box', args);

const meta = {
  title: 'Widgets/Contact box',
  component: 'iom-contact-box',
  tags: ['autodocs'],
  render: contactBox,
  args: { contact: 'migration-development-italy' },
  argTypes: {
    contact: { control: 'select', options: ['migration-development-italy', 'integration-italy', 'nobody'] },
  },
} satisfies Meta<ContactBoxArgs>;

export default meta;
type Story = StoryObj<ContactBoxArgs>;

/** Width of the container, set through a class (no inline styles, as in a strict-CSP page). */
const narrow = (args: ContactBoxArgs) =>
  html`<style>
      .iom-sb-narrow {
        inline-size: 280px;
      }
    </style>
    <div class="iom-sb-narrow">${contactBox(args)}</div>`;

// Each contact

export const MigrationAndDevelopment: Story = {
  name: 'Migration and Development (email and phone)',
  args: { contact: 'migration-development-italy' },
};

export const Integration: Story = { name: 'Integration (email only)', args: { contact: 'integration-italy' } };

// Layouts and sizes

export const Card: Story = { name: 'Card', args: { layout: 'card' } };

export const Inline: Story = { name: 'Inline', args: { layout: 'inline' } };

export const Narrow: Story = { name: 'Narrow container (280px)', render: narrow };

// Languages and themes

export const Italian: Story = { name: 'Italian (national phone format)', args: { lang: 'it' } };

export const English: Story = { name: 'English (international phone format)', args: { lang: 'en' } };

export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark' } };

// Feed and error states

export const InvalidFields: Story = {
  name: 'Feed with an invalid email, phone and URL (left out)',
  args: { src: 'feeds/contacts.json', contact: 'desk' },
};

export const UnknownContact: Story = { name: 'Error: unknown contact id', args: { contact: 'nobody' } };

export const MissingContact: Story = { name: 'Error: no contact attribute', args: { contact: undefined } };
