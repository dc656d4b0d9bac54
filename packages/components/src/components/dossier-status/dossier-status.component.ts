import { foldVietnamese, textIn, type DateInput, type Dossier, type KeyKind, type Lang, type ProcessingStep } from '@motcua/core';
import { dossierStatus, dossierTimeliness, stepTimeliness, type Timeliness } from '@motcua/core/status';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, formatNumber } from '../../internal/format.js';
import { checkIcon } from '../../internal/icons/check.js';
import { clockIcon } from '../../internal/icons/clock.js';
import { currentIcon } from '../../internal/icons/step-current.js';
import { pendingIcon } from '../../internal/icons/step-pending.js';
import { warningIcon } from '../../internal/icons/warning.js';
import { MotcuaElement } from '../../internal/motcua-element.js';
import { LEVEL_WORD } from '../../internal/vocabulary-keys.js';
import { vi } from '../../internal/lang.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { dossierStatusStyles, phaseStyles } from './dossier-status.styles.js';
import { statusStrings, type StatusStringKey } from './dossier-status.strings.js';

/** What to type to see the details, by the key the office checks. */
const RESTRICTED = { receipt: 'restricted', 'id-number': 'restrictedIdNumber', phone: 'restrictedPhone' } as const satisfies Record<
  KeyKind,
  StatusStringKey
>;

const PHASE_TEXT: Record<string, StatusStringKey> = {
  submitted: 'phaseSubmitted',
  accepted: 'phaseAccepted',
  refused: 'phaseRefused',
  'in-progress': 'phaseInProgress',
  supplement: 'phaseSupplement',
  payment: 'phasePayment',
  withdrawn: 'phaseWithdrawn',
  stopped: 'phaseStopped',
  done: 'phaseDone',
  returned: 'phaseReturned',
};

/**
 * Shows one dossier: its status in plain words, whether it is on time, the appointment date,
 * what the applicant must bring or pay, and the steps it went through — the late one marked.
 * Every string from the backend is rendered as text.
 *
 * @summary A dossier's status, timeliness and processing timeline.
 * @tagname motcua-dossier-status
 *
 * @csspart base - The wrapper.
 * @csspart header - Code and procedure name.
 * @csspart code - The dossier code.
 * @csspart status - Status label, badge and explanation.
 * @csspart status-label - The status in words.
 * @csspart badge - The timeliness badge (data-state: on-time, due-soon, overdue, done-on-time, done-late).
 * @csspart facts - Dates, agency and applicant.
 * @csspart callout - A box asking the applicant to act.
 * @csspart supplement - The call-out listing documents to bring (with `callout`).
 * @csspart payment - The call-out listing fees to pay (with `callout`).
 * @csspart notice - The note that details need the lookup key.
 * @csspart timeline - The list of steps.
 * @csspart step - One step.
 * @csspart step-late - A step that missed its deadline (with `step`).
 *
 * @cssprop --motcua-color-primary - Accent colour (links, current step).
 * @cssprop --motcua-color-success - On-time badge text.
 * @cssprop --motcua-color-warning - Due-soon badge and call-outs.
 * @cssprop --motcua-color-danger - Overdue badge and late steps.
 * @cssprop --motcua-font-family - Font.
 */
export class MotcuaDossierStatus extends MotcuaElement<StatusStringKey> {
  static override tag = 'motcua-dossier-status';
  static override strings = statusStrings;
  static override styles = [themeStyles, dossierStatusStyles, phaseStyles];

  static override properties = {
    dossier: { attribute: false },
    timeliness: { attribute: false },
    now: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The dossier to show. */
  dossier: Dossier | undefined;

  /** Timeliness as computed by the gateway; computed here when absent. */
  timeliness: Timeliness | undefined;

  /** The moment to judge timeliness at (default: now); for kiosks and tests. */
  now: DateInput | undefined;

  /** Heading level of the dossier title (2–6), to fit the page's outline. */
  headingLevel = 2;

  /** The dossier's status in words (the lookup names its answer region with it). */
  static label(dossier: Dossier, lang: Lang): string {
    return textIn(dossierStatus(dossier.status).label, lang);
  }

  private badge(t: Timeliness): TemplateResult | typeof nothing {
    const text: Partial<Record<Timeliness['state'], string>> = {
      'on-time': this.t('onTime', { days: t.daysLeft ?? 0 }),
      'due-soon': t.daysLeft === 0 ? this.t('dueToday') : this.t('dueSoon', { days: t.daysLeft ?? 0 }),
      overdue: this.t('overdue', { days: t.daysLate ?? 0 }),
      'done-on-time': this.t('doneOnTime'),
      'done-late': this.t('doneLate', { days: t.daysLate ?? 0 }),
    };
    const icon = {
      'on-time': checkIcon,
      'done-on-time': checkIcon,
      'due-soon': clockIcon,
      overdue: warningIcon,
      'done-late': warningIcon,
      none: () => nothing,
    }[t.state]();
    return text[t.state] ? html`<span part="badge" data-state=${t.state}>${icon}${text[t.state]}</span>` : nothing;
  }

  private step(step: ProcessingStep, index: number): TemplateResult {
    const t = stepTimeliness(step, this.now === undefined ? {} : { now: this.now });
    const late = (t.state === 'overdue' && step.status !== 'pending') || t.state === 'done-late';
    const status = step.status ?? (step.finishedAt ? 'done' : 'in-progress');
    const statusText = this.t(status === 'done' ? 'stepDone' : status === 'pending' ? 'stepPending' : 'stepInProgress');
    const mark = (status === 'done' ? checkIcon : status === 'pending' ? pendingIcon : currentIcon)();
    const office = [step.department, step.agency?.name].filter(Boolean).join(' · ');
    const where = [office && vi(office), step.level ? this.t(LEVEL_WORD[step.level]) : '']
      .filter(Boolean)
      .map((part, i) => (i ? [' · ', part] : part));
    return html`<li part=${late ? 'step step-late' : 'step'} data-status=${status} aria-current=${status === 'in-progress' ? 'step' : nothing}>
      <span class="mark">${mark}</span>
      <div class="step-title">${index + 1}. ${vi(step.name)} <span class="visually-hidden">— ${statusText}</span></div>
      ${where.length ? html`<div class="step-meta">${where}</div>` : nothing}
      ${step.handler ? html`<div class="step-meta">${this.t('handler')}: ${vi(step.handler.title ? `${step.handler.name}, ${step.handler.title}` : step.handler.name)}</div>` : nothing}
      <div class="step-meta">
        ${[
          // A step not yet reached has not started, whatever date a backend planned for it.
          status !== 'pending' && step.startedAt ? `${this.t('started')}: ${formatDateTime(step.startedAt)}` : '',
          step.dueAt ? `${this.t('due')}: ${formatDateTime(step.dueAt)}` : '',
          step.finishedAt ? `${this.t('finished')}: ${formatDateTime(step.finishedAt)}` : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      ${late ? html`<div class="late">${warningIcon()} ${this.t(t.state === 'done-late' ? 'stepLate' : 'stepOverdue', { days: t.daysLate ?? 0 })}</div>` : nothing}
    </li>`;
  }

  private heading(level: number, content: unknown, part?: string): TemplateResult {
    const n = Math.min(6, Math.max(2, level));
    // Static tag names are not templatable in lit: choose among the few allowed.
    switch (n) {
      case 2:
        return html`<h2 part=${part ?? nothing}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part ?? nothing}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part ?? nothing}>${content}</h4>`;
      default:
        return html`<h5 part=${part ?? nothing}>${content}</h5>`;
    }
  }

  override render() {
    const d = this.dossier;
    if (!d) return nothing;
    const info = dossierStatus(d.status);
    const t = this.timeliness ?? dossierTimeliness(d, this.now === undefined ? {} : { now: this.now });
    const phaseKey = PHASE_TEXT[info.applicantAction ?? info.phase]!;
    const label = textIn(info.label, this.language);
    const dueFees = (d.fees ?? []).filter((f) => f.paid === false);
    const open = (d.supplementRequests ?? []).filter((s) => !s.resolvedAt);
    const sub = this.headingLevel + 1;
    return html`<article part="base" lang=${this.language}>
      <header part="header">
        ${this.heading(this.headingLevel, vi(d.procedure.name))}
        <div part="code">${d.code}</div>
      </header>
      <div part="status" role="group" aria-label=${label}>
        <span part="status-label">${label}</span>
        ${this.badge(t)}
        <p class="phase">${this.t(phaseKey)}</p>
      </div>
      ${
        info.applicantAction === 'supplement' || open.length
          ? html`<section part="callout supplement">
            ${this.heading(sub, this.t('bring'))}
            ${
              open.length
                ? html`<ul>
                  ${open.map(
                    (s) =>
                      html`<li>${vi(s.content)}${s.requestedBy ? html` <span class="step-meta" lang="vi">(${s.requestedBy})</span>` : nothing}${
                        s.newAppointmentAt
                          ? html` <span class="step-meta">— ${this.t('newAppointment')}: ${formatDate(s.newAppointmentAt)}</span>`
                          : nothing
                      }</li>`,
                  )}
                </ul>`
                : // No list came: without the key it is in the details; with it, the office sent none.
                  html`<p>${this.t(d.restricted ? 'supplementWhat' : 'supplementAsk')}</p>`
            }
          </section>`
          : nothing
      }
      ${
        dueFees.length
          ? html`<section part="callout payment">
            ${this.heading(sub, this.t('pay'))}
            <ul>
              ${dueFees.map((f) => html`<li>${vi(f.name)}${f.amount !== undefined ? html`: <strong>${this.t('money', { amount: formatNumber(f.amount, this.language) })}</strong>` : nothing}</li>`)}
            </ul>
          </section>`
          : nothing
      }
      <dl part="facts">
        ${this.fact('appointment', formatDate(d.appointmentAt))} ${this.fact('received', formatDateTime(d.receivedAt))}
        ${this.fact('completed', formatDate(d.completedAt))} ${this.fact('returned', formatDate(d.returnedAt))}
        ${this.fact('agency', d.agency?.name, true)} ${this.fact('applicant', d.applicant?.name, true)}
        ${this.fact('officeStatus', this.officeWords(d.statusLabel, info.label.vi), true)}
        ${this.fact('delivery', d.resultDelivery ? this.t(d.resultDelivery === 'postal' ? 'deliveryPostal' : 'deliveryInPerson') : undefined)}
      </dl>
      ${d.note ? html`<p part="notice">${this.t('note')}: ${vi(d.note)}</p>` : nothing}
      ${d.results?.length ? html`<section>${this.heading(sub, this.t('results'))}<ul lang="vi">${d.results.map((r) => html`<li>${r.name}</li>`)}</ul></section>` : nothing}
      ${d.restricted ? html`<p part="notice">${this.t(RESTRICTED[d.keyKind ?? 'receipt'])}</p>` : nothing}
      ${
        d.steps?.length
          ? html`<section>
            ${this.heading(sub, this.t('steps'))}
            <ol part="timeline">
              ${d.steps.map((s, i) => this.step(s, i))}
            </ol>
          </section>`
          : nothing
      }
    </article>`;
  }

  /** The backend's own words for the status, when they say more than the national label (an unknown status is shown through them). */
  private officeWords(words: string | undefined, national: string): string | undefined {
    return words && foldVietnamese(words) !== foldVietnamese(national) ? words : undefined;
  }

  /** `office`: the office's own words (Vietnamese, whatever the page's language). */
  private fact(key: StatusStringKey, value: string | undefined, office = false) {
    return value ? html`<div><dt>${this.t(key)}</dt><dd lang=${office ? 'vi' : nothing}>${value}</dd></div>` : nothing;
  }
}
