/**
 * Doc definition → PDF bytes, in whichever thread calls it. The render worker
 * runs this; tests and the CLI may call it directly (the in-process path).
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FormId } from '../../../shared/domain/forms';
import type { DocumentData, RenderedPdf } from './data';
import { shareParsedFonts } from './font-cache';
import { FONT_FAMILY, loadFonts } from './fonts';
import { FORMS } from './forms';
import { documentDefinition } from './layout';

interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let configured = false;

/** Once per thread: the fonts into pdfmake's in-memory file system; no URL or local file may be read. */
function configure(): void {
  if (configured) return;
  const fonts = loadFonts();
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  vfs.writeFileSync('govit/SourceHanSansSC-Regular.otf', fonts.normal);
  vfs.writeFileSync('govit/SourceHanSansSC-Bold.otf', fonts.bold);
  pdfmake.setFonts({
    [FONT_FAMILY]: {
      normal: 'govit/SourceHanSansSC-Regular.otf',
      bold: 'govit/SourceHanSansSC-Bold.otf',
      italics: 'govit/SourceHanSansSC-Regular.otf',
      bolditalics: 'govit/SourceHanSansSC-Bold.otf',
    },
  });
  // Form content is text from the register: nothing in it may make pdfmake fetch or open anything.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  shareParsedFonts();
  configured = true;
}

/** Loads the fonts now rather than at the first document (a worker does this at start). */
export function warmUp(): void {
  configure();
}

export async function renderDefinition(definition: TDocumentDefinitions): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Builds the form from its data and renders it. */
export async function renderForm(formId: FormId, data: DocumentData): Promise<RenderedPdf> {
  const form = FORMS[formId];
  if (!form) throw new Error(`unknown form: ${formId}`);
  let pages = 0;
  const definition = documentDefinition(
    {
      title: data.form.title,
      orientation: form.orientation,
      bodySize: form.bodySize,
      author: data.header.office.name,
      subject: data.subject ? data.subject.project.name : `${data.year ?? ''}年度`,
      createdAt: data.header.createdAt,
    },
    form.build(data),
    (count) => {
      pages = count;
    },
  );
  const bytes = await renderDefinition(definition);
  return { bytes, pages };
}

