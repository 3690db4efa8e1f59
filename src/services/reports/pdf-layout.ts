import PDFDocument from 'pdfkit';

/*
 * A few layout helpers over pdfkit for Gantry's reports: A4, Helvetica, headings, label/value
 * lines and simple ruled tables that break across pages. pdfkit is pure JavaScript, so the server
 * renders PDFs without a browser.
 */

/** The PDF document type. */
export type Pdf = PDFKit.PDFDocument;

const RAG_COLOURS: Readonly<Record<string, string>> = { red: '#e03131', amber: '#f59f00', green: '#2f9e44' };
const MARGIN = 48;

/** Renders a document; `title` goes in the PDF's metadata (and so stays readable uncompressed in the file). */
export function renderPdf(title: string, build: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Producer: 'Gantry' } });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

const width = (doc: Pdf) => doc.page.width - 2 * MARGIN;

/** A heading; `size` 18 for the title, 13 for sections. */
export function heading(doc: Pdf, text: string, size = 13): void {
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  doc
    .moveDown(size > 14 ? 0 : 0.8)
    .font('Helvetica-Bold')
    .fontSize(size)
    .fillColor('#222')
    .text(text, MARGIN);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

/** Plain paragraph text. */
export function paragraph(doc: Pdf, text: string, colour = '#222'): void {
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(colour)
    .text(text, MARGIN, undefined, { width: width(doc) });
}

/** "Label: value" lines, labels in bold. */
export function facts(doc: Pdf, rows: readonly (readonly [string, string])[]): void {
  for (const [label, value] of rows) {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor('#555')
      .text(`${label}: `, MARGIN, undefined, { continued: true });
    doc.font('Helvetica').fillColor('#222').text(value);
  }
}

/** A table cell: text, or a RAG shown as a coloured block with its word. */
export type Cell = string | { rag: string | null };

/** A ruled table with a bold header row; column widths are fractions of the page width. */
export function table(
  doc: Pdf,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  fractions: readonly number[],
): void {
  const total = width(doc);
  const widths = fractions.map((f) => f * total);
  const drawRow = (cells: readonly Cell[], bold: boolean) => {
    const texts = cells.map((c) => (typeof c === 'string' ? c : (c.rag ?? '-')));
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const h = Math.max(14, ...texts.map((t, i) => doc.heightOfString(t, { width: (widths[i] ?? 50) - 8 }) + 6));
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      const w = widths[i] ?? 50;
      if (typeof c !== 'string' && c.rag && RAG_COLOURS[c.rag]) {
        doc.rect(x + 2, y + 2, w - 4, h - 4).fill(RAG_COLOURS[c.rag] as string);
        doc.fillColor('#fff');
      } else doc.fillColor('#222');
      doc.text(texts[i] ?? '', x + 4, y + 3, { width: w - 8 });
      x += w;
    });
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + total, y + h)
      .strokeColor('#ccc')
      .lineWidth(0.5)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  drawRow(header, true);
  for (const r of rows) drawRow(r, false);
  doc.moveDown(0.5);
}
