// SDK: windmill-client 1.818.0 step() checkpoints its callback's JSON; a catch that rethrows StepSuspend first (instanceof) is how the SDK's own wrapper does it
import * as wmill from "windmill-client";
import { StepSuspend, step, task, workflow } from "windmill-client";
import { createHash } from "node:crypto";

type Scan = { sheet: string; sha256: string; bytes: number };

const SCAN_API = "https://imaging.seedbank.example/v1";
const MAX_RETRIES = 3;

function sheetKey(institution: string, sheet: string): string {
  return createHash("sha1").update(`${institution}/${sheet}`).digest("hex").slice(0, 16);
}

async function withRetry<T>(fn: () => Promise<T>, attempts = MAX_RETRIES): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 500 * 2 ** i));
    }
  }
  throw last;
}

const requestScan = task(async (sheet: string, key: string): Promise<Scan> => {
  const token = await wmill.getVariable("f/seedbank/imaging_token");
  return withRetry(async () => {
    const res = await fetch(`${SCAN_API}/scans`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ sheet, key }),
    });
    if (!res.ok) throw new Error(`scan ${sheet}: ${res.status}`);
    return (await res.json()) as Scan;
  });
});

const markUnreadable = task(async (sheet: string, reason: string) => {
  await fetch(`${SCAN_API}/sheets/${encodeURIComponent(sheet)}/unreadable`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
  return { sheet, reason };
});

export const main = workflow(async (institution: string, sheets: string[]) => {
  const scans: Scan[] = [];
  const failed: { sheet: string; reason: string }[] = [];
  const startedAt = await step("started_at", () => new Date().toISOString());
  for (const sheet of sheets) {
    try {
      scans.push(await requestScan(sheet, sheetKey(institution, sheet)));
    } catch (e) {
      if (e instanceof StepSuspend) throw e;
      failed.push(await markUnreadable(sheet, (e as Error).message));
    }
  }
  const totalBytes = scans.reduce((n, s) => n + s.bytes, 0);
  return { startedAt, scanned: scans.length, failed, totalBytes };
});
