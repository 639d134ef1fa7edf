import { onBeforeUnmount, ref, shallowRef } from 'vue';
import type { RenderedDocument } from '../../../../../shared/contract/documents';

/** A PDF rendered for this page: its bytes behind a blob: URL the preview frame shows. */
export interface PdfInPage {
  formId: RenderedDocument['formId'];
  fileName: string;
  pages: number;
  size: number;
  url: string;
}

/** base64 (as documents.render returns the PDF) to bytes. */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * The in-page preview: the PDF in an <iframe> of a blob: URL (the window's CSP
 * allows `frame-src blob:` for this alone), a download of the same bytes, and
 * printing through the frame's own window. Each URL is revoked when replaced
 * or when the page closes, so no PDF stays in memory.
 */
export function usePdfPreview() {
  const pdf = shallowRef<PdfInPage | null>(null);
  const frame = ref<HTMLIFrameElement | null>(null);
  /** Chromium's built-in viewer (Electron with plugins on, or a browser); without it, download and open. */
  const viewerAvailable = typeof navigator !== 'undefined' && navigator.pdfViewerEnabled !== false;

  function show(rendered: RenderedDocument): PdfInPage {
    close();
    const url = URL.createObjectURL(new Blob([bytesOf(rendered.bytesBase64 ?? '')], { type: 'application/pdf' }));
    pdf.value = { formId: rendered.formId, fileName: rendered.fileName, pages: rendered.pages, size: rendered.size, url };
    return pdf.value;
  }

  /** The browser's download of the bytes (Electron asks where to save). */
  function download(target: PdfInPage | null = pdf.value): void {
    if (!target) return;
    const link = document.createElement('a');
    link.href = target.url;
    link.download = target.fileName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  /** The print dialog for the PDF shown (the viewer prints the document, not the page around it). */
  function print(): void {
    frame.value?.contentWindow?.focus();
    frame.value?.contentWindow?.print();
  }

  function close(): void {
    if (pdf.value) URL.revokeObjectURL(pdf.value.url);
    pdf.value = null;
  }

  onBeforeUnmount(close);

  return { pdf, frame, viewerAvailable, show, download, print, close };
}
