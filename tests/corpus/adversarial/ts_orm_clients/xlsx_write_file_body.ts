// SDK: windmill-client 1.818.0 client.mjs: the body replays; SheetJS writeFile writes the workbook to disk on every replay.
import * as XLSX from "xlsx";
import { task, workflow } from "windmill-client";

const rows = task(async (n: number) => Array.from({ length: n }, (_, i) => ({ i })));

export const main = workflow(async (n: number) => {
  const data = await rows(n);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(data), "rows");
  XLSX.writeFile(wb, "/tmp/rows.xlsx"); // expect: WAC101
  return data.length;
});
