import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import { membershipInYear } from '../../model/membershipInYear';
import { statusChanges } from '../../model/statusChanges';
import { legendCounts } from './legendCounts';
import { mapYear } from './mapYearTable';
import { mapClassOf } from './statusScale';

const AS_OF = '2026-11-23';

describe('mapYear', () => {
  it('holds what the year’s statuses give: membership, counts, changes, classes and marks', () => {
    const data = makeScoFixture();
    for (const year of [1996, 2001, 2017, 2024, 2026]) {
      const membership = membershipInYear(data, year, AS_OF);
      const entry = mapYear(data, year, AS_OF);
      expect(entry.membership).toEqual(membership);
      expect(entry.counts).toEqual(legendCounts(membership));
      expect(entry.changes).toEqual(statusChanges(data, year, AS_OF));
      expect([...entry.classes]).toEqual([...membership.values()].map((c) => [c.iso3, mapClassOf(c.status)]));
      expect([...entry.unverified]).toEqual([...membership.values()].filter((c) => !c.verified).map((c) => c.iso3));
    }
  });

  it('computes a year once per data set, and keeps one object for the same classes in any year', () => {
    const data = makeScoFixture();
    expect(mapYear(data, 2018, AS_OF)).toBe(mapYear(data, 2018, AS_OF));
    // Nobody's status changes between 2018 and 2019 in the fixture: the layers keep their props.
    expect(mapYear(data, 2019, AS_OF).classes).toBe(mapYear(data, 2018, AS_OF).classes);
    expect(mapYear(data, 2024, AS_OF).classes).not.toBe(mapYear(data, 2018, AS_OF).classes);
    // Another copy of the same data (the core after the map file) draws the same objects.
    expect(mapYear(makeScoFixture(), 2018, AS_OF).classes).toBe(mapYear(data, 2018, AS_OF).classes);
  });

  it('keeps the shared objects of a data set and the one before it only, not of every data set the page has had', () => {
    const first = makeScoFixture();
    const classes2018 = mapYear(first, 2018, AS_OF).classes;
    // Two newer data sets (as after the user adds articles twice) that never show 2018's classes.
    mapYear(makeScoFixture(), 2024, AS_OF);
    mapYear(makeScoFixture(), 2024, AS_OF);
    const later = mapYear(makeScoFixture(), 2018, AS_OF).classes;
    expect([...later]).toEqual([...classes2018]);
    expect(later).not.toBe(classes2018);
    // The data set itself still keeps its own.
    expect(mapYear(first, 2019, AS_OF).classes).toBe(classes2018);
  });
});
