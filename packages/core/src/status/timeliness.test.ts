import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Dossier } from '../model.js';
import { assessTimeliness, dossierTimeliness, lateSteps } from './timeliness.js';
import { vietnamDate, vietnamTimeToIso } from '../vietnam-time.js';

const dossier = (over: Partial<Dossier>): Dossier => ({
  code: '000.00.12.H42-241105-0003',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  receivedAt: '2024-11-05T08:30:00+07:00',
  status: 4,
  ...over,
});

describe('Vietnam calendar', () => {
  it('uses UTC+7 whatever the machine time zone', () => {
    // 23:30 UTC on the 4th is 06:30 on the 5th in Hà Nội.
    assert.equal(vietnamDate('2024-11-04T23:30:00Z'), '2024-11-05');
    assert.equal(vietnamDate('2024-11-05T16:59:59Z'), '2024-11-05');
    assert.equal(vietnamDate('2024-11-05T17:00:00Z'), '2024-11-06');
    assert.equal(vietnamTimeToIso(2024, 11, 5, 8, 30), '2024-11-05T08:30:00+07:00');
    assert.equal(vietnamTimeToIso(2023, 2, 29), null);
  });
});

describe('assessTimeliness', () => {
  const due = '2024-11-15T17:00:00+07:00';
  it('on time, due soon, due today', () => {
    assert.deepEqual(assessTimeliness(due, undefined, { now: '2024-11-10T09:00:00+07:00' }), { state: 'on-time', daysLeft: 5 });
    assert.deepEqual(assessTimeliness(due, undefined, { now: '2024-11-13T09:00:00+07:00' }), { state: 'due-soon', daysLeft: 2 });
    assert.deepEqual(assessTimeliness(due, undefined, { now: '2024-11-15T16:00:00+07:00' }), { state: 'due-soon', daysLeft: 0 });
    assert.deepEqual(assessTimeliness(due, undefined, { now: '2024-11-10T09:00:00+07:00', dueSoonDays: 5 }), {
      state: 'due-soon',
      daysLeft: 5,
    });
  });

  it('counts calendar days in Vietnam, not UTC', () => {
    // 00:30 on the 16th in Vietnam is still the 15th in UTC: already one day late.
    assert.deepEqual(assessTimeliness(due, undefined, { now: '2024-11-15T17:30:00Z' }), { state: 'overdue', daysLate: 1 });
    assert.deepEqual(assessTimeliness(due, undefined, { now: '2024-11-15T23:59:00+07:00' }), { state: 'due-soon', daysLeft: 0 });
  });

  it('overdue and finished', () => {
    assert.deepEqual(assessTimeliness(due, undefined, { now: '2024-11-20T08:00:00+07:00' }), { state: 'overdue', daysLate: 5 });
    assert.deepEqual(assessTimeliness(due, '2024-11-15T20:00:00+07:00'), { state: 'done-on-time' });
    assert.deepEqual(assessTimeliness(due, '2024-11-18T08:00:00+07:00'), { state: 'done-late', daysLate: 3 });
    assert.deepEqual(assessTimeliness(undefined, undefined), { state: 'none' });
  });
});

describe('dossierTimeliness', () => {
  const now = '2024-11-20T08:00:00+07:00';
  it('judges against the appointment date', () => {
    assert.deepEqual(dossierTimeliness(dossier({ appointmentAt: '2024-11-19T17:00:00+07:00' }), { now }), {
      state: 'overdue',
      daysLate: 1,
    });
    assert.deepEqual(
      dossierTimeliness(dossier({ status: 10, appointmentAt: '2024-11-19T17:00:00+07:00', returnedAt: '2024-11-18T10:00:00+07:00' }), {
        now,
      }),
      { state: 'done-on-time' },
    );
    assert.deepEqual(
      dossierTimeliness(dossier({ status: 9, appointmentAt: '2024-11-15T17:00:00+07:00', completedAt: '2024-11-18T10:00:00+07:00' }), {
        now,
      }),
      { state: 'done-late', daysLate: 3 },
    );
  });

  it('has none for refused, withdrawn and stopped dossiers, or a done one without a date', () => {
    for (const status of [3, 7, 8, 9] as const) {
      assert.deepEqual(dossierTimeliness(dossier({ status, appointmentAt: '2024-11-01T17:00:00+07:00' }), { now }), { state: 'none' });
    }
  });

  it('names the late steps and who held them', () => {
    const late = lateSteps(
      dossier({
        steps: [
          { name: 'Tiếp nhận', dueAt: '2024-11-05T17:00:00+07:00', finishedAt: '2024-11-05T09:00:00+07:00' },
          {
            name: 'Thẩm định',
            department: 'Phòng Tư pháp',
            handler: { name: 'Trần Văn B', title: 'Chuyên viên' },
            dueAt: '2024-11-12T17:00:00+07:00',
            finishedAt: '2024-11-14T10:00:00+07:00',
          },
          { name: 'Phê duyệt', level: 'province', dueAt: '2024-11-18T17:00:00+07:00' },
          { name: 'Trả kết quả', dueAt: '2024-11-25T17:00:00+07:00' },
        ],
      }),
      { now },
    );
    assert.deepEqual(
      late.map((l) => [l.index, l.step.name, l.step.handler?.name, l.timeliness]),
      [
        [1, 'Thẩm định', 'Trần Văn B', { state: 'done-late', daysLate: 2 }],
        [2, 'Phê duyệt', undefined, { state: 'overdue', daysLate: 2 }],
      ],
    );
  });
});
