// SDK: windmill-client 1.818.0 client.mjs: `encodeCheckpointPayload` writes an `undefined` step result as `null` and `_runInlineStep` returns the parsed `null` (fast path and replay alike); a parameter default (`= {}`) applies to `undefined` only, so `withCourtDefaults` destructures `null` and throws a TypeError for a court without an override
import { task, step, workflow } from "windmill-client";

type LocalRule = { maxPages: number; requiresCoverSheet: boolean; feeWaiverForm?: string };

const OVERRIDES: Record<string, Partial<LocalRule>> = {
  "ca-sf-superior": { maxPages: 15, requiresCoverSheet: true },
  "ny-sdny": { maxPages: 25 },
};

function withCourtDefaults({ maxPages = 30, requiresCoverSheet = false }: Partial<LocalRule> = {}): LocalRule {
  return { maxPages, requiresCoverSheet };
}

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
  const override = await step("court_override", () => OVERRIDES[court] ?? published[court]);
  const { maxPages, requiresCoverSheet } = withCourtDefaults(override); // expect: WAC107
  const report = await validateBrief(docUrl, maxPages, requiresCoverSheet);
  return { court, maxPages, requiresCoverSheet, ...report };
});
