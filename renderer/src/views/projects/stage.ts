import type { LifecycleStage } from '../../../../shared/domain/enums';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** The colour of a stage's tag: grey before and after, amber under review, blue while building, green in use. */
export function stageTagType(stage: LifecycleStage): TagType {
  switch (stage) {
    case 'draft':
    case 'shutDown':
      return 'info';
    case 'declared':
    case 'underReview':
      return 'warning';
    case 'rejected':
      return 'danger';
    case 'operation':
      return 'success';
    default:
      return 'primary';
  }
}
