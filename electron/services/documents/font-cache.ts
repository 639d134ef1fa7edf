/**
 * One parsed font per thread instead of one per document.
 *
 * pdfmake 0.3 hands every new document the font file, and pdfkit parses it
 * again with fontkit (`fontkit.create`). For a 17 MB CJK font that parse, and
 * the garbage it leaves, cost more than laying out and writing a one-page
 * form. Here pdfmake's `provideFont` is wrapped so that the first document
 * parses each weight once and later documents get a fresh pdfkit
 * `EmbeddedFont` (its own subset, its own layout cache) around the same fontkit
 * font object, which is only read. The subset is still made per document, so
 * each PDF embeds just its own glyphs.
 *
 * This leans on pdfmake/pdfkit internals (`provideFont`, `fontCache`,
 * `_fontFamilies`, `_fontCount`, the EmbeddedFont constructor); if they are
 * not there it changes nothing and documents are simply slower. The document
 * tests check the fonts are embedded and subset either way.
 */
import { createRequire } from 'node:module';

interface EmbeddedFont {
  readonly font: object;
  readonly id: string;
}
type EmbeddedFontClass = new (document: PdfKitDocument, font: object, id: string) => EmbeddedFont;

interface PdfKitDocument {
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
}

type ProvideFont = (this: PdfKitDocument, family: string, bold: boolean, italics: boolean) => EmbeddedFont;

const SHARED = Symbol.for('govit-desk.sharedParsedFonts');

/** Installs the sharing once per thread; returns whether it is in place. */
export function shareParsedFonts(): boolean {
  const require = createRequire(import.meta.url);
  const prototype = (require('pdfmake/js/PDFDocument') as { default?: { prototype?: Record<PropertyKey, unknown> } }).default?.prototype;
  if (!prototype || typeof prototype.provideFont !== 'function') return false;
  if (prototype[SHARED]) return true;
  const original = prototype.provideFont as ProvideFont;
  const parsed = new Map<string, { font: object; Embedded: EmbeddedFontClass }>();

  const provideFont: ProvideFont = function (family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const cached = this.fontCache[family]?.[type];
    if (cached) return cached;
    const key = `${family}/${type}`;
    const known = parsed.get(key);
    if (!known) {
      const embedded = original.call(this, family, bold, italics);
      parsed.set(key, { font: embedded.font, Embedded: embedded.constructor as EmbeddedFontClass });
      return embedded;
    }
    // A style mapped to the same file (italics → regular) shares the document's embedded font, as pdfkit would.
    let embedded = Object.values(this._fontFamilies).find((candidate) => candidate.font === known.font);
    if (!embedded) {
      embedded = new known.Embedded(this, known.font, `F${++this._fontCount}`);
      // pdfkit writes (and subsets) every font in _fontFamilies when the document ends.
      this._fontFamilies[embedded.id] = embedded;
    }
    (this.fontCache[family] ??= {})[type] = embedded;
    return embedded;
  };

  prototype.provideFont = provideFont;
  prototype[SHARED] = true;
  return true;
}
