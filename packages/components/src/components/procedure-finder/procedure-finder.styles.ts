import { css } from 'lit';

export const procedureFinderStyles = css`
  [part='base'] {
    display: grid;
    gap: 0.75rem;
  }
  label {
    font-weight: 600;
  }
  [part='filters'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: 0.5rem var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part='filters'] label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
    font-size: 0.95em;
  }
  [part='count'] {
    margin: 0;
    color: var(--_muted);
  }
  [part='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='option'] {
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    background: var(--_bg);
  }
  [part~='option']:hover {
    border-color: var(--_primary);
  }
  [part~='option-active'] {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    border-color: var(--_primary);
  }
  .name {
    font-weight: 600;
  }
  mark {
    background: var(--motcua-color-highlight, #ffe58a);
    color: inherit;
    padding: 0 0.1em;
    border-radius: 0.2em;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.92em;
  }
  [part='message'] {
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin: 0;
  }
  [part='message'][data-kind='error'] {
    background: var(--_danger-bg);
    border-left: 6px solid var(--_danger);
  }
`;
