import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the CSS, which ships as written):
 * - Large type and large targets for a first-time user at arm's length (a 1080×1920 portrait screen: 28 px type, 4rem targets); the hosted elements take them too.
 * - A touch screen: no text selection by a long press, no double-tap zoom.
 * - Nothing leaves the kiosk: no "apply online" link, no print dialog on a shared screen.
 */
export const hallKioskStyles = css`
  :host {
    --motcua-font-size: var(--motcua-kiosk-font-size, clamp(1.25rem, 2.6vw, 2rem));
    --motcua-target-size: 4rem;
    --_kiosk-gap: clamp(1rem, 2.5vw, 2.5rem);
    min-block-size: 100vh;
    min-block-size: 100dvh;
    -webkit-user-select: none;
    user-select: none;
    touch-action: manipulation;
  }
  [part='base'] {
    display: grid;
    grid-template-rows: auto 1fr auto;
    grid-template-columns: minmax(0, 1fr);
    min-block-size: inherit;
    gap: var(--_kiosk-gap);
    padding: var(--_kiosk-gap);
  }
  input {
    -webkit-user-select: text;
    user-select: text;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_kiosk-gap);
  }
  h1,
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  [part='header'] :is(h1, h2, h3, h4),
  .kiosk-name {
    font-size: 1.3em;
    font-weight: 700;
    margin: 0;
  }
  .kiosk-name {
    font-size: 1em;
    color: var(--_muted);
  }
  main :is(h1, h2, h3, h4, h5) {
    font-size: 1.4em;
  }
  [data-view-heading]:focus {
    outline: none;
  }
  [data-view-heading]:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .view {
    display: flex;
    flex-direction: column;
    gap: var(--_kiosk-gap);
    align-content: start;
  }
  button {
    min-block-size: var(--_target);
    padding: 0.5em 1em;
  }
  .langs {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    gap: var(--_kiosk-gap);
  }
  [part='scan'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kiosk-gap);
    background: var(--_success-bg);
    border: 3px solid var(--_success);
    border-radius: calc(var(--_radius) * 2);
    padding: var(--_kiosk-gap);
  }
  .scan-art {
    flex: none;
    inline-size: 5em;
    fill: var(--_text);
  }
  [part='scan'] > div {
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .view[data-view='home'] [part='scan'] {
    flex: 1;
    flex-direction: column;
    justify-content: center;
    text-align: center;
    font-size: 1.2em;
  }
  .view[data-view='home'] .scan-art {
    inline-size: 8em;
    max-inline-size: 100%;
  }
  .view[data-view='home'] [part='scan'] > div {
    flex: none;
  }
  .scan-title {
    margin: 0 0 0.25em;
    font-size: 1.3em;
    font-weight: 700;
  }
  .scan-hint {
    margin: 0;
  }
  [part='tiles'] {
    display: grid;
    gap: var(--_kiosk-gap);
  }
  [part='tile'] {
    display: grid;
    gap: 0.25em;
    justify-items: start;
    text-align: start;
    min-block-size: 7em;
    padding: 1em 1.25em;
    border-radius: calc(var(--_radius) * 2);
  }
  .tile-title {
    font-size: 1.4em;
  }
  .tile-hint {
    font-weight: 400;
  }
  [part='back'] {
    align-self: start;
  }
  [part='sectors'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: calc(var(--_kiosk-gap) / 2);
  }
  [part='sector'] {
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 4.5em;
    text-align: start;
    background: var(--_bg);
    color: var(--_primary);
  }
  [part='message'] {
    margin: 0;
    padding: 0.75em 1em;
    background: var(--_danger-bg);
    border-inline-start: 6px solid var(--_danger);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .type-hint {
    margin: 0;
    color: var(--_muted);
  }
  motcua-procedure-detail::part(online-link),
  motcua-procedure-detail::part(actions) {
    display: none;
  }
  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_kiosk-gap);
    border-top: 2px solid var(--_border);
    padding-top: var(--_kiosk-gap);
  }
  [part='footer'] p {
    margin: 0;
  }
  [part='countdown'] {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: 1;
    display: grid;
    gap: 0.5em;
    padding: var(--_kiosk-gap);
    background: var(--_warning-bg);
    border-top: 6px solid var(--_warning);
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.2);
  }
  .countdown-text {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
  }
  .countdown-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kiosk-gap);
  }
  @media (forced-colors: active) {
    .scan-art {
      fill: CanvasText;
    }
  }
`;
