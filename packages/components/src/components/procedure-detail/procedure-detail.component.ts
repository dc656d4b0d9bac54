import { isAbortError, isMotcuaError, type Procedure } from '@motcua/core';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { BackendElement } from '../../internal/backend-element.js';
import { formatDateTime, formatNumber, safeHref } from '../../internal/format.js';
import { storedCopyShown, storedCopyStyles } from '../../internal/stored-copy.js';
import { externalIcon } from '../../internal/icons/external.js';
import { LEVEL_WORD, ONLINE_WORD } from '../../internal/vocabulary-keys.js';
import { vi } from '../../internal/lang.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { procedureDetailStyles } from './procedure-detail.styles.js';
import { detailStrings, type DetailStringKey } from './procedure-detail.strings.js';

/**
 * What to bring, what it costs, how long it takes and where to go, for one procedure —
 * loaded by `code` from the gateway or a static catalogue, or given as `procedure`.
 * Printable: the print button and links' decoration drop out on paper.
 *
 * @summary One procedure's requirements.
 * @tagname motcua-procedure-detail
 *
 * @fires motcua-procedure-load - The procedure was loaded: `{ procedure }`.
 *
 * @csspart base - The wrapper.
 * @csspart back - "Back to the search results" (when opened from a finder: focus goes back to the chosen result).
 * @csspart title - The procedure name (a heading that takes focus when opened from a finder).
 * @csspart summary - Code, sector, level, time, fees, where.
 * @csspart documents - The list of documents to bring.
 * @csspart online-link - The link to apply online.
 * @csspart actions - The print button.
 * @csspart message - Loading and error messages.
 * @csspart stored-copy - Said when the procedure is a copy kept for offline use and may be old.
 *
 * @cssprop --motcua-color-primary - Links and buttons.
 */
export class MotcuaProcedureDetail extends BackendElement<DetailStringKey> {
  static override tag = 'motcua-procedure-detail';
  static override strings = detailStrings;
  static override styles = [themeStyles, storedCopyStyles, procedureDetailStyles];

  static override properties = {
    code: { reflect: true },
    procedure: { attribute: false },
    returnTo: { attribute: false },
  };

  /** The procedure code to load, e.g. `1.001193`. */
  code = '';

  /** A procedure to show (used as is when it matches `code`). */
  procedure: Procedure | undefined;

  /** What "back to the search results" focuses (the finder sets itself when it opens a procedure here). */
  returnTo: HTMLElement | undefined;

  private get title_() {
    return this.renderRoot.querySelector<HTMLElement>('[part="title"]');
  }

  private readonly load = new Task(this, {
    args: () => [this.code, this.procedure, this.backend] as const,
    task: async ([code, given, client], { signal }): Promise<Procedure | undefined> => {
      // A catalogue search already carries the full procedure; fetch only when it has no details.
      if (given && (!code || given.code === code) && (given.documents || given.fees)) return given;
      if (!code) return given;
      if (!client) throw new Error(this.t('notConfigured'));
      return client.procedures.get(code, { signal });
    },
    onComplete: (procedure) => {
      if (procedure) this.emit('motcua-procedure-load', { procedure });
    },
  });

  /** Moves focus to the procedure's title (after it is shown from a finder). */
  focusTitle(): void {
    void this.load.taskComplete.then(() => this.updateComplete).then(() => this.title_?.focus());
  }

  private time(p: Procedure): unknown {
    const t = p.processingTime;
    if (!t) return undefined;
    const units: Record<string, DetailStringKey> = { 'working-day': 'workingDays', day: 'days', hour: 'hours', month: 'months' };
    const main =
      t.value === 0 ? this.t('sameDay') : t.value !== undefined ? this.t(units[t.unit ?? 'day'] ?? 'days', { count: t.value }) : '';
    // The office's own note on the time is Vietnamese, whatever the page's language.
    const parts = [main, t.description && vi(t.description)].filter(Boolean);
    return parts.length ? parts.map((part, i) => (i ? [' — ', part] : part)) : undefined;
  }

  private fees(p: Procedure): string | undefined {
    if (!p.fees?.length) return undefined;
    if (p.fees.every((f) => !f.amount)) return this.t('free');
    return p.fees
      .map((f) => (f.amount ? `${f.name}: ${this.t('money', { amount: formatNumber(f.amount, this.language) })}` : f.name))
      .join('; ');
  }

  private documents(p: Procedure) {
    const docs = p.documents ?? [];
    if (!docs.length) return nothing;
    const groups = new Map<string, typeof docs>();
    for (const d of docs) groups.set(d.case ?? '', [...(groups.get(d.case ?? '') ?? []), d]);
    return html`<section>
      <h3>${this.t('documents')}</h3>
      ${[...groups].map(
        ([situation, list]) => html`${situation ? html`<p class="case" lang="vi">${situation}</p>` : nothing}
          <ul part="documents">
            ${list.map((d) => {
              const counts = [
                d.originals ? this.t('originals', { count: d.originals }) : '',
                d.copies ? this.t('copies', { count: d.copies }) : '',
              ]
                .filter(Boolean)
                .join(', ');
              const href = safeHref(d.form?.url);
              return html`<li>
                ${vi(d.name)}${counts ? html` <span class="count">(${counts})</span>` : nothing}
                ${d.form ? html`<br /><span class="count">${this.t('form')}:</span> ${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank" lang="vi">${d.form.name}</a>` : vi(d.form.name)}` : nothing}
              </li>`;
            })}
          </ul>`,
      )}
    </section>`;
  }

  private renderProcedure(p: Procedure) {
    const online = safeHref(p.onlineUrl);
    const facts: Array<[DetailStringKey, unknown]> = [
      ['procedureCode', p.code],
      ['sector', p.sector?.name],
      ['levels', p.levels?.map((l) => this.t(LEVEL_WORD[l])).join(', ')],
      ['time', this.time(p)],
      ['fees', this.fees(p)],
      ['where', p.agency],
      ['online', p.onlineService ? this.t(ONLINE_WORD[p.onlineService]) : undefined],
    ];
    // The office's words are Vietnamese whatever the page's language: marked so, they are read so.
    const office = new Set<DetailStringKey>(['sector', 'fees', 'where']);
    return html`<article part="base" lang=${this.language}>
      ${this.returnTo ? html`<p><button part="back" class="secondary" type="button" @click=${() => this.returnTo?.focus()}>${this.t('backToResults')}</button></p>` : nothing}
      <h2 part="title" tabindex="-1" lang="vi">${p.name}</h2>
      ${storedCopyShown(p.storedAt) ? html`<p part="stored-copy">${this.t('storedCopy', { time: formatDateTime(p.storedAt) })}</p>` : nothing}
      <dl part="summary">${facts.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${this.t(k)}</dt><dd lang=${office.has(k) ? 'vi' : nothing}>${v}</dd></div>`)}</dl>
      ${
        online && p.onlineService !== 'none'
          ? html`<p><a part="online-link" href=${online} rel="noopener noreferrer" target="_blank">${this.t('onlineLink')} ${externalIcon()}</a></p>`
          : nothing
      }
      ${this.documents(p)}
      ${p.steps?.length ? html`<section><h3>${this.t('procedureSteps')}</h3><ol lang="vi">${p.steps.map((s) => html`<li>${s}</li>`)}</ol></section>` : nothing}
      ${p.conditions?.length ? html`<section><h3>${this.t('conditions')}</h3><ul lang="vi">${p.conditions.map((c) => html`<li>${c}</li>`)}</ul></section>` : nothing}
      ${p.result ? html`<section><h3>${this.t('result')}</h3><p lang="vi">${p.result}</p></section>` : nothing}
      ${
        p.legalBasis?.length
          ? html`<section>
            <h3>${this.t('legalBasis')}</h3>
            <ul lang="vi">
              ${p.legalBasis.map(
                (l) =>
                  html`<li>${l.number && !l.title.includes(l.number) ? html`<span class="doc-number">${l.number}</span> ` : nothing}${l.title}${l.issuer && !l.title.includes(l.issuer) ? html` — ${l.issuer}` : nothing}</li>`,
              )}
            </ul>
          </section>`
          : nothing
      }
      <div part="actions"><button class="secondary" type="button" @click=${() => window.print()}>${this.t('print')}</button></div>
    </article>`;
  }

  override render() {
    return this.load.render({
      pending: () => html`<p part="message" role="status">${this.t('loadingProcedure')}</p>`,
      complete: (p) => (p ? this.renderProcedure(p) : nothing),
      error: (e) =>
        isAbortError(e)
          ? nothing
          : html`<p part="message" role="alert">
              ${isMotcuaError(e) ? e.messageIn(this.language) : e instanceof Error ? e.message : ''}
              <button class="secondary" type="button" @click=${() => this.load.run()}>${this.t('retry')}</button>
            </p>`,
    });
  }
}

declare module '../../internal/events.js' {
  interface MotcuaEventDetails {
    /** A procedure's details were loaded. */
    'motcua-procedure-load': { procedure: Procedure };
  }
}
