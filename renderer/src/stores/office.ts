import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Office, OfficeInput } from '../../../shared/domain/office';
import { api } from '../api/client';

/** The installation's office: null until first-run setup is done. */
export const useOfficeStore = defineStore('office', () => {
  const office = ref<Office | null>(null);
  const loaded = ref(false);

  async function load(): Promise<Office | null> {
    office.value = (await api['setup.get']({})).office;
    loaded.value = true;
    return office.value;
  }

  async function complete(input: OfficeInput): Promise<Office> {
    office.value = await api['setup.complete'](input);
    loaded.value = true;
    return office.value;
  }

  return { office, loaded, load, complete };
});
