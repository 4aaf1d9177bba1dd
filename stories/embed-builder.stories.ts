import '../src/index.js';
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineEmbedCodeBuilder } from '../tools/embed-builder/define.js';

defineEmbedCodeBuilder();

/**
 * The embed-code builder for CMS authors (also on the demo page, demo/builder.html): choose a
 * widget, its content and options, check the preview, copy the code. The integrity hash comes
 * from the build's cdn/integrity.json, published beside Storybook.
 */
const meta = {
  title: 'Tools/Embed code builder',
  render: () => html`<embed-code-builder integrity-src="cdn/integrity.json"></embed-code-builder>`,
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;

export const EmbedCodeBuilder: StoryObj = {};
