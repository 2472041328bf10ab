// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (the step runs in the same process as the body), workflow() replays the body
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import { step, task, workflow } from "windmill-client";

type Row = { id: string; email: string; plan: string; mrr: number };

const queryRows = task(async (plan: string): Promise<Row[]> => {
  const res = await fetch(`https://warehouse.internal/accounts?plan=${plan}`);
  return (await res.json()) as Row[];
});

function toCsv(rows: Row[]): string {
  const header = "id,email,plan,mrr";
  const body = rows.map((r) => [r.id, r.email, r.plan, r.mrr.toFixed(2)].join(","));
  return [header, ...body].join("\n");
}

async function upload(filePath: string, bucketPath: string): Promise<string> {
  const data = await fsp.readFile(filePath);
  const res = await fetch(`https://storage.internal/upload/${bucketPath}`, { method: "PUT", body: data });
  return res.headers.get("location") ?? bucketPath;
}

export const main = workflow(async (plan: string) => {
  const rows = await queryRows(plan);
  const file = path.join(os.tmpdir(), `accounts-${plan}-${Date.now()}.csv`); // expect: WAC102
  await fsp.writeFile(file, toCsv(rows), "utf8"); // expect: WAC101
  const location = await step("upload_csv", () => upload(file, `exports/${path.basename(file)}`));
  return { plan, rows: rows.length, location };
});
