// SDK: windmill-client 1.818.0 client.mjs: taskScript/taskFlow wrap a path; Promise.all over task promises is the guide's parallel form; a try/catch that rethrows when e.name === "StepSuspend" keeps the suspension (isSuspendSignal checks the name).
import { step, task, taskFlow, taskScript, workflow } from "windmill-client";

const TABLES = ["orders", "customers", "refunds"] as const;
type Table = (typeof TABLES)[number];

interface ExtractResult {
  table: Table;
  s3Key: string;
  rows: number;
}

const extract = taskScript("f/etl/extract_table", { timeout: 1800, tag: "etl" });
const loadWarehouse = taskFlow("f/etl/load_warehouse");

const validate = task(async (result: ExtractResult) => {
  // cheap sanity checks run as their own job so the result is checkpointed
  if (result.rows < 0) throw new Error(`negative row count for ${result.table}`);
  return { table: result.table, ok: result.rows > 0 };
});

const alertOnCall = task(async (message: string) => {
  await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    body: JSON.stringify({ routing_key: "etl", event_action: "trigger", payload: { summary: message } }),
  });
});

function isSuspend(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: string }).name === "StepSuspend";
}

function parseWindow(day: string): { from: string; to: string } {
  const from = `${day}T00:00:00Z`;
  const to = `${day}T23:59:59Z`;
  return { from, to };
}

export const main = workflow(async (day: string) => {
  const window = parseWindow(day);
  const runId = await step("run_id", () => crypto.randomUUID());

  const extracted = (await Promise.all(
    TABLES.map((table) => extract({ table, ...window, runId })),
  )) as ExtractResult[];

  const checks = await Promise.all(extracted.map((r) => validate(r)));
  const bad = checks.filter((c) => !c.ok).map((c) => c.table);

  let loaded = false;
  try {
    await loadWarehouse({ runId, keys: extracted.map((r) => r.s3Key) });
    loaded = true;
  } catch (e) {
    if (isSuspend(e)) throw e;
    await alertOnCall(`warehouse load failed for ${day}: ${String(e)}`);
  }

  return {
    day,
    runId,
    rows: Object.fromEntries(extracted.map((r) => [r.table, r.rows])),
    emptyTables: bad,
    loaded,
  };
});
