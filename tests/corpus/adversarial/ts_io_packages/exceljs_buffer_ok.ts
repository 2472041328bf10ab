// SDK: windmill-client 1.818.0 client.mjs: exceljs reading a workbook from a base64 input (`xlsx.load(buffer)`) works in memory; no file or network is touched.
import ExcelJS from "exceljs";
import { task, workflow } from "windmill-client";

const importRows = task(async (rows: string[][]) => ({ imported: rows.length }));

export const main = workflow(async (xlsxBase64: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsxBase64, "base64"));
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
  return await importRows(rows);
});
