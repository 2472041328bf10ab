// SDK: windmill-client 1.818.0 client.mjs: building a workbook and writing it to a base64 string stays in memory.
import * as XLSX from "xlsx";
import { task, workflow } from "windmill-client";

const rows = task(async (n: number) => Array.from({ length: n }, (_, i) => ({ i })));
const upload = task(async (b64: string) => b64.length);

export const main = workflow(async (n: number) => {
  const data = await rows(n);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(data), "rows");
  const b64 = XLSX.write(wb, { type: "base64", bookType: "xlsx" }) as string;
  return await upload(b64);
});
