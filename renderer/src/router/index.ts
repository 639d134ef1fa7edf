import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import AppLayout from '../layout/AppLayout.vue';
import { useOfficeStore } from '../stores/office';
import { errorMessage } from '../utils/errors';

const routes: RouteRecordRaw[] = [
  { path: '/setup', name: 'setup', component: () => import('../views/setup/index.vue') },
  { path: '/unavailable', name: 'unavailable', component: () => import('../views/unavailable/index.vue') },
  {
    path: '/',
    component: AppLayout,
    redirect: { name: 'projects' },
    children: [
      { path: 'projects', name: 'projects', component: () => import('../views/projects/index.vue'), meta: { menu: 'projects' } },
      { path: 'projects/import', name: 'excel-import', component: () => import('../views/excel/import.vue'), meta: { menu: 'projects' } },
      { path: 'projects/:id', name: 'project', component: () => import('../views/projects/detail.vue'), props: true, meta: { menu: 'projects' } },
      { path: 'dashboard', name: 'dashboard', component: () => import('../views/dashboard/index.vue'), meta: { menu: 'dashboard' } },
      { path: 'exchange', name: 'exchange', component: () => import('../views/exchange/index.vue'), meta: { menu: 'exchange' } },
      { path: 'review', name: 'review', component: () => import('../views/review/index.vue'), meta: { menu: 'review' } },
      { path: 'compliance', name: 'compliance', component: () => import('../views/compliance/index.vue'), meta: { menu: 'compliance' } },
      { path: 'system', name: 'system', component: () => import('../views/system/index.vue'), meta: { menu: 'system' } },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'projects' } },
];

/** Hash history: the desktop window loads the renderer from file://. */
export const router = createRouter({ history: createWebHashHistory(), routes });

/** Until the office is set up, every screen is the setup screen; after it, never again. */
router.beforeEach(async (to) => {
  if (to.name === 'unavailable') return true;
  const store = useOfficeStore();
  if (!store.loaded) {
    try {
      await store.load();
    } catch (error) {
      return { name: 'unavailable', query: { reason: errorMessage(error) } };
    }
  }
  if (!store.office && to.name !== 'setup') return { name: 'setup' };
  if (store.office && to.name === 'setup') return { name: 'projects' };
  return true;
});
