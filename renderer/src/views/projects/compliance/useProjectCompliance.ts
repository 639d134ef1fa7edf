import { ElMessage, ElMessageBox } from 'element-plus';
import { computed, h, ref, watch, type Ref, type VNode } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MethodOutput } from '../../../../../shared/contract';
import type { FactPanel, ProjectReport } from '../../../../../shared/contract/rules';
import type { FindingException } from '../../../../../shared/domain/exceptions';
import type { LifecycleStage } from '../../../../../shared/domain/enums';
import { lifecycleEventSchema, type LifecycleEventInput } from '../../../../../shared/domain/lifecycle-events';
import { impliedStageOf } from '../../../../../shared/rules/framework/stage-evidence';
import { STAGE_RANK } from '../../../../../shared/rules/framework/stages';
import { isDay } from '../../../../../shared/domain/day';
import type { MaterialCode } from '../../../../../shared/domain/materials';
import type { Project } from '../../../../../shared/domain/project';
import { api } from '../../../api/client';
import { useProjectsStore } from '../../../stores/projects';
import { errorMessage, showError } from '../../../utils/errors';
import { enumLabel } from '../../../utils/labels';

export type ProjectFactsRecord = MethodOutput<'facts.get'>;
export type StoredEvent = ProjectFactsRecord['events'][number];

interface Callbacks {
  /** Facts changed (history has a new entry). */
  changed(): void;
  /** The project moved to another stage: its new version. */
  moved(project: Project): void;
}

/**
 * One project's compliance: its report and recorded facts, and every action
 * on them. Main rechecks the project in the same transaction as each change,
 * so after a change the report is simply read again.
 */
export function useProjectCompliance(project: Ref<Project>, callbacks: Callbacks) {
  const { t } = useI18n();
  const projects = useProjectsStore();
  const report = ref<ProjectReport | null>(null);
  const facts = ref<ProjectFactsRecord | null>(null);
  /** The facts the office's pack reads; the same for every project, read once. */
  const panel = ref<FactPanel | null>(null);
  const loading = ref(false);
  const loadError = ref('');

  /** The server's today (Beijing): the day materials are marked received on, and the date a new event starts at. */
  const today = computed(() => report.value?.status.asOf ?? '');

  async function load(): Promise<void> {
    loading.value = report.value === null;
    try {
      const id = project.value.id;
      const [nextReport, nextFacts, nextPanel] = await Promise.all([
        api['rules.projectReport']({ projectId: id }),
        api['facts.get']({ projectId: id }),
        panel.value ? Promise.resolve(panel.value) : api['rules.factPanel']({}),
      ]);
      report.value = nextReport;
      facts.value = nextFacts;
      panel.value = nextPanel;
      loadError.value = '';
    } catch (error) {
      loadError.value = errorMessage(error);
    } finally {
      loading.value = false;
    }
  }

  watch(() => project.value.id, load, { immediate: true });

  /** Runs a change, says so, and reads the report again (also after a failure: something may have moved). */
  async function change(action: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await action();
      ElMessage.success(done);
      callbacks.changed();
    } catch (error) {
      showError(error);
      throw error;
    } finally {
      await load();
    }
  }

  /** Asks first; false when the clerk says no. */
  async function confirm(message: string | VNode, title: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: t('common.confirm'), cancelButtonText: t('common.cancel') });
      return true;
    } catch {
      return false;
    }
  }

  async function receive(code: MaterialCode): Promise<void> {
    const name = enumLabel('material', code);
    await change(() => api['facts.addMaterial']({ projectId: project.value.id, material: { code, date: today.value } }), t('compliance.checklist.received', { name })).catch(() => undefined);
  }

  async function withdraw(code: MaterialCode): Promise<void> {
    const name = enumLabel('material', code);
    // The latest record of that material is the one withdrawn.
    const stored = [...(facts.value?.materials ?? [])].reverse().find((entry) => entry.material.code === code);
    if (!stored) return;
    if (!(await confirm(t('compliance.checklist.withdrawConfirm', { name }), t('compliance.checklist.withdrawTitle')))) return;
    await change(() => api['facts.removeMaterial']({ projectId: project.value.id, materialId: stored.id }), t('compliance.checklist.withdrawn', { name })).catch(() => undefined);
  }

  /** Saves from the dialog; a refusal is thrown back so the dialog stays open with its messages. */
  async function recordEvent(event: LifecycleEventInput): Promise<void> {
    const label = enumLabel('eventKind', event.kind);
    await change(() => api['facts.recordEvent']({ projectId: project.value.id, event }), t('compliance.events.recorded', { label }));
    void offerStageOf(event);
  }

  /**
   * An event that puts the project beyond its registered stage (开始试运行 while
   * 编制中) offers the move to that stage, dated by the event.
   */
  async function offerStageOf(input: LifecycleEventInput): Promise<void> {
    const parsed = lifecycleEventSchema.safeParse(input);
    if (!parsed.success || parsed.data.date > today.value) return;
    const implied = impliedStageOf(parsed.data);
    if (!implied || STAGE_RANK[implied] <= STAGE_RANK[project.value.stage]) return;
    const move = report.value?.transitions.find((candidate) => candidate.to === implied);
    const target = enumLabel('stage', implied);
    if (!move) return; // the page's notice says the stage and the events disagree
    if (!move.allowed) {
      ElMessage.info(t('compliance.stages.offerRefused', { stage: target, reason: move.refusals[0]?.message ?? '' }));
      return;
    }
    // One question: the offer, the move and its date (the event's) in the same box.
    const offer = t('compliance.stages.offer', { event: enumLabel('eventKind', parsed.data.kind), stage: target });
    await moveTo(implied, move.cautions.map((caution) => caution.message), parsed.data.date, move.via ?? [], offer);
  }

  async function removeEvent(stored: StoredEvent): Promise<void> {
    const label = enumLabel('eventKind', stored.event.kind);
    if (!(await confirm(t('compliance.events.undoConfirm', { label, date: stored.event.date }), t('compliance.events.undoTitle')))) return;
    await change(() => api['facts.removeEvent']({ projectId: project.value.id, eventId: stored.id }), t('compliance.events.undone', { label })).catch(() => undefined);
  }

  /** Saves the facts panel (attributes and compliance facts together); main records what changed. */
  async function saveFacts(draft: Pick<ProjectFactsRecord, 'attributes' | 'compliance'>): Promise<void> {
    await change(() => api['facts.setAttributes']({ projectId: project.value.id, ...draft }), t('facts.saved')).catch(() => undefined);
  }

  /** From the exception dialog; a refusal is thrown back so the dialog stays open with its message. */
  async function recordException(input: { ruleId: string; reason: string; documentId?: string }): Promise<void> {
    await change(() => api['rules.recordException']({ projectId: project.value.id, ...input }), t('facts.dialog.saved'));
  }

  async function withdrawException(exception: FindingException): Promise<void> {
    if (!(await confirm(t('facts.withdrawConfirm'), t('facts.withdraw')))) return;
    await change(() => api['rules.withdrawException']({ projectId: project.value.id, exceptionId: exception.id }), t('facts.withdrawn')).catch(() => undefined);
  }

  /** Asks for the day the project entered the stage (today, or the event's day), then moves. */
  async function moveTo(to: LifecycleStage, cautions: string[], day?: string, via: LifecycleStage[] = [], intro?: string): Promise<void> {
    const from = enumLabel('stage', project.value.stage);
    const target = enumLabel('stage', to);
    const lines = [h('p', t('compliance.stages.confirm', { from, to: target }))];
    if (intro) lines.unshift(h('p', intro));
    if (via.length > 0) lines.push(h('p', t('compliance.stages.confirmVia', { stages: via.map((stage) => `“${enumLabel('stage', stage)}”`).join('、') })));
    if (cautions.length > 0) lines.push(h('p', { class: 'confirm-caution' }, t('compliance.stages.confirmCautions', { items: cautions.join('；') })));
    lines.push(h('p', t('compliance.stages.dateAsk')));
    let date: string;
    try {
      const answer = await ElMessageBox.prompt(h('div', lines), t('compliance.stages.confirmTitle'), {
        type: 'warning',
        inputValue: day ?? today.value,
        inputPlaceholder: 'YYYY-MM-DD',
        inputValidator: (value: string) => (isDay(value.trim()) && value.trim() <= today.value ? true : t('compliance.stages.dateInvalid', { today: today.value })),
        confirmButtonText: t('common.confirm'),
        cancelButtonText: t('common.cancel'),
        customClass: 'stage-move-dialog',
      });
      date = answer.value.trim();
    } catch {
      return;
    }
    await change(async () => {
      const moved = await api['project.transition']({ id: project.value.id, expectedVersion: project.value.version, to, date });
      projects.revision += 1;
      callbacks.moved(moved);
    }, t('compliance.stages.moved', { stage: target })).catch(() => undefined);
  }

  // An edit of the project (its stage, its amount) changes what the rules say.
  watch(
    () => project.value.version,
    (version, before) => {
      if (before !== undefined && version !== before) void load();
    },
  );

  return { report, facts, panel, loading, loadError, today, load, receive, withdraw, recordEvent, removeEvent, moveTo, saveFacts, recordException, withdrawException };
}
