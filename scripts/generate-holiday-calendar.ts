/**
 * Regenerates shared/calendar/data/cn-holidays.json from the installed npm
 * package `chinese-days`. Run after upgrading that package:
 *
 *   npx tsx scripts/generate-holiday-calendar.ts
 *
 * The output is committed; the test `shipped-data.test.ts` fails when it no
 * longer matches the installed package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fromChineseDays, type ChineseDaysData } from '../shared/calendar/from-chinese-days';
import { parseHolidayCalendarData, type HolidayCalendarData } from '../shared/calendar/holiday-data';

const require = createRequire(import.meta.url);
const OUTPUT = fileURLToPath(new URL('../shared/calendar/data/cn-holidays.json', import.meta.url));

export function readInstalledChineseDays(): { raw: ChineseDaysData; version: string } {
  const raw = JSON.parse(
    readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8'),
  ) as ChineseDaysData;
  const { version } = JSON.parse(
    readFileSync(require.resolve('chinese-days/package.json'), 'utf8'),
  ) as { version: string };
  return { raw, version };
}

export function buildShippedData(): HolidayCalendarData {
  const { raw, version } = readInstalledChineseDays();
  const data = fromChineseDays(raw, {
    version: `chinese-days@${version}`,
    source:
      `npm 包 chinese-days ${version}（https://github.com/vsme/chinese-days，MIT 许可）的 dist/chinese-days.json，` +
      '该包逐年转录《国务院办公厅关于××××年部分节假日安排的通知》；' +
      '由 scripts/generate-holiday-calendar.ts 生成，请勿手工修改',
  });
  return parseHolidayCalendarData(data);
}

/** One year per block and one list per line: readable, and a diff shows which year changed. */
export function formatHolidayData(data: HolidayCalendarData): string {
  const years = Object.entries(data.years).map(
    ([year, entry]) =>
      `    ${JSON.stringify(year)}: {\n` +
      `      "holidays": ${JSON.stringify(entry.holidays)},\n` +
      `      "adjustedWorkdays": ${JSON.stringify(entry.adjustedWorkdays)}\n` +
      '    }',
  );
  return (
    '{\n' +
    `  "version": ${JSON.stringify(data.version)},\n` +
    `  "source": ${JSON.stringify(data.source)},\n` +
    `  "years": {\n${years.join(',\n')}\n  }\n` +
    '}\n'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const data = buildShippedData();
  writeFileSync(OUTPUT, formatHolidayData(data));
  const years = Object.keys(data.years);
  console.log(`${OUTPUT}: ${data.version}, ${years[0]}–${years[years.length - 1]} (${years.length} years)`);
}
