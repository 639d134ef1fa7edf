import type { BenchRow } from '../stats';

/** `npm run bench dashboard`: (being built). */
export async function dashboardSuite(workDir: string): Promise<BenchRow[]> {
  void workDir;
  return [];
}
