// SDK: windmill-client 1.818.0 client.mjs: exceljs's `workbook.xlsx.readFile(path)` reads the worker's file in the body on every replay.
import ExcelJS from "exceljs";
import { task, workflow } from "windmill-client";

const importRows = task(async (rows: string[][]) => ({ imported: rows.length }));

export const main = workflow(async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path); // expect: WAC101
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
  return await importRows(rows);
});
