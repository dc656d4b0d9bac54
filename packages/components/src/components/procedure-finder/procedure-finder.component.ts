import {
  isAbortError,
  isMotcuaError,
  type Level,
  type OnlineService,
  type Procedure,
  type ProcedureHit,
  type ProcedureSearchResult,
  type Sector,
} from '@motcua/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { BackendElement } from '../../internal/backend-element.js';
import { LEVEL_WORD, ONLINE_WORD } from '../../internal/vocabulary-keys.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { procedureFinderStyles } from './procedure-finder.styles.js';
import { finderStrings, type FinderStringKey } from './procedure-finder.strings.js';
import { formatDateTime } from '../../internal/format.js';
import { storedCopyShown, storedCopyStyles } from '../../internal/stored-copy.js';
import { vi } from '../../internal/lang.js';

const LEVELS = Object.entries(LEVEL_WORD) as Array<[Level, FinderStringKey]>;
const ONLINE = Object.entries(ONLINE_WORD) as Array<[OnlineService, FinderStringKey]>;

/** The name with its matched ranges marked. */
function marked(name: string, ranges: ReadonlyArray<readonly [number, number]>): Array<string | TemplateResult> {
  const out: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > name.length || start >= end) continue;
    out.push(name.slice(at, start), html`<mark>${name.slice(start, end)}</mark>`);
    at = end;
  }
  out.push(name.slice(at));
  return out;
}

let instances = 0;

/**
 * Find a procedure in your own words: "sổ đỏ", "xin phep xay nha", "bằng lái". Searches as
 * you type (through the gateway, or a static catalogue), with sector, level and online
 * filters; results follow the ARIA combobox pattern (arrow keys, Enter, Escape) and their
 * count is announced. Choosing one fires `motcua-procedure-select` and, with `detail-target`,
 * opens it in that `<motcua-procedure-detail>`.
 *
 * @summary Procedure search with filters.
 * @tagname motcua-procedure-finder
 *
 * @fires motcua-procedure-select - A procedure was chosen: `{ procedure }` (cancelable).
 * @fires motcua-search-results - Results changed: `{ query, total }`.
 *
 * @csspart base - The wrapper.
 * @csspart input - The search field.
 * @csspart filters - The filter selects.
 * @csspart count - The number of results.
 * @csspart listbox - The result list.
 * @csspart option - One result.
 * @csspart option-active - The result the arrow keys are on (with `option`).
 * @csspart message - Empty, loading and error messages (data-kind: empty, error).
 * @csspart stored-copy - Said when the results are a copy kept for offline use and may be old.
 *
 * @cssprop --motcua-color-highlight - Background of matched words (default #ffe58a).
 * @cssprop --motcua-color-primary - Accents and focus.
 */
export class MotcuaProcedureFinder extends BackendElement<FinderStringKey> {
  static override tag = 'motcua-procedure-finder';
  static override strings = finderStrings;
  static override styles = [themeStyles, storedCopyStyles, procedureFinderStyles];

  static override properties = {
    query: {},
    sector: {},
    level: {},
    online: {},
    limit: { type: Number },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    detailTarget: { attribute: 'detail-target' },
    noFilters: { type: Boolean, attribute: 'no-filters' },
    debounced: { state: true },
    active: { state: true },
  };

  /** The search text. */
  query = '';
  /** Sector code filter. */
  sector = '';
  /** Level filter. */
  level: Level | '' = '';
  /** Online service filter. */
  online: OnlineService | '' = '';
  /** Results shown at once (default 20). */
  limit = 20;
  /** Keep query and filters in the page URL (`?q=&sector=&level=&online=`), for sharing and back. */
  syncUrl = false;
  /** A CSS selector of a `<motcua-procedure-detail>` that shows the chosen procedure. */
  detailTarget = '';
  /** Hide the filters. */
  noFilters = false;

  private debounced = '';
  private active = -1;

  private get input() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  private readonly uid = `motcua-finder-${++instances}`;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly search = new Task(this, {
    args: () => [this.debounced, this.sector, this.level, this.online, this.limit, this.backend] as const,
    task: async ([q, sector, level, online, limit, client], { signal }): Promise<ProcedureSearchResult> => {
      if (!client) throw new Error(this.t('notConfigured'));
      return client.procedures.search(q, {
        limit,
        signal,
        ...(sector ? { sector } : {}),
        ...(level ? { level } : {}),
        ...(online ? { onlineService: online } : {}),
      });
    },
    onComplete: (result) => {
      this.active = -1;
      this.emit('motcua-search-results', { query: this.debounced, total: result.total });
    },
  });

  private readonly sectors = new Task(this, {
    args: () => [this.backend] as const,
    task: async ([client], { signal }): Promise<Sector[]> => (client ? client.sectors.list({ signal }) : []),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const params = new URLSearchParams(location.search);
      this.query = params.get('q') ?? this.query;
      this.sector = params.get('sector') ?? this.sector;
      this.level = (params.get('level') as Level | null) ?? this.level;
      this.online = (params.get('online') as OnlineService | null) ?? this.online;
    }
    this.debounced = this.query;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounceTimer);
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (this.syncUrl && ['debounced', 'sector', 'level', 'online'].some((k) => changed.has(k))) {
      const url = new URL(location.href);
      for (const [name, value] of [
        ['q', this.debounced],
        ['sector', this.sector],
        ['level', this.level],
        ['online', this.online],
      ] as const) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }
  }

  private onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounceTimer);
    // Short pause while typing: fewer requests on slow networks; the old one is aborted anyway.
    this.debounceTimer = setTimeout(() => (this.debounced = this.query), 150);
  }

  private get hits(): ProcedureHit[] {
    return this.search.value?.items ?? [];
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.hits.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      this.active = (this.active + 1) % count;
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      this.active = this.active <= 0 ? count - 1 : this.active - 1;
    } else if (event.key === 'Home' && count && this.active >= 0) {
      event.preventDefault();
      this.active = 0;
    } else if (event.key === 'End' && count && this.active >= 0) {
      event.preventDefault();
      this.active = count - 1;
    } else if (event.key === 'Enter' && this.active >= 0 && this.hits[this.active]) {
      event.preventDefault();
      this.choose(this.hits[this.active]!.procedure);
    } else if (event.key === 'Escape') {
      if (this.active >= 0) this.active = -1;
      else if (this.query) {
        this.query = '';
        this.debounced = '';
      }
    }
  }

  protected override willUpdate(): void {
    if (this.active >= 0) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({ block: 'nearest' }),
      );
    }
  }

  /** Chooses a procedure: fires the event and fills the detail target. */
  choose(procedure: Procedure): void {
    if (!this.emit('motcua-procedure-select', { procedure }, { cancelable: true }) || !this.detailTarget) return;
    const target = ((this.getRootNode() as Document | ShadowRoot).querySelector(this.detailTarget) ??
      document.querySelector(this.detailTarget)) as
      (HTMLElement & { code?: string; procedure?: Procedure; focusTitle?: () => void }) | null;
    if (target && 'code' in target) {
      // returnTo: the detail's "back to the results" brings focus here, on the chosen result.
      Object.assign(target, { procedure, code: procedure.code, returnTo: this });
      target.scrollIntoView({ block: 'start' });
      target.focusTitle?.();
    }
  }

  private option(hit: ProcedureHit, index: number): TemplateResult {
    const p = hit.procedure;
    const active = index === this.active;
    const levels = (p.levels ?? []).map((l) => this.t(LEVEL_WORD[l])).join(', ');
    const online = p.onlineService ? this.t(ONLINE_WORD[p.onlineService]) : '';
    return html`<li
      part=${active ? 'option option-active' : 'option'}
      role="option"
      id="${this.uid}-opt-${index}"
      aria-selected=${active ? 'true' : 'false'}
      @click=${() => this.choose(p)}
    >
      <div class="name" lang="vi">${marked(p.name, hit.highlights)}</div>
      <div class="meta">${[p.code, p.sector?.name && vi(p.sector.name), levels, online].filter(Boolean).map((part, i) => (i ? [' · ', part] : part))}</div>
    </li>`;
  }

  /** `office`: the options are the office's own names (Vietnamese, whatever the page's language). */
  private select<T extends string>(
    label: FinderStringKey,
    all: FinderStringKey,
    value: T | '',
    options: Array<[string, string]>,
    set: (v: T | '') => void,
    office = false,
  ) {
    return html`<label
      >${this.t(label)}
      <select .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value as T | '')}>
        <option value="">${this.t(all)}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value} lang=${office ? 'vi' : nothing}>${text}</option>`)}
      </select></label
    >`;
  }

  override render() {
    const listbox = `${this.uid}-listbox`;
    const result = this.search.value;
    const pending = this.search.status === TaskStatus.PENDING;
    const error = this.search.status === TaskStatus.ERROR ? this.search.error : undefined;
    const count = result && !pending ? this.t('resultsCount', { count: result.total }) : '';
    return html`<div part="base">
      <label for="${this.uid}-input">${this.t('finderLabel')}</label>
      <input
        part="input"
        id="${this.uid}-input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        maxlength="200"
        placeholder=${this.t('finderPlaceholder')}
        aria-autocomplete="list"
        aria-controls=${this.hits.length ? listbox : nothing}
        aria-expanded=${this.hits.length ? 'true' : 'false'}
        aria-activedescendant=${this.active >= 0 ? `${this.uid}-opt-${this.active}` : nothing}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
      ${
        this.noFilters
          ? nothing
          : html`<fieldset part="filters">
            <legend class="visually-hidden">${this.t('filterSector')}, ${this.t('filterLevel')}, ${this.t('filterOnline')}</legend>
            ${this.select(
              'filterSector',
              'allSectors',
              this.sector,
              (this.sectors.value ?? []).map((s) => [s.code, s.name]),
              (v) => (this.sector = v),
              true,
            )}
            ${this.select<Level>(
              'filterLevel',
              'allLevels',
              this.level,
              LEVELS.map(([v, k]) => [v, this.t(k)]),
              (v) => (this.level = v),
            )}
            ${this.select<OnlineService>(
              'filterOnline',
              'anyOnline',
              this.online,
              ONLINE.map(([v, k]) => [v, this.t(k)]),
              (v) => (this.online = v),
            )}
          </fieldset>`
      }
      <p part="count" role="status" aria-live="polite">${pending ? this.t('searching') : count}</p>
      ${result && !pending && storedCopyShown(result.storedAt) ? html`<p part="stored-copy">${this.t('storedCopy', { time: formatDateTime(result.storedAt) })}</p>` : nothing}
      ${
        error && !isAbortError(error)
          ? html`<p part="message" data-kind="error" role="alert">
            ${
              navigator.onLine === false
                ? this.t('searchOffline')
                : this.t('searchFailed', {
                    message: isMotcuaError(error) ? error.messageIn(this.language) : error instanceof Error ? error.message : '',
                  })
            }
            <button class="secondary" type="button" @click=${() => this.search.run()}>${this.t('retry')}</button>
          </p>`
          : nothing
      }
      ${result && result.total === 0 && !pending ? html`<p part="message" data-kind="empty">${this.t('noResults', { query: this.debounced })}</p>` : nothing}
      ${
        this.hits.length
          ? html`<ul part="listbox" id=${listbox} role="listbox" aria-label=${this.t('finderLabel')}>
            ${this.hits.map((hit, i) => this.option(hit, i))}
          </ul>`
          : nothing
      }
    </div>`;
  }

  /** Puts focus in the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }
}

declare module '../../internal/events.js' {
  interface MotcuaEventDetails {
    /** A procedure was chosen in the finder. */
    'motcua-procedure-select': { procedure: Procedure };
    /** The finder's results changed. */
    'motcua-search-results': { query: string; total: number };
  }
}
