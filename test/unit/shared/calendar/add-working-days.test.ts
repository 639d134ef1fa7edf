/**
 * The convention for “X 后 N 个工作日内”: the day of X is not counted; counting
 * starts the next day, and addWorkingDays(X, N) is the N-th working day after X,
 * the last day on which the act is still in time.
 * 《民法典》第二百零一条：“按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。”
 */
import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar, shippedHolidayCalendarData } from '../../../../shared/calendar';

const calendar = createWorkingDayCalendar(shippedHolidayCalendarData);

describe('开始的当日不计入，自下一日开始计算', () => {
  it('an ordinary week: Monday + 1 is Tuesday, + 5 is next Monday', () => {
    expect(calendar.addWorkingDays('2025-03-03', 1)).toBe('2025-03-04');
    expect(calendar.addWorkingDays('2025-03-03', 5)).toBe('2025-03-10');
  });

  it('counts the same from a working day and from the weekend before it', () => {
    expect(calendar.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10'); // Friday
    expect(calendar.addWorkingDays('2025-03-08', 1)).toBe('2025-03-10'); // Saturday
    expect(calendar.addWorkingDays('2025-03-09', 1)).toBe('2025-03-10'); // Sunday
  });

  it('refuses n = 0 and fractions: “0 个工作日” has no agreed meaning', () => {
    expect(() => calendar.addWorkingDays('2025-03-03', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
  });
});

type Case = [from: string, n: number, deadline: string, why: string];

function checkDeadlines(notice: string, cases: Case[]): void {
  describe(notice, () => {
    it.each(cases)('%s 后第 %i 个工作日是 %s（%s）', (from, n, deadline) => {
      expect(calendar.addWorkingDays(from, n)).toBe(deadline);
      // The inverse: the deadline is exactly n working days after the start.
      expect(calendar.workingDaysBetween(from, deadline)).toBe(n);
    });
  });
}

checkDeadlines(
  '2024年：9月14日（星期六）上班；国庆节 10月1日至7日放假调休，9月29日（星期日）、10月12日（星期六）上班',
  [
    ['2024-09-13', 1, '2024-09-14', '周五之后的调休周六计为第1个工作日'],
    ['2024-09-27', 1, '2024-09-29', '周六休息，调休周日计为第1个工作日'],
    ['2024-09-28', 1, '2024-09-29', '从周六起算'],
    ['2024-09-29', 1, '2024-09-30', '从调休周日起算'],
    ['2024-09-30', 1, '2024-10-08', '国庆前一天起算，跳过7天假期'],
    ['2024-09-30', 5, '2024-10-12', '第5个工作日是调休的10月12日（星期六）'],
    ['2024-09-30', 6, '2024-10-14', '10月13日（周日）休息'],
    ['2024-10-03', 1, '2024-10-08', '假期中起算'],
    ['2024-10-07', 1, '2024-10-08', '假期最后一天起算'],
  ],
);

checkDeadlines(
  '2025年春节：1月28日至2月4日放假调休，共8天。1月26日（周日）、2月8日（周六）上班',
  [
    ['2025-01-24', 1, '2025-01-26', '调休周日计为第1个工作日'],
    ['2025-01-24', 2, '2025-01-27', ''],
    ['2025-01-24', 3, '2025-02-05', '跳过8天假期'],
    ['2025-01-27', 1, '2025-02-05', '除夕前一天起算'],
    ['2025-01-27', 4, '2025-02-08', '第4个工作日是调休的2月8日（周六）'],
    ['2025-01-27', 5, '2025-02-10', '2月9日（周日）休息'],
    ['2025-01-30', 1, '2025-02-05', '假期中起算'],
    ['2025-01-20', 10, '2025-02-08', '跨越整个春节，第10个工作日恰是调休的2月8日（周六）'],
  ],
);

checkDeadlines(
  '2025年国庆节、中秋节：10月1日至8日放假调休，共8天。9月28日（周日）、10月11日（周六）上班',
  [
    ['2025-09-26', 1, '2025-09-28', '周五之后，调休周日计为第1个工作日'],
    ['2025-09-27', 5, '2025-10-10', '9月28日、29日、30日，10月9日、10日'],
    ['2025-09-30', 1, '2025-10-09', '国庆前一天起算'],
    ['2025-09-30', 3, '2025-10-11', '第3个工作日是调休的10月11日（周六）'],
    ['2025-09-30', 4, '2025-10-13', '10月12日（周日）休息'],
  ],
);

checkDeadlines(
  '2026年：元旦 1月4日（周日）上班；春节 2月15日至23日放假调休，2月14日（周六）、2月28日（周六）上班',
  [
    ['2025-12-31', 1, '2026-01-04', '跨年：元旦放假3天后是调休周日'],
    ['2026-02-13', 1, '2026-02-14', '调休周六'],
    ['2026-02-14', 1, '2026-02-24', '跳过9天假期'],
    ['2026-02-13', 5, '2026-02-27', ''],
    ['2026-02-13', 6, '2026-02-28', '调休周六'],
    ['2026-02-13', 7, '2026-03-02', '3月1日（周日）休息'],
  ],
);

checkDeadlines(
  '2026年：中秋节 9月25日至27日放假；国庆节 10月1日至7日放假调休，9月20日（周日）、10月10日（周六）上班',
  [
    ['2026-09-18', 1, '2026-09-20', '调休周日'],
    ['2026-09-24', 1, '2026-09-28', '跳过中秋3天'],
    ['2026-09-30', 1, '2026-10-08', '跳过国庆7天'],
    ['2026-09-30', 3, '2026-10-10', '第3个工作日是调休的10月10日（周六）'],
    ['2026-09-30', 4, '2026-10-12', ''],
    ['2026-09-17', 10, '2026-10-08', '跨越中秋和国庆：9月18日、20日至24日、28日至30日、10月8日'],
  ],
);

describe('negative n: the N-th working day before X, counting back from the day before', () => {
  it.each([
    ['2024-10-08', -1, '2024-09-30', '国庆假后第一天往前1个工作日'],
    ['2024-10-08', -2, '2024-09-29', '调休周日'],
    ['2024-10-08', -3, '2024-09-27', '跳过普通周六'],
    ['2025-02-05', -1, '2025-01-27', '春节假后第一天往前'],
    ['2025-02-05', -3, '2025-01-24', ''],
  ])('%s 前第 %i 个工作日是 %s（%s）', (from, n, day) => {
    expect(calendar.addWorkingDays(from, n)).toBe(day);
    expect(calendar.workingDaysBetween(from, day)).toBe(n);
  });
});

describe('workingDaysBetween counts (from, to]', () => {
  it('is 0 for the same day and counts the end day, not the start day', () => {
    expect(calendar.workingDaysBetween('2025-03-03', '2025-03-03')).toBe(0);
    expect(calendar.workingDaysBetween('2025-03-03', '2025-03-04')).toBe(1);
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-09')).toBe(0); // to the weekend
  });

  it('counts the adjusted weekend days and skips the holidays: 2025-09-26 → 2025-10-12', () => {
    // 9月28日（周日）、29日、30日，10月9日、10日、11日（周六）
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-12')).toBe(6);
  });

  it('a whole year: 2025 has 248 working days', () => {
    // 261 weekdays − 18 weekday days off (元旦1、春节6、清明1、劳动节3、端午1、国庆6)
    // + 5 adjusted weekend days (1月26日、2月8日、4月27日、9月28日、10月11日) = 248.
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('holds the inverse for every n up to 30 from every day of 2025', () => {
    for (let day = '2025-01-01'; day <= '2025-12-31'; day = calendar.addDays(day, 1)) {
      for (const n of [1, 2, 5, 10, 15, 20, 30, -1, -5, -20]) {
        expect(calendar.workingDaysBetween(day, calendar.addWorkingDays(day, n))).toBe(n);
      }
    }
  });
});

describe('nextWorkingDay and workingDayOnOrAfter', () => {
  it('nextWorkingDay is the first working day strictly after the day', () => {
    expect(calendar.nextWorkingDay('2025-09-30')).toBe('2025-10-09');
    expect(calendar.nextWorkingDay('2025-09-27')).toBe('2025-09-28');
    expect(calendar.nextWorkingDay('2025-10-09')).toBe('2025-10-10');
  });

  it('《民法典》第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日', () => {
    expect(calendar.workingDayOnOrAfter('2025-10-09')).toBe('2025-10-09'); // a working day stays
    expect(calendar.workingDayOnOrAfter('2025-10-01')).toBe('2025-10-09'); // holiday rolls on
    expect(calendar.workingDayOnOrAfter('2025-10-11')).toBe('2025-10-11'); // adjusted Saturday stays
    expect(calendar.workingDayOnOrAfter('2025-10-12')).toBe('2025-10-13'); // ordinary Sunday rolls on
  });

  it('a six-month period ending on a holiday: 2025-04-01 + 6 months = 2025-10-01 → 2025-10-09', () => {
    expect(calendar.workingDayOnOrAfter(calendar.addMonths('2025-04-01', 6))).toBe('2025-10-09');
  });
});
