import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Project, ProjectInput } from '../../../shared/domain/project';
import { api } from '../api/client';

/**
 * What the register's screens share: the unit names for the filters, and a
 * revision that rises with every save so open lists know to reload. The list's
 * own state (filters, paging) lives in its composable.
 */
export const useProjectsStore = defineStore('projects', () => {
  const units = ref<string[]>([]);
  const revision = ref(0);

  async function loadUnits(): Promise<void> {
    units.value = await api['project.units']({});
  }

  async function create(fields: ProjectInput): Promise<Project> {
    const project = await api['project.create'](fields);
    revision.value += 1;
    return project;
  }

  async function update(id: string, expectedVersion: number, fields: ProjectInput): Promise<Project> {
    const project = await api['project.update']({ id, expectedVersion, fields });
    revision.value += 1;
    return project;
  }

  return { units, revision, loadUnits, create, update };
});
