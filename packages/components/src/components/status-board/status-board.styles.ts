import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the CSS, which ships as written):
 * - Read from five metres: sized from the screen's height, never under 2.3 % of it (the smaller line) — and never under 2rem, which a 720p or 1080p TV keeps, so that a 4K screen (where the height decides) shows more entries, not bigger ones.
 * - Without page-size the board fills its box — the screen unless the page sizes it — and shows what fits: nothing to scroll on a TV.
 * - Side by side where two columns as wide as a code fit (a landscape TV), one above the other on a portrait screen.
 * - A cut procedure name must not widen its column.
 * - The box the entries are counted into: what does not fit is on the next page.
 * - Names and codes wrap between words, never between letters.
 * - Whole on a screen; broken only where a code is wider than the screen (a phone at 200 % text).
 * - Its spaces do not break (the component joins them): broken only where the name is wider than the screen.
 * - One line: a long procedure name is cut, never pushing the next entry off the screen.
 * - .measure: every entry laid out unseen, as wide as its list, so pages are cut from real heights (a 4K screen filled to its bottom).
 */
export const statusBoardStyles = css`
  :host {
    --_entry: var(--motcua-board-font-size, max(2.6vh, 2rem));
    --_small: max(2.3vh, calc(var(--_entry) * 0.78));
  }
  :host(:not([page-size])) {
    block-size: 100vh;
    block-size: 100dvh;
    overflow: hidden;
  }
  [part='base'] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6em;
    font-size: var(--_entry);
    line-height: 1.25;
  }
  :host(:not([page-size])) [part='base'] {
    position: relative;
    block-size: 100%;
    padding: 1.5vh 2vw;
  }
  :host([kiosk]) {
    cursor: none;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 1em;
  }
  header :is(h1, h2, h3) {
    margin: 0;
    font-size: 1.15em;
  }
  [part='updated'] {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_small);
  }
  [part='updated'][data-stale] {
    color: var(--_danger);
    font-weight: 700;
  }
  [part='lists'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17.5em), 1fr));
    grid-auto-rows: minmax(0, 1fr);
    gap: 0.6em;
    min-block-size: 0;
  }
  section {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    min-inline-size: 0;
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.35em 0.6em;
  }
  section :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.3em;
    font-size: 1em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  :host(:not([page-size])) ol {
    flex: 1 1 0;
    min-block-size: 0;
    overflow: hidden;
  }
  section > p {
    margin: 0;
  }
  li {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.25em;
    overflow-wrap: normal;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6em;
  }
  .code {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6em;
    font-weight: 600;
    min-inline-size: 0;
  }
  .name {
    overflow-wrap: anywhere;
  }
  .reason {
    color: var(--_warning);
    font-weight: 700;
  }
  .what {
    display: block;
    color: var(--_muted);
    font-size: var(--_small);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='page'] {
    color: var(--_text);
    font-size: var(--_small);
    margin: 0.2em 0 0;
    font-weight: 600;
  }
  [part='page'] .next {
    color: var(--_muted);
    font-weight: 400;
  }
  [part='message'] {
    margin: 0;
  }
  [part='message'][role='alert'] {
    color: var(--_danger);
  }
  .measure {
    position: absolute;
    inset: 0 auto auto 0;
    visibility: hidden;
    pointer-events: none;
  }
`;
