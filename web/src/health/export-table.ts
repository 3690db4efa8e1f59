import { toCsv } from './dashboard-model.js';

type Cell = string | number | null;

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Let the click start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves the table as CSV (UTF-8 with BOM, so spreadsheet programs read accents right). */
export function downloadCsv(header: string[], rows: Cell[][], fileName: string): void {
  download(new Blob([`\uFEFF${toCsv(header, rows)}`], { type: 'text/csv;charset=utf-8' }), fileName);
}

/**
 * Saves the table as XLSX. exceljs is large, so it is fetched only on the first click (its own
 * chunk): the dashboard itself never loads it.
 */
export async function downloadXlsx(header: string[], rows: Cell[][], fileName: string, sheet: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((c, i) => {
    c.width = Math.min(40, Math.max(10, header[i]?.length ?? 10));
  });
  const buffer = await book.xlsx.writeBuffer();
  download(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}
