// The preparation timeline: lead times counted back from the meeting (forward from the return
// for the post-trip report), from a template per kind of meeting and the meeting's own; a step is
// done when its evidence exists, overdue after its day, missed once the meeting is over.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEAD_TIMES,
  cleanLeadTimes,
  isTaskOnToday,
  leadTimesFor,
  positionsAgreed,
  returnDayOf,
  stepDue,
  stepState,
  timelineOf,
  type TimelineEvidence,
} from '../../common/timeline';

const nothing: TimelineEvidence = {
  hasDelegation: true,
  atHome: false,
  decisionRecorded: false,
  passportsChecked: false,
  positionsAgreed: false,
  briefingExported: false,
  postTripReported: false,
};
// ASOMM 26: 8–9 December 2026, the delegation back on 11 December.
const asomm = { startDate: '2026-12-08', endDate: '2026-12-09', status: 'confirmed' };

describe('the preparation timeline', () => {
  it('counts each lead time back from the first day, and the post-trip report forward from the return', () => {
    expect(stepDue('passports_checked', 60, '2026-12-08', '2026-12-11')).toBe('2026-10-09');
    expect(stepDue('sending_decision', 21, '2026-12-08', '2026-12-11')).toBe('2026-11-17');
    expect(stepDue('positions_agreed', 7, '2026-12-08', '2026-12-11')).toBe('2026-12-01');
    expect(stepDue('briefing', 5, '2026-12-08', '2026-12-11')).toBe('2026-12-03');
    expect(stepDue('post_trip_report', 15, '2026-12-08', '2026-12-11')).toBe('2026-12-26');
    // Across a year's end and a leap day.
    expect(stepDue('post_trip_report', 15, '2027-12-20', '2027-12-24')).toBe('2028-01-08');
    expect(stepDue('briefing', 5, '2028-03-02', '2028-03-03')).toBe('2028-02-26');
  });

  it('takes the latest member’s return, never a day before the meeting ends', () => {
    expect(returnDayOf('2026-12-09', ['2026-12-11', null, '2026-12-10'])).toBe('2026-12-11');
    expect(returnDayOf('2026-12-09', ['2026-12-08'])).toBe('2026-12-09');
    expect(returnDayOf('2026-12-09', [])).toBe('2026-12-09');
  });

  it('layers the defaults, the template of the meeting’s kind and the meeting’s own lead times', () => {
    expect(leadTimesFor({}, 'senior_officials')).toEqual(DEFAULT_LEAD_TIMES);
    const template = { senior_officials: { sending_decision: 30 }, working_group: { briefing: 3 } };
    expect(leadTimesFor(template, 'senior_officials')).toEqual({ ...DEFAULT_LEAD_TIMES, sending_decision: 30 });
    expect(leadTimesFor(template, 'senior_officials', { sending_decision: 10, briefing: 2 })).toEqual({ ...DEFAULT_LEAD_TIMES, sending_decision: 10, briefing: 2 });
    // What is not a whole number of days 0…365 of a known step is ignored.
    expect(cleanLeadTimes({ briefing: -1, positions_agreed: 2.5, passports_checked: 400, unknown: 3, sending_decision: 0 })).toEqual({ sending_decision: 0 });
    expect(cleanLeadTimes('30')).toEqual({});
  });

  it('closes a step by its evidence, and marks overdue the ones past their day', () => {
    const steps = timelineOf(asomm, '2026-12-11', DEFAULT_LEAD_TIMES, { ...nothing, passportsChecked: true }, '2026-11-21');
    expect(steps.map((s) => [s.step, s.due, s.state, s.daysLeft])).toEqual([
      ['passports_checked', '2026-10-09', 'done', -43],
      ['sending_decision', '2026-11-17', 'overdue', -4],
      ['positions_agreed', '2026-12-01', 'open', 10],
      ['briefing', '2026-12-03', 'open', 12],
      ['post_trip_report', '2026-12-26', 'open', 35],
    ]);
    // Recording the decision closes "sending decision".
    expect(stepState('sending_decision', '2026-11-17', asomm, { ...nothing, decisionRecorded: true }, '2026-11-21')).toBe('done');
    // Due today is not yet overdue.
    expect(stepState('sending_decision', '2026-11-21', asomm, nothing, '2026-11-21')).toBe('open');
  });

  it('calls a step before the trip missed once the meeting is over, and the report overdue after its day', () => {
    const held = { startDate: '2026-08-03', endDate: '2026-08-07', status: 'held' };
    const steps = timelineOf(held, '2026-08-08', DEFAULT_LEAD_TIMES, { ...nothing, decisionRecorded: true, passportsChecked: true }, '2026-11-21');
    expect(Object.fromEntries(steps.map((s) => [s.step, s.state]))).toEqual({
      passports_checked: 'done',
      sending_decision: 'done',
      positions_agreed: 'missed',
      briefing: 'missed',
      post_trip_report: 'overdue',
    });
    expect(stepState('post_trip_report', '2026-08-23', held, { ...nothing, postTripReported: true }, '2026-11-21')).toBe('done');
  });

  it('has nothing to report without a delegation, no trip steps at home, and no steps for a cancelled meeting', () => {
    const held = { startDate: '2026-08-03', endDate: '2026-08-07', status: 'held' };
    expect(stepState('post_trip_report', '2026-08-22', held, { ...nothing, hasDelegation: false }, '2026-11-21')).toBe('not_applicable');
    const home = { ...nothing, atHome: true };
    expect(stepState('passports_checked', '2026-10-04', asomm, home, '2026-11-21')).toBe('not_applicable');
    expect(stepState('sending_decision', '2026-11-17', asomm, home, '2026-11-21')).toBe('not_applicable');
    expect(stepState('post_trip_report', '2026-12-26', asomm, home, '2026-12-30')).toBe('not_applicable');
    expect(stepState('positions_agreed', '2026-12-01', asomm, home, '2026-12-02')).toBe('overdue');
    expect(stepState('briefing', '2026-12-03', { ...asomm, status: 'cancelled' }, nothing, '2026-12-04')).toBe('not_applicable');
  });

  it('agrees the positions when every agenda item has one, in either language', () => {
    expect(positionsAgreed([])).toBe(false);
    expect(positionsAgreed([{ position: 'Ủng hộ' }, { position: '  ', positionEn: 'Support' }])).toBe(true);
    expect(positionsAgreed([{ position: 'Ủng hộ' }, { position: ' ', positionEn: null }])).toBe(false);
  });

  it('puts on Today the overdue steps and the open ones due soon', () => {
    const entry = { step: 'briefing' as const, days: 5, due: '2026-12-03', daysLeft: 12 };
    expect(isTaskOnToday({ ...entry, state: 'open' }, 14)).toBe(true);
    expect(isTaskOnToday({ ...entry, state: 'open' }, 7)).toBe(false);
    expect(isTaskOnToday({ ...entry, state: 'overdue', daysLeft: -3 }, 7)).toBe(true);
    expect(isTaskOnToday({ ...entry, state: 'missed', daysLeft: -3 }, 7)).toBe(false);
    expect(isTaskOnToday({ ...entry, state: 'done' }, 14)).toBe(false);
  });
});
