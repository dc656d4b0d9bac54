import { isMotcuaError, vietnamDate, type OfficeStats, type StatsQuery } from '@motcua/core';
import { Task } from '@lit/task';
import { html, nothing, svg } from 'lit';
import { formatNumber } from '../../internal/format.js';
import { BackendElement } from '../../internal/backend-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { officeStatsStyles } from './office-stats.styles.js';
import { statsStrings, type StatsStringKey } from './office-stats.strings.js';

type Period = 'month' | 'last-month' | 'quarter' | 'year' | 'custom';
type GroupBy = 'agency' | 'sector' | 'month';
/** `office`: the label is an office's own name (an agency or a sector: Vietnamese). */
type Row = Omit<OfficeStats, 'from' | 'to' | 'byStatus' | 'groups'> & { label: string; office?: boolean };

const PERIOD_WORD: Record<Period, StatsStringKey> = {
  month: 'periodMonth',
  'last-month': 'periodLastMonth',
  quarter: 'periodQuarter',
  year: 'periodYear',
  custom: 'periodCustom',
};
const GROUP_WORD: Record<GroupBy, StatsStringKey> = { agency: 'groupAgency', sector: 'groupSector', month: 'groupMonth' };
const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a preset period, in Vietnam's calendar. */
export function periodDays(period: Exclude<Period, 'custom'>, now: number = Date.now()): { from: string; to: string } {
  const today = vietnamDate(now);
  const [y, m] = today.split('-').map(Number) as [number, number];
  switch (period) {
    case 'month':
      return { from: `${y}-${pad(m)}-01`, to: today };
    case 'last-month': {
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      const last = new Date(Date.UTC(py, pm, 0)).getUTCDate();
      return { from: `${py}-${pad(pm)}-01`, to: `${py}-${pad(pm)}-${pad(last)}` };
    }
    case 'quarter':
      return { from: `${y}-${pad(Math.floor((m - 1) / 3) * 3 + 1)}-01`, to: today };
    case 'year':
      return { from: `${y}-01-01`, to: today };
  }
}

/**
 * Received but neither finished in time or late nor in progress: not accepted, withdrawn,
 * stopped, or finished without a due date to judge it by. With it the parts add up to the
 * dossiers received (an agency whose one dossier was withdrawn still has a bar).
 */
export const other = (r: Pick<OfficeStats, 'total' | 'finishedOnTime' | 'finishedLate' | 'inProgress'>) =>
  Math.max(0, r.total - r.finishedOnTime - r.finishedLate - r.inProgress);

/** A CSV cell: quoted when it holds a separator, a quote or a line break. */
const cell = (value: string | number) => (/[",\n;]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/**
 * An office's public statistics, as the national portal's service index shows them: dossiers
 * received, finished on time and late, in progress and overdue, and the on-time rate, for a
 * period, per agency, sector or month — a chart to look at and the same numbers as a table,
 * with a period picker, CSV download and print. Reads the gateway's `/v1/stats`.
 *
 * @summary Public statistics of a one-stop office.
 * @tagname motcua-office-stats
 *
 * @csspart base - The wrapper.
 * @csspart controls - The period and grouping pickers.
 * @csspart figures - The totals for the period.
 * @csspart chart - The chart: a row per group, its name and a bar (on time, late, in progress, other) with the number received.
 * @csspart table - The table with every number (where the element is wide enough, and in print).
 * @csspart cards - The same numbers as a card per group (on a phone, instead of the table).
 * @csspart actions - The CSV and print buttons.
 * @csspart message - Loading, empty and error messages.
 *
 * @cssprop --motcua-color-success - Finished on time, in the chart.
 * @cssprop --motcua-color-danger - Finished late, in the chart.
 * @cssprop --motcua-color-primary - In progress, in the chart; buttons.
 */
export class MotcuaOfficeStats extends BackendElement<StatsStringKey> {
  static override tag = 'motcua-office-stats';
  static override strings = statsStrings;
  static override styles = [themeStyles, officeStatsStyles];

  static override properties = {
    period: { reflect: true },
    from: {},
    to: {},
    groupBy: { attribute: 'group-by', reflect: true },
    agency: {},
    sector: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** `month` (default), `last-month`, `quarter`, `year`, or `custom` with `from` and `to`. */
  period: Period = 'month';
  /** First and last day (YYYY-MM-DD) of a `custom` period. */
  from = '';
  to = '';
  /** Rows of the chart and the table: `agency` (default), `sector` or `month`. */
  groupBy: GroupBy = 'agency';
  /** Only this agency (its code) or sector (its code). */
  agency = '';
  sector = '';
  /** The level of the element's heading (default 2). */
  headingLevel = 2;

  private get days(): { from: string; to: string } {
    return this.period === 'custom' && this.from && this.to
      ? { from: this.from, to: this.to }
      : periodDays(this.period === 'custom' ? 'month' : this.period);
  }

  private readonly stats = new Task(this, {
    args: () => [this.days.from, this.days.to, this.groupBy, this.agency, this.sector, this.backend] as const,
    task: async ([from, to, groupBy, agency, sector, client], { signal }) => {
      if (!client) throw new Error(this.t('notConfigured'));
      if (from > to) throw new Error(this.t('statsBadRange'));
      const query: StatsQuery = { from, to, groupBy, ...(agency ? { agency } : {}), ...(sector ? { sector } : {}) };
      return client.stats.get(query, { signal });
    },
  });

  private rate(value: number | null): string {
    return value === null ? this.t('statsNoRate') : `${formatNumber(value * 100, this.language, 1)}%`;
  }

  private number(n: number): string {
    return formatNumber(n, this.language);
  }

  private rows(stats: OfficeStats): Row[] {
    return (stats.groups ?? []).map(({ key, label, ...counts }) => ({
      ...counts,
      label: key ? label : this.t('groupOther'),
      office: !!key && this.groupBy !== 'month',
    }));
  }

  /** The figures as CSV (UTF-8 with a BOM, so spreadsheet programs read the Vietnamese). */
  csv(stats: OfficeStats): string {
    const head = [
      this.t(GROUP_WORD[this.groupBy]),
      this.t('statsReceived'),
      this.t('statsFinished'),
      this.t('statsOnTime'),
      this.t('statsLate'),
      this.t('statsInProgress'),
      this.t('statsOverdue'),
      this.t('statsOther'),
      this.t('statsRate'),
    ];
    const line = (r: Row) => [
      r.label,
      r.total,
      r.finished,
      r.finishedOnTime,
      r.finishedLate,
      r.inProgress,
      r.overdue,
      other(r),
      r.onTimeRate === null ? '' : r.onTimeRate.toFixed(4),
    ];
    const total: Row = { ...stats, label: `${stats.from} – ${stats.to}` };
    return `\uFEFF${[head, ...this.rows(stats).map(line), line(total)].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  }

  private download(stats: OfficeStats): void {
    const url = URL.createObjectURL(new Blob([this.csv(stats)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `thong-ke-${stats.from}-${stats.to}.csv`;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private heading(level: number, content: string) {
    const l = Math.min(6, Math.max(1, level));
    return l === 2 ? html`<h2>${content}</h2>` : l === 3 ? html`<h3>${content}</h3>` : html`<h4>${content}</h4>`;
  }

  private controls() {
    const { from, to } = this.days;
    return html`<form part="controls" @submit=${(e: Event) => e.preventDefault()}>
      <label
        >${this.t('statsPeriod')}
        <select @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value as Period)}>
          ${(Object.keys(PERIOD_WORD) as Period[]).map((p) => html`<option value=${p} ?selected=${p === this.period}>${this.t(PERIOD_WORD[p])}</option>`)}
        </select></label
      >
      ${
        this.period === 'custom'
          ? html`<label>${this.t('statsFrom')} <input type="date" .value=${from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
            <label>${this.t('statsTo')} <input type="date" .value=${to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>`
          : nothing
      }
      <label
        >${this.t('statsGroupBy')}
        <select @change=${(e: Event) => (this.groupBy = (e.target as HTMLSelectElement).value as GroupBy)}>
          ${(Object.keys(GROUP_WORD) as GroupBy[]).map((g) => html`<option value=${g} ?selected=${g === this.groupBy}>${this.t(GROUP_WORD[g])}</option>`)}
        </select></label
      >
    </form>`;
  }

  /**
   * The chart: one row per group — every group with a dossier, none left out — its name above
   * its bar on a phone and beside it on a wide screen (a grid: the two never overlap). A bar
   * is on time, late, in progress and other (not accepted, withdrawn, stopped, no due date),
   * which add up to the dossiers received, written at its end.
   */
  private chart(rows: Row[]) {
    const max = Math.max(1, ...rows.map((r) => r.total));
    const title = this.t('statsChart', { group: this.t(GROUP_WORD[this.groupBy]).toLowerCase() });
    const pct = (n: number) => `${(n / max) * 100}%`;
    return html`<figure>
      <svg class="defs" aria-hidden="true" focusable="false">
        <defs>
          <!-- Late is hatched, not only red: the three colours are alike in lightness. -->
          <pattern id="late-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-ground" width="5" height="5"></rect>
            <line class="hatch-line" x1="1" y1="0" x2="1" y2="5"></line>
          </pattern>
        </defs>
      </svg>
      <div part="chart" role="img" aria-label=${title}>
        ${rows.map((r) => {
          const parts: Array<[string, number]> = [
            ['on-time', r.finishedOnTime],
            ['late', r.finishedLate],
            ['in-progress', r.inProgress],
            ['other', other(r)],
          ];
          let x = 0;
          // The table holds the full names; the chart keeps its rows short ("Ủy ban nhân dân" is "UBND" on every notice board).
          const name = r.label.replace(/^(Ủy|Uỷ) ban nhân dân /i, 'UBND ');
          return html`<div class="chart-row">
            <span class="chart-label" lang=${r.office ? 'vi' : nothing}>${name}</span>
            <span class="bar-line"
              ><svg class="bar" focusable="false">
                ${parts.map(([kind, n]) => {
                  const at = x;
                  x += n;
                  return n
                    ? svg`<rect class=${kind} fill=${kind === 'late' ? 'url(#late-hatch)' : nothing} x=${pct(at)} y="8%" width=${pct(n)} height="84%"></rect>`
                    : nothing;
                })}</svg
              ><span class="chart-total">${this.number(r.total)}</span></span
            >
          </div>`;
        })}
      </div>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch on-time"></span>${this.t('statsOnTime')}</li>
        <li><span class="swatch late"></span>${this.t('statsLate')}</li>
        <li><span class="swatch in-progress"></span>${this.t('statsInProgress')}</li>
        ${rows.some((r) => other(r)) ? html`<li><span class="swatch other"></span>${this.t('statsOther')}</li>` : nothing}
      </ul>
    </figure>`;
  }

  private columns(): Array<[StatsStringKey, (r: Row) => string]> {
    return [
      ['statsReceived', (r) => this.number(r.total)],
      ['statsFinished', (r) => this.number(r.finished)],
      ['statsOnTime', (r) => this.number(r.finishedOnTime)],
      ['statsLate', (r) => this.number(r.finishedLate)],
      ['statsInProgress', (r) => this.number(r.inProgress)],
      ['statsOverdue', (r) => this.number(r.overdue)],
      ['statsOther', (r) => this.number(other(r))],
      ['statsRate', (r) => this.rate(r.onTimeRate)],
    ];
  }

  /**
   * The numbers twice, one shown at a time by the element's width: a table where it fits,
   * and on a phone each group as a card of label–number rows (no sideways scrolling). Print
   * always takes the table.
   */
  private table(stats: OfficeStats, rows: Row[]) {
    const cols = this.columns();
    const total: Row = { ...stats, label: this.t('statsTotal') };
    const caption = this.t('statsTable', { from: stats.from.split('-').reverse().join('/'), to: stats.to.split('-').reverse().join('/') });
    const card = (r: Row, office: boolean) => html`<li>
      <p class="card-title" lang=${office ? 'vi' : nothing}>${r.label}</p>
      <dl>${cols.map(([key, value]) => html`<div><dt>${this.t(key)}</dt><dd>${value(r)}</dd></div>`)}</dl>
    </li>`;
    // Scrollable if it must (a very narrow table view): focusable so a keyboard can scroll it too.
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
        <table part="table">
          <caption>${caption}</caption>
          <thead>
            <tr><th scope="col">${this.t(GROUP_WORD[this.groupBy])}</th>${cols.map(([key]) => html`<th scope="col">${this.t(key)}</th>`)}</tr>
          </thead>
          <tbody>
            ${rows.map((r) => html`<tr><th scope="row" lang=${r.office ? 'vi' : nothing}>${r.label}</th>${cols.map(([, value]) => html`<td>${value(r)}</td>`)}</tr>`)}
          </tbody>
          <tfoot>
            <tr><th scope="row">${total.label}</th>${cols.map(([, value]) => html`<td>${value(total)}</td>`)}</tr>
          </tfoot>
        </table>
      </div>
      <section part="cards" aria-label=${caption}>
        <p class="card-caption">${caption}</p>
        <ul>
          ${rows.map((r) => card(r, !!r.office))} ${card(total, false)}
        </ul>
      </section>
      <p class="other-note">${this.t('statsOtherNote')}</p>`;
  }

  private answer(stats: OfficeStats) {
    if (!stats.total) return html`<p part="message" role="status">${this.t('statsEmpty')}</p>`;
    const rows = this.rows(stats);
    const figures: Array<[StatsStringKey, string]> = [
      ['statsReceived', this.number(stats.total)],
      ['statsFinished', this.number(stats.finished)],
      ['statsOnTime', this.number(stats.finishedOnTime)],
      ['statsLate', this.number(stats.finishedLate)],
      ['statsInProgress', this.number(stats.inProgress)],
      ['statsOverdue', this.number(stats.overdue)],
      ['statsOther', this.number(other(stats))],
      ['statsRate', this.rate(stats.onTimeRate)],
    ];
    return html`<dl part="figures">${figures.map(([key, value]) => html`<div><dt>${this.t(key)}</dt><dd>${value}</dd></div>`)}</dl>
      ${rows.length ? this.chart(rows) : nothing} ${this.table(stats, rows)}
      <div part="actions">
        <button type="button" @click=${() => this.download(stats)}>${this.t('statsCsv')}</button>
        <button type="button" @click=${() => window.print()}>${this.t('statsPrint')}</button>
      </div>`;
  }

  private failure(error: unknown) {
    const text =
      isMotcuaError(error) && error.kind === 'unsupported'
        ? this.t('statsUnsupported')
        : this.t('statsFailed', {
            message: isMotcuaError(error) ? error.messageIn(this.language) : error instanceof Error ? error.message : '',
          });
    return html`<p part="message" role="alert">${text}</p>
      ${isMotcuaError(error) && error.kind === 'unsupported' ? nothing : html`<div part="actions"><button type="button" @click=${() => void this.stats.run()}>${this.t('retry')}</button></div>`}`;
  }

  override render() {
    return html`<section part="base" lang=${this.language} aria-busy=${this.stats.status === 1 ? 'true' : 'false'}>
      ${this.heading(this.headingLevel, this.t('statsTitle'))} ${this.controls()}
      ${this.stats.render({
        pending: () => html`<p part="message" role="status">${this.t('statsLoading')}</p>`,
        complete: (stats) => this.answer(stats),
        error: (error) => this.failure(error),
      })}
    </section>`;
  }
}
