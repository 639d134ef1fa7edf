import { app, session, type WebContents } from 'electron';

/** The only pages our window may show: the packaged renderer, or the dev server in development. */
export function isOwnPage(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith('file://')) return true;
  return Boolean(devServerUrl && url.startsWith(devServerUrl));
}

/** Chromium's built-in PDF viewer (an internal extension): the in-app preview of filing documents (blob: PDFs). */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * Electron's security baseline (electronegativity, the Electron security checklist):
 * no navigation away, no new windows, no permissions, no remote content.
 */
export function hardenSessions(devServerUrl: string | undefined): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isOwnPage(details.url, devServerUrl) || details.url.startsWith('devtools://') || details.url.startsWith('data:') || details.url.startsWith('blob:') || details.url.startsWith(PDF_VIEWER_ORIGIN);
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnPage(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // An offline app opens no other windows and hands nothing to the system browser.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
