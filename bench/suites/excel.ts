import type { BenchRow } from '../stats';

/** `npm run bench excel`: (being built). */
export async function excelSuite(workDir: string): Promise<BenchRow[]> {
  void workDir;
  return [];
}
