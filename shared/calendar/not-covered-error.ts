/**
 * Raised when a question needs a day whose year the holiday data does not
 * cover. The calendar never falls back to "Monday to Friday": a guess would be
 * wrong around every 春节 and 国庆, and a deadline computed from it would look
 * authoritative. Rule packs catch it (`isHolidayDataNotCoveredError`) and report a
 * finding asking the office to import the newer schedule.
 */
export class HolidayDataNotCoveredError extends Error {
  override readonly name = 'HolidayDataNotCoveredError';
  readonly code = 'HOLIDAY_DATA_NOT_COVERED';

  constructor(
    /** The first year the question needed and the data lacks. */
    readonly year: number,
    /** The data set's version, so the finding can say what was loaded. */
    readonly dataVersion: string,
  ) {
    super(`节假日数据未覆盖 ${year} 年，请导入最新的节假日安排（当前数据版本：${dataVersion}）`);
  }
}

export function isHolidayDataNotCoveredError(error: unknown): error is HolidayDataNotCoveredError {
  return error instanceof HolidayDataNotCoveredError;
}
