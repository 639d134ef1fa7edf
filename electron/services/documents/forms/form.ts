import type { Content } from 'pdfmake/interfaces';
import type { DocumentData } from '../data';
import type { Orientation } from '../layout';

/** One printable form: its page, and how its content is built from the gathered data (`data.form` is the office's version of it). */
export interface FormModule {
  orientation: Orientation;
  /** 正文字号 in points; forms default to 小4 (12 pt). */
  bodySize?: number;
  /** Pure: the same data gives the same content. */
  build(data: DocumentData): Content[];
}

/** The subject project of a project form; the service guarantees it is there. */
export function subjectOf(data: DocumentData) {
  if (!data.subject) throw new Error('project form rendered without a project');
  return data.subject;
}
