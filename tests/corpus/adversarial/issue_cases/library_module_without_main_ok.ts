// SDK: windmill-client 1.818.0: a workspace module that only exports helpers (no `main`, no `workflow` of its own) is imported by workflows; it is not a script to run.
import { task } from "windmill-client";

export const enrich = task(async (id: string) => ({ id, ok: true }));

export async function summarize(rows: { ok: boolean }[]) {
  return rows.filter((row) => row.ok).length;
}
