// The playbook's settings: defaults, read back from data.json, anything ill-typed falls back.
import { describe, expect, it } from 'vitest';
import { defaultSettings, migrateSettings } from '../../../src/core/settings';

describe('playbook settings', () => {
  it('defaults', () => {
    expect(defaultSettings()).toMatchObject({ birthdayLeadDays: 7, reviewIntervalMonths: 6, reviewsFolder: 'Reviews', newsDays: 30 });
    expect(migrateSettings(null)).toMatchObject({ birthdayLeadDays: 7, reviewIntervalMonths: 6, reviewsFolder: 'Reviews', newsDays: 30 });
    expect(migrateSettings({ version: 1, soonDays: 5 })).toMatchObject({ birthdayLeadDays: 7, reviewIntervalMonths: 6, reviewsFolder: 'Reviews', newsDays: 30 });
  });

  it.each([
    [{ birthdayLeadDays: 14, reviewIntervalMonths: 12, reviewsFolder: 'Admin/Reviews', newsDays: 60 }, { birthdayLeadDays: 14, reviewIntervalMonths: 12, reviewsFolder: 'Admin/Reviews', newsDays: 60 }],
    [{ birthdayLeadDays: 0, reviewIntervalMonths: 0, newsDays: 0 }, { birthdayLeadDays: 0, reviewIntervalMonths: 6, newsDays: 30 }],
    [{ birthdayLeadDays: -1, reviewIntervalMonths: 2.5, reviewsFolder: 3, newsDays: '30' }, { birthdayLeadDays: 7, reviewIntervalMonths: 6, reviewsFolder: 'Reviews', newsDays: 30 }],
  ])('%j', (raw, expected) => {
    expect(migrateSettings(raw)).toMatchObject(expected);
  });
});
