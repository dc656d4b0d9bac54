import { css } from 'lit';

export const statusBoardStyles = css`
  :host {
    /* Read from across the hall: the type grows with the screen. */
    --_board-size: var(--motcua-board-font-size, clamp(1.1rem, 2.2vw, 2.6rem));
  }
  [part='base'] {
    display: grid;
    gap: var(--_space);
    font-size: var(--_board-size);
  }
  :host([kiosk]) {
    cursor: none;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem var(--_space);
  }
  header :is(h1, h2, h3) {
    margin: 0;
    font-size: 1.3em;
  }
  [part='updated'] {
    color: var(--_muted);
    font-size: 0.8em;
  }
  [part='updated'][data-stale] {
    color: var(--_danger);
    font-weight: 700;
  }
  [part='lists'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: var(--_space);
  }
  section {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  section :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.4em;
    font-size: 1em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  li {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.3em;
    /* Names and codes wrap between words, never between letters. */
    overflow-wrap: normal;
  }
  .code {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    /* Whole on a screen; broken only where a code is wider than the screen (a phone at 200 % text). */
    overflow-wrap: anywhere;
    margin-inline-end: 0.75em;
  }
  .who {
    font-weight: 600;
  }
  .what {
    display: block;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .reason {
    color: var(--_warning);
    font-weight: 700;
  }
  [part='page'] {
    color: var(--_muted);
    font-size: 0.7em;
    margin: 0.3em 0 0;
  }
  [part='message'] {
    margin: 0;
  }
  [part='message'][role='alert'] {
    color: var(--_danger);
  }
`;
