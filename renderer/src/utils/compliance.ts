import type { ProjectReport } from '../../../shared/contract/rules';
import type { Severity } from '../../../shared/rules/framework/finding';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** 阻断 red, 警示 amber, 提示 grey. */
export function severityTagType(severity: Severity): TagType {
  return severity === 'blocking' ? 'danger' : severity === 'warning' ? 'warning' : 'info';
}

export type DeadlineStatus = ProjectReport['deadlines'][number]['status'];

/** Overdue red, due soon amber, met green, met late amber, not yet due blue. */
export function deadlineTagType(status: DeadlineStatus): TagType {
  switch (status) {
    case 'overdue':
      return 'danger';
    case 'dueSoon':
    case 'metLate':
      return 'warning';
    case 'met':
      return 'success';
    case 'early':
      return 'info';
    case 'pending':
      return 'primary';
  }
}
