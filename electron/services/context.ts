import type { DbHandle } from '../../db/client';
import type { Clock } from '../../shared/domain/time';

/** What every service is built from: passed in, so a test builds one in a line. */
export interface ServiceContext {
  handle: DbHandle;
  clock: Clock;
  dataDir: string;
}
