import { css } from 'lit';

export const contactBoxStyles = css`
  .contact {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--iom-contact-box-background, var(--_surface));
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .loading {
    min-block-size: 12rem;
  }
  dl,
  dd {
    margin: 0;
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  .office,
  .description,
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .channels {
    display: grid;
    gap: 0.5rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  button {
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    cursor: pointer;
  }
  /* Its blocks span the box, so that text in another language aligns to its own start (see the
     tokens); the button keeps its own width, at the start. */
  .vcard {
    justify-self: start;
  }
  button:hover {
    background: var(--_subtle);
  }
  .feedback:empty {
    display: none;
  }
  .feedback {
    font-size: 0.875em;
    font-weight: 600;
  }
  /* Inline: one compact line of who and how, for running text and footers. */
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding: 0.5rem 0.75rem;
  }
  .inline .title {
    font-size: 1em;
  }
  .inline .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  @container (min-width: 36rem) {
    .card .channels div {
      display: grid;
      grid-template-columns: 6rem 1fr;
      align-items: center;
    }
  }
`;
