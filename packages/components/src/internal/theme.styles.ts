/**
 * Design tokens shared by every element. Each reads a public `--motcua-*` custom property
 * with a default that passes WCAG 2.1 AA on white; a portal sets them on any ancestor.
 * `prefers-contrast: more` and the high-contrast theme (themes/high-contrast.css) raise them.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_font: var(--motcua-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_size: var(--motcua-font-size, 1rem);
    --_text: var(--motcua-color-text, #1b1b1f);
    --_muted: var(--motcua-color-text-muted, #4a4a55);
    --_bg: var(--motcua-color-background, #ffffff);
    --_surface: var(--motcua-color-surface, #f4f6f9);
    --_border: var(--motcua-color-border, #8a8f98);
    --_primary: var(--motcua-color-primary, #0b5cad);
    --_on-primary: var(--motcua-color-on-primary, #ffffff);
    --_success: var(--motcua-color-success, #1d6b33);
    --_success-bg: var(--motcua-color-success-background, #e7f4ea);
    --_warning: var(--motcua-color-warning, #7a4a00);
    --_warning-bg: var(--motcua-color-warning-background, #fff3d6);
    --_danger: var(--motcua-color-danger, #b1261c);
    --_danger-bg: var(--motcua-color-danger-background, #fdeceb);
    --_focus: var(--motcua-color-focus, #0b5cad);
    --_radius: var(--motcua-radius, 0.5rem);
    --_space: var(--motcua-space, 1rem);
    --_target: var(--motcua-target-size, 2.75rem);

    display: block;
    /* The shorthand also resets an inherited italic or bold; the lines below, a page's
       centring, capitals and spacing: the element's text styles are its own. */
    font: 400 var(--_size) / 1.5 var(--_font);
    color: var(--_text);
    overflow-wrap: anywhere;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.125em;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--_text);
      --_border: var(--_text);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    min-height: var(--_target);
  }
  button {
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    /* A button's words break between words, never inside one ("Đón/g"). */
    overflow-wrap: break-word;
  }
  button.secondary {
    background: var(--_bg);
    color: var(--_primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select {
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, #e3e7ee 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
