// SDK: windmill-client 1.818.0 Papa.parse / XLSX.read of a task's text and zod parsing are in-memory work in the body; an async callback per id awaits one task (called in array order)
import { task, workflow } from "windmill-client";
import Papa from "papaparse";
import * as XLSX from "xlsx";
import { z } from "zod";

const Segment = z.object({ id: z.string(), source: z.string(), words: z.coerce.number() });
type Segment = z.infer<typeof Segment>;

const downloadCsv = task(async (fileId: string) => (await fetch(`https://portal.agency.example/files/${fileId}`)).text());
const downloadXlsx = task(async (fileId: string) =>
  Buffer.from(await (await fetch(`https://portal.agency.example/files/${fileId}`)).arrayBuffer()).toString("base64"),
);
const createJob = task(async (projectId: string, segment: Segment) => {
  const res = await fetch(`https://cat.agency.example/projects/${projectId}/segments`, { method: "POST", body: JSON.stringify(segment) });
  return (await res.json()) as { segmentId: string };
});

export const main = workflow(async (projectId: string, csvFileId: string, xlsxFileId?: string) => {
  const t0 = Date.now();
  const csv = Papa.parse<Record<string, string>>(await downloadCsv(csvFileId), { header: true, skipEmptyLines: true });
  const rows: Segment[] = csv.data.map((r) => Segment.parse(r));
  if (xlsxFileId) {
    const wb = XLSX.read(await downloadXlsx(xlsxFileId), { type: "base64" });
    rows.push(...XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]]).map((r) => Segment.parse(r)));
  }
  const created = await Promise.all(
    rows.map(async (segment) => {
      const { segmentId } = await createJob(projectId, segment);
      return { segmentId, words: segment.words };
    }),
  );
  console.log(`created ${created.length} segments in ${Date.now() - t0} ms`);
  return { created: created.length, words: created.reduce((n, c) => n + c.words, 0) };
});
