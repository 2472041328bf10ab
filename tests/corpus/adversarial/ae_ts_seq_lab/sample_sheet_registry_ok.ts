// SDK: windmill-client 1.818.0 client.mjs: `_waitForApproval` without a key allocates `approval`, `approval_2`, ... in body order, so keyless approvals in a loop are stable; a class whose `static {}` block fills a frozen table is module state rebuilt identically on every load
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";

class IndexKits {
  static #table: ReadonlyMap<string, readonly string[]>;
  static {
    const kits: [string, string[]][] = [
      ["IDT-UD", ["UDI0001", "UDI0002", "UDI0003", "UDI0004"]],
      ["Nextera-XT", ["N701", "N702", "N703"]],
    ];
    IndexKits.#table = new Map(kits.map(([k, v]) => [k, Object.freeze(v)]));
  }
  static indexes(kit: string): readonly string[] {
    return IndexKits.#table.get(kit) ?? [];
  }
}

type Row = { sample: string; kit: string; index: string; project: string };

const writeSampleSheet = task(async (runId: string, rows: Row[]) => {
  const r = await fetch(`https://lims.helixlab.example/runs/${runId}/samplesheet`, {
    method: "PUT",
    body: JSON.stringify(rows),
  });
  return (await r.json()).version as number;
});

const emailPi = task(async (project: string, link: string) => {
  await fetch("https://mail.helixlab.example/send", {
    method: "POST",
    body: JSON.stringify({ to: `${project}-pi@helixlab.example`, link }),
  });
});

export const main = workflow(async (runId: string, rows: Row[]) => {
  const bad: Row[] = [];
  rows: for (const row of rows) {
    for (const idx of IndexKits.indexes(row.kit)) {
      if (idx === row.index) continue rows;
    }
    bad.push(row);
  }
  const projects = [...new Set(bad.map((r) => r.project))].sort();
  for (const project of projects) {
    const urls = await step("resume_urls", () => getResumeUrls());
    await emailPi(project, urls.approvalPage);
    const decision = await waitForApproval({ timeout: 86_400 });
    if (!decision.approved) return { runId, status: "held", project };
  }
  const version = await writeSampleSheet(runId, rows);
  return { runId, status: "written", version, fixedUp: bad.length };
});
