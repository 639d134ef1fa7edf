import 'element-plus/dist/index.css';
import './styles/app.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { applyDocumentLocale, i18n } from './i18n';
import { router } from './router';
import { showError } from './utils/errors';

/**
 * Builds and mounts the application. Element Plus components are imported
 * where they are used (no global registration); its locale comes from
 * <el-config-provider> in App.vue.
 */
export function mountApp(selector: string): void {
  const app = createApp(App);
  app.use(createPinia());
  app.use(i18n);
  app.use(router);
  // A failure nobody caught still reaches the clerk as a message, and the console as an error.
  app.config.errorHandler = (error, _instance, info) => {
    console.error(`[app] ${info}`, error);
    showError(error);
  };
  applyDocumentLocale();
  app.mount(selector);
}
