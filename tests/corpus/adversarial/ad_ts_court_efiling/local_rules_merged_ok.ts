// SDK: windmill-client 1.818.0 client.mjs: the step always returns an object (`{ ...defaults, ...override }`), which the checkpoint keeps as it is, so destructuring its result works on every replay
import { task, step, workflow } from "windmill-client";

type LocalRule = { maxPages: number; requiresCoverSheet: boolean; feeWaiverForm?: string };

const DEFAULTS: LocalRule = { maxPages: 30, requiresCoverSheet: false };
const OVERRIDES: Record<string, Partial<LocalRule>> = {
  "ca-sf-superior": { maxPages: 15, requiresCoverSheet: true },
  "ny-sdny": { maxPages: 25 },
};

const fetchCourtRules = task(async (court: string): Promise<Record<string, Partial<LocalRule>>> => {
  const r = await fetch(`https://rules.courtfile.example/courts/${court}/local-rules.json`);
  return r.ok ? ((await r.json()) as Record<string, Partial<LocalRule>>) : {};
});

const validateBrief = task(async (docUrl: string, maxPages: number, requiresCoverSheet: boolean) => {
  const r = await fetch("https://dms.lawfirm.example/api/validate", {
    method: "POST",
    body: JSON.stringify({ docUrl, maxPages, requiresCoverSheet }),
  });
  return (await r.json()) as { ok: boolean; problems: string[] };
});

export const main = workflow(async (court: string, docUrl: string) => {
  const published = await fetchCourtRules(court);
  const { maxPages, requiresCoverSheet } = await step("merged_rules", () => ({
    ...DEFAULTS,
    ...(published[court] ?? {}),
    ...(OVERRIDES[court] ?? {}),
  }));
  const report = await validateBrief(docUrl, maxPages, requiresCoverSheet);
  return { court, maxPages, requiresCoverSheet, ...report };
});
