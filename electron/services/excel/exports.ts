/** Exports as jobs: each table written under `<data folder>/exports/`, the bytes returned too when asked. */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXPORT_TABLE_TITLES, type ExportedFile, type ExportTable } from '../../../shared/contract/excel';
import { beijingDay } from '../../../shared/domain/time';
import { freshExportPath, safeFileName } from '../export-files';
import type { FeatureDeps } from '../feature-deps';
import { prepareExport } from './export-tables';

export function createExcelExports(deps: FeatureDeps) {
  return {
    /** Starts the export; the job's result is an `ExportedFile`. Cancelling leaves no file. */
    start(input: { table: ExportTable; includeBytes: boolean }) {
      const office = deps.office.requireOffice();
      const title = EXPORT_TABLE_TITLES[input.table];
      return deps.jobs.start<ExportedFile>({
        kind: 'excel.export',
        label: `导出${title}`,
        cancellable: true,
        async run(control) {
          const day = beijingDay(deps.context.clock.now());
          const target = freshExportPath(join(deps.context.dataDir, 'exports'), `${safeFileName(`${title}-${office.name}-${day}`)}.xlsx`);
          const rows = await prepareExport(input.table, deps)(target, control);
          return {
            table: input.table,
            fileName: basename(target),
            savedPath: target,
            size: statSync(target).size,
            rows,
            bytesBase64: input.includeBytes ? readFileSync(target).toString('base64') : null,
          };
        },
      });
    },
  };
}
