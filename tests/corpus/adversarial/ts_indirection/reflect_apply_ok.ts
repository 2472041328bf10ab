// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; Reflect.apply and .call of pure helpers compute the same values every replay, and the upload is a task.
import { task, workflow } from "windmill-client";

function toCsvRow(this: void, cells: string[]): string {
  return cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(",");
}

function header(prefix: string) {
  return `${prefix}: generated`;
}

const upload = task(async (csv: string) => {
  const r = await fetch("https://files.example.com/upload", { method: "PUT", body: csv });
  return r.status;
});

export const main = workflow(async (rows: string[][]) => {
  const lines = rows.map((r) => Reflect.apply(toCsvRow, undefined, [r]));
  const title = header.call(null, "report");
  return await upload([title, ...lines].join("\n"));
});
