import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MethodOutput } from '../../../shared/contract';
import type { PackStatusView } from '../../../shared/contract/rules';
import type { Citation } from '../../../shared/domain/regulations';
import { api } from '../api/client';
import { errorMessage } from '../utils/errors';

export type ArticleView = MethodOutput<'rules.article'>;

/**
 * The office's rule pack as every screen sees it: its validity (for the
 * banners), and the articles' words, read once each and kept.
 */
export const useRulesStore = defineStore('rules', () => {
  const status = ref<PackStatusView | null>(null);
  /** Why the status could not be read (no pack for this jurisdiction, …); empty when it was. */
  const statusError = ref('');
  const articles = new Map<string, Promise<ArticleView>>();

  async function loadStatus(): Promise<PackStatusView | null> {
    try {
      status.value = await api['rules.status']({});
      statusError.value = '';
    } catch (error) {
      status.value = null;
      statusError.value = errorMessage(error);
    }
    return status.value;
  }

  /** The article's words; a failed read is forgotten, so the next click tries again. */
  function article(citation: Citation): Promise<ArticleView> {
    const key = `${citation.regulation}#${citation.article}`;
    let pending = articles.get(key);
    if (!pending) {
      pending = api['rules.article'](citation);
      articles.set(key, pending);
      pending.catch(() => articles.delete(key));
    }
    return pending;
  }

  return { status, statusError, loadStatus, article };
});
