// SDK: windmill-client 1.818.0 workflow() only marks fn: Bun.file(path).text() in the body reads the worker's disk again on every replay round
import { task, workflow } from "windmill-client";
import { parse } from "csv-parse/sync";

type Row = { email: string; first_name: string; last_name: string; plan: string };

const upsertContacts = task(async (rows: Row[]) => {
  const r = await fetch("https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      inputs: rows.map((r) => ({ idProperty: "email", id: r.email, properties: r })),
    }),
  });
  return r.status;
});

export const main = workflow(async (path: string, batchSize = 100) => {
  const text = await Bun.file(path).text(); // expect: WAC101
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Row[];

  const statuses: number[] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    statuses.push(await upsertContacts(rows.slice(i, i + batchSize)));
  }
  return { rows: rows.length, batches: statuses.length, failed: statuses.filter((s) => s >= 300).length };
});
