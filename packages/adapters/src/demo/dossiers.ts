/**
 * Demo dossiers, generated from scenarios relative to `now` so that the demo always shows
 * dossiers on time, due soon and overdue. Same seed and `now`, same data set.
 */
import { vietnamDate, type Agency, type Dossier, type Fee, type Procedure, type ProcessingStep } from '@motcua/core';
import type { DossierStatusCode } from '@motcua/core/status';
import { CITY, CITY_DEPARTMENT, PROVINCE_AGENCIES, WARD_AGENCIES } from './city.js';

type Timing = 'on-time' | 'due-soon' | 'overdue' | 'done-on-time' | 'done-late' | 'none';
interface Scenario {
  status: DossierStatusCode;
  timing: Timing;
  count: number;
  /** Steps cross commune → district → province. */
  multiLevel?: boolean;
}

/** What the data set covers: every status, every timeliness, multi-level paths. */
const SCENARIOS: Scenario[] = [
  { status: 1, timing: 'on-time', count: 4 },
  { status: 2, timing: 'on-time', count: 5 },
  { status: 3, timing: 'none', count: 3 },
  { status: 4, timing: 'on-time', count: 7 },
  { status: 4, timing: 'on-time', count: 3, multiLevel: true },
  { status: 4, timing: 'due-soon', count: 5 },
  { status: 4, timing: 'due-soon', count: 2, multiLevel: true },
  { status: 4, timing: 'overdue', count: 4 },
  { status: 4, timing: 'overdue', count: 3, multiLevel: true },
  { status: 5, timing: 'on-time', count: 4 },
  { status: 5, timing: 'overdue', count: 2 },
  { status: 6, timing: 'due-soon', count: 3 },
  { status: 6, timing: 'on-time', count: 2 },
  { status: 7, timing: 'none', count: 3 },
  { status: 8, timing: 'none', count: 3 },
  { status: 9, timing: 'done-on-time', count: 5 },
  { status: 9, timing: 'done-late', count: 2, multiLevel: true },
  { status: 10, timing: 'done-on-time', count: 7 },
  { status: 10, timing: 'done-late', count: 3 },
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Xuân', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hằng',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thích',
  'Trang',
  'Tuấn',
  'Vinh',
  'Yến',
];
const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const DAY = 86_400_000;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An instant at a Vietnamese wall-clock hour on the day of `t` plus `days`. */
function at(t: number, days: number, hour: number, minute = 0): string {
  const day = vietnamDate(t + days * DAY);
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`)
    .toISOString()
    .replace('.000Z', 'Z');
}

/** The same day at office hours (07:30–17:00 in Vietnam): offices do not act at night. */
function officeTime(t: number): number {
  const local = new Date(t + 7 * 3_600_000);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const clamped = Math.min(17 * 60, Math.max(7 * 60 + 30, minutes));
  return t + (clamped - minutes) * 60_000;
}

/** Adds working days (Monday–Friday, on the Vietnamese calendar). */
function addWorkingDays(t: number, days: number): number {
  let out = t;
  for (let left = days; left > 0;) {
    out += DAY;
    const weekday = new Date(out + 7 * 3_600_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return out;
}

export interface DemoDossierOptions {
  procedures: readonly Procedure[];
  now: number;
  seed: number;
}

export function createDemoDossiers({ procedures, now, seed }: DemoDossierOptions): Dossier[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const sequences = new Map<string, number>();
  const byLevel = (level: 'commune' | 'district' | 'province') =>
    procedures.filter((p) => p.levels?.includes(level) && (p.processingTime?.value ?? 0) > 0);
  const dossiers: Dossier[] = [];

  for (const scenario of SCENARIOS) {
    for (let n = 0; n < scenario.count; n++) {
      const level = scenario.multiLevel ? 'district' : pick(['commune', 'commune', 'district'] as const);
      const procedure = pick(byLevel(level));
      const ward = pick(WARD_AGENCIES);
      const agency: Agency = level === 'commune' || scenario.multiLevel ? ward : { ...CITY, level: 'district' };

      // Working days the procedure allows (at least 3, so that steps have room).
      const allowed = Math.max(3, Math.min(30, procedure.processingTime?.value ?? 5));
      const daysAgo = {
        'on-time': Math.floor(rnd() * Math.max(1, allowed / 3)),
        'due-soon': 0,
        overdue: 0,
        'done-on-time': 5 + Math.floor(rnd() * 20),
        'done-late': 10 + Math.floor(rnd() * 20),
        none: 2 + Math.floor(rnd() * 15),
      }[scenario.timing];
      let received = now - daysAgo * DAY;
      let appointment = addWorkingDays(received, allowed);
      if (scenario.timing === 'due-soon') {
        appointment = now + Math.floor(rnd() * 3) * DAY;
        received = appointment - Math.ceil(allowed * 1.4) * DAY;
      } else if (scenario.timing === 'overdue') {
        appointment = now - (1 + Math.floor(rnd() * 9)) * DAY;
        received = appointment - Math.ceil(allowed * 1.4) * DAY;
      } else if (scenario.timing === 'on-time' && appointment - now < 3 * DAY) {
        appointment = now + (3 + Math.floor(rnd() * 10)) * DAY;
      }
      const receivedAt = at(received, 0, 8 + Math.floor(rnd() * 8), Math.floor(rnd() * 60));
      const appointmentAt = at(appointment, 0, 16, 30);
      const finishDay =
        scenario.timing === 'done-late' ? appointment + (1 + Math.floor(rnd() * 5)) * DAY : appointment - Math.floor(rnd() * 2) * DAY;
      const completedAt = scenario.status >= 9 ? at(Math.min(finishDay, now), 0, 10) : undefined;
      const returnedAt = scenario.status === 10 && completedAt ? at(Math.min(finishDay + DAY, now), 0, 14) : undefined;

      const day = vietnamDate(receivedAt).slice(2).replaceAll('-', '');
      const seqKey = `${agency.code}-${day}`;
      const sequence = (sequences.get(seqKey) ?? 0) + 1;
      sequences.set(seqKey, sequence);
      const code = `${seqKey}-${String(sequence).padStart(4, '0')}`;
      const lookupKey = Array.from({ length: 4 }, () => pick([...KEY_ALPHABET])).join('');

      const applicantName = person();
      const business = ['HKD', 'ATTP', 'LT'].includes(procedure.sector?.code ?? '');
      const steps = buildSteps({
        procedure,
        ward,
        multiLevel: !!scenario.multiLevel,
        level,
        received,
        appointment,
        now,
        status: scenario.status,
        timing: scenario.timing,
        completed: completedAt,
        person,
        pick,
      });

      const dossier: Dossier = {
        code,
        procedure: { code: procedure.code, name: procedure.name },
        sector: procedure.sector,
        agency: { code: agency.code, name: agency.name, ...(agency.level ? { level: agency.level } : {}) },
        applicant: {
          name: applicantName,
          kind: business ? 'business' : 'citizen',
          phone: `09${Math.floor(rnd() * 1e8)
            .toString()
            .padStart(8, '0')}`,
          idNumber: `042${Math.floor(rnd() * 1e9)
            .toString()
            .padStart(9, '0')}`,
          address: `Tổ dân phố ${1 + Math.floor(rnd() * 12)}, ${ward.name.replace('Ủy ban nhân dân ', '')}, thành phố Hà Tĩnh`,
          ...(rnd() < 0.4 ? { email: `congdan${dossiers.length + 1}@example.vn` } : {}),
        },
        channel: scenario.status === 1 ? 'online' : pick(['in-person', 'in-person', 'online', 'postal'] as const),
        summary: `${procedure.name} cho ông/bà ${applicantName}`,
        receiptNumber: `${String(dossiers.length + 1).padStart(6, '0')}/BN`,
        receivedAt,
        appointmentAt,
        status: scenario.status,
        steps,
        lookupKey,
        fees: fees(procedure, scenario.status),
      };
      if (completedAt) dossier.completedAt = completedAt;
      if (returnedAt) dossier.returnedAt = returnedAt;
      if (scenario.status >= 9) dossier.results = [{ name: resultName(procedure) }];
      if (scenario.status === 5) {
        const requestedAt = at(Math.max(received + DAY, now - 3 * DAY), 0, 9);
        dossier.supplementRequests = [
          {
            content: supplementContent(procedure),
            requestedBy: steps.find((s) => s.status === 'in-progress')?.department ?? 'Bộ phận một cửa',
            requestedAt,
            previousAppointmentAt: at(appointment - 5 * DAY, 0, 16, 30),
            newAppointmentAt: appointmentAt,
          },
        ];
      }
      if (scenario.status === 3)
        dossier.note = 'Hồ sơ không thuộc thẩm quyền giải quyết; đã hướng dẫn công dân nộp tại cơ quan có thẩm quyền.';
      if (scenario.status === 7) dossier.note = 'Công dân có đơn đề nghị rút hồ sơ.';
      if (scenario.status === 8) dossier.note = 'Tạm dừng xử lý để chờ kết quả xác minh của cơ quan liên quan.';
      dossiers.push(dossier);
    }
  }
  return dossiers;
}

function fees(procedure: Procedure, status: DossierStatusCode): Fee[] {
  const list = (procedure.fees ?? []).filter((f) => (f.amount ?? 0) > 0);
  if (status === 6) {
    const due = list.length ? list : [{ name: 'Lệ phí', amount: 100_000 }];
    return [...due.map((f) => ({ ...f, paid: false })), { name: 'Lệ phí trước bạ', amount: 1_250_000, paid: false }];
  }
  return list.map((f) => ({ ...f, paid: status >= 2 }));
}

function resultName(procedure: Procedure): string {
  const bySector: Record<string, string> = {
    HT: 'Giấy tờ hộ tịch (bản chính) và trích lục',
    DD: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    XD: 'Giấy phép xây dựng',
    HKD: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    CT: 'Giấy tờ đã được chứng thực',
  };
  return bySector[procedure.sector?.code ?? ''] ?? `Văn bản giải quyết thủ tục "${procedure.name}"`;
}

function supplementContent(procedure: Procedure): string {
  const doc = procedure.documents?.find((d) => (d.copies ?? 0) > 0) ?? procedure.documents?.[0];
  return doc
    ? `Bổ sung ${doc.name.charAt(0).toLowerCase()}${doc.name.slice(1)} (bản sao có chứng thực).`
    : 'Bổ sung giấy tờ chứng minh nơi cư trú.';
}

interface StepInput {
  procedure: Procedure;
  ward: Agency;
  multiLevel: boolean;
  level: 'commune' | 'district';
  received: number;
  appointment: number;
  now: number;
  status: DossierStatusCode;
  timing: Timing;
  completed: string | undefined;
  person: () => string;
  pick: <T>(list: readonly T[]) => T;
}

/** Processing steps with departments, levels, handlers and deadlines; the current one by status. */
function buildSteps(i: StepInput): ProcessingStep[] {
  const wardRef = { code: i.ward.code, name: i.ward.name, level: 'commune' as const };
  const cityRef = { code: CITY.code, name: CITY.name, level: 'district' as const };
  const province = i.pick(PROVINCE_AGENCIES);
  const department = CITY_DEPARTMENT[i.procedure.sector?.code ?? ''] ?? 'Văn phòng HĐND và UBND thành phố';
  type Plan = Omit<ProcessingStep, 'startedAt' | 'dueAt' | 'finishedAt' | 'status' | 'handler'> & { share: number; title: string };
  const plan: Plan[] = i.multiLevel
    ? [
        {
          name: 'Tiếp nhận hồ sơ',
          department: 'Bộ phận một cửa',
          agency: wardRef,
          level: 'commune',
          share: 0.1,
          title: 'Công chức một cửa',
        },
        {
          name: 'Xác nhận, chuyển hồ sơ liên thông',
          department: 'Công chức địa chính – xây dựng',
          agency: wardRef,
          level: 'commune',
          share: 0.2,
          title: 'Công chức',
        },
        { name: 'Thẩm định hồ sơ', department, agency: cityRef, level: 'district', share: 0.3, title: 'Chuyên viên' },
        {
          name: 'Phê duyệt',
          department: 'Lãnh đạo Sở',
          agency: { code: province.code, name: province.name, level: 'province' },
          level: 'province',
          share: 0.3,
          title: 'Phó Giám đốc Sở',
        },
        { name: 'Trả kết quả', department: 'Bộ phận một cửa', agency: cityRef, level: 'district', share: 0.1, title: 'Công chức một cửa' },
      ]
    : i.level === 'commune'
      ? [
          {
            name: 'Tiếp nhận hồ sơ',
            department: 'Bộ phận một cửa',
            agency: wardRef,
            level: 'commune',
            share: 0.15,
            title: 'Công chức một cửa',
          },
          {
            name: 'Thẩm định hồ sơ',
            department: 'Công chức Tư pháp – Hộ tịch',
            agency: wardRef,
            level: 'commune',
            share: 0.45,
            title: 'Công chức',
          },
          { name: 'Ký duyệt', department: 'Lãnh đạo UBND', agency: wardRef, level: 'commune', share: 0.25, title: 'Phó Chủ tịch UBND' },
          {
            name: 'Trả kết quả',
            department: 'Bộ phận một cửa',
            agency: wardRef,
            level: 'commune',
            share: 0.15,
            title: 'Công chức một cửa',
          },
        ]
      : [
          {
            name: 'Tiếp nhận hồ sơ',
            department: 'Bộ phận một cửa',
            agency: cityRef,
            level: 'district',
            share: 0.1,
            title: 'Công chức một cửa',
          },
          { name: 'Thẩm định hồ sơ', department, agency: cityRef, level: 'district', share: 0.5, title: 'Chuyên viên' },
          { name: 'Trình ký', department, agency: cityRef, level: 'district', share: 0.1, title: 'Trưởng phòng' },
          {
            name: 'Phê duyệt',
            department: 'Lãnh đạo UBND thành phố',
            agency: cityRef,
            level: 'district',
            share: 0.2,
            title: 'Phó Chủ tịch UBND',
          },
          {
            name: 'Trả kết quả',
            department: 'Bộ phận một cửa',
            agency: cityRef,
            level: 'district',
            share: 0.1,
            title: 'Công chức một cửa',
          },
        ];

  // Which step is current: none started (1), after intake (2, 3, 7), a middle one (4–6, 8), returning (9), none left (10).
  const current = { 1: -1, 2: 1, 3: 1, 4: -2, 5: -2, 6: -2, 7: 1, 8: -2, 9: plan.length - 1, 10: plan.length }[i.status];
  const currentIndex =
    current === -2 ? Math.min(plan.length - 2, 1 + Math.floor(plan.length / 2) - (i.timing === 'on-time' ? 1 : 0)) : current;
  const total = i.appointment - i.received;
  let start = i.received;
  const finishedAll = i.completed ? Date.parse(i.completed) : undefined;
  return plan.map(({ share, title, ...step }, k) => {
    const due = officeTime(start + total * share);
    const out: ProcessingStep = { ...step, startedAt: new Date(officeTime(start)).toISOString(), dueAt: new Date(due).toISOString() };
    if (k < currentIndex) {
      // A late dossier was late at its examination step; everything else kept its deadline.
      const lateHere =
        (i.timing === 'done-late' && k === Math.floor(plan.length / 2)) || (i.timing === 'overdue' && k === currentIndex - 1 && k > 0);
      const finished = Math.min(lateHere ? due + 2 * DAY : due - 0.2 * (due - start), finishedAll ?? i.now);
      out.finishedAt = new Date(officeTime(Math.max(start, finished))).toISOString();
      out.status = 'done';
      start = Math.max(start, finished);
    } else if (k === currentIndex) {
      out.status = 'in-progress';
      start = due;
    } else {
      out.status = 'pending';
      start = due;
    }
    if (out.status !== 'pending') out.handler = { name: i.person(), title };
    return out;
  });
}
