import './zod-csp';

/*
 * zod must be configured before any schema is built. A static import of the
 * app could be evaluated first (the bundler hoists shared modules into a chunk
 * the entry imports), so the rest of the app is loaded only afterwards.
 */
import('./app')
  .then(({ mountApp }) => mountApp('#app'))
  .catch((error: unknown) => {
    console.error('[app] the interface could not be loaded', error);
  });
