import { css } from 'lit';

export const dossierStatusStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  [part='header'] h2,
  [part='header'] h3 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='code'] {
    font-family: var(--motcua-font-family-mono, ui-monospace, 'Cascadia Mono', Consolas, monospace);
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  [part='status'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  [part='status-label'] {
    font-size: 1.2em;
    font-weight: 700;
  }
  [part='badge'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.2rem 0.7rem;
    border-radius: 999px;
    font-weight: 600;
    border: 2px solid currentColor;
  }
  [part='badge'][data-state='on-time'],
  [part='badge'][data-state='done-on-time'] {
    color: var(--_success);
    background: var(--_success-bg);
  }
  [part='badge'][data-state='due-soon'] {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  [part='badge'][data-state='overdue'],
  [part='badge'][data-state='done-late'] {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  [part='facts'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem var(--_space);
    margin: 0;
  }
  [part='facts'] dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='facts'] dd {
    margin: 0;
    font-weight: 600;
  }
  [part~='callout'] {
    border-left: 6px solid var(--_warning);
    background: var(--_warning-bg);
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
  }
  [part~='callout'] h3 {
    margin: 0 0 0.25rem;
    font-size: 1.05em;
  }
  [part~='callout'] ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  [part='notice'] {
    border-left: 6px solid var(--_primary);
    background: var(--_surface);
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    margin: 0;
  }
  [part='timeline'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='step'] {
    position: relative;
    padding: 0.75rem var(--_space) 0.75rem 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .mark {
    position: absolute;
    left: 0.75rem;
    top: 0.75rem;
    line-height: 1.5;
  }
  [part~='step'][data-status='done'] .mark {
    color: var(--_success);
  }
  [part~='step'][data-status='in-progress'] {
    border-width: 2px;
    border-color: var(--_primary);
  }
  [part~='step-late'] {
    border-color: var(--_danger) !important;
    background: var(--_danger-bg);
  }
  .step-title {
    font-weight: 700;
  }
  .step-meta {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .late {
    color: var(--_danger);
    font-weight: 700;
  }
  h3.section {
    margin: 0;
    font-size: 1.1em;
  }
  @media (forced-colors: active) {
    /* Forced colours take the reds, ambers and greens away: lines say what the colours said. */
    [part~='step'][part~='step-late'] {
      border: 4px double CanvasText !important;
      border-inline-start-width: 0.6rem !important;
    }
    [part='badge'][data-state='overdue'],
    [part='badge'][data-state='done-late'] {
      border: 4px double;
    }
    [part='badge'][data-state='due-soon'] {
      border-style: dashed;
    }
    [part~='step'][data-status='done'] .mark,
    .late {
      color: CanvasText;
    }
  }
`;

export const phaseStyles = css`
  .phase {
    flex-basis: 100%;
    margin: 0;
  }
`;
