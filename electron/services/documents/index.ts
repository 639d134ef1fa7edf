/** PDF filing documents: forms built from the register, rendered with pdfmake off the main thread. */
export { safeFileName } from '../export-files';
export { createDocumentService, type DocumentService, type FormRenderer } from './service';
export { createRenderPool, type RenderPool } from './pool';
export { renderForm as renderInProcess } from './render';
export type { DocumentData, RenderedPdf } from './data';
