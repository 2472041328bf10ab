// SDK: windmill-client 1.818.0 index.js `workflow(fn)` returns `fn` (the cast is erased); windmill-oracle `dag` on this file says "No workflow() wrapped async function found." and `sig` gives `args: []`, so Windmill calls `main` without `licenseeId` / `families` / `seats`
// Vercel Workflow DevKit port: `export async function grantLicense(...) { "use workflow"; ... }` wrapped in `workflow(...)` and cast to the old exported type.
import { task, workflow } from "windmill-client";

type GrantSummary = { licenseeId: string; keys: string[] };
type GrantLicense = (licenseeId: string, families: string[], seats: number) => Promise<GrantSummary>;

const issueKey = task(async function issueKey(licenseeId: string, family: string, seats: number) {
  const r = await fetch("https://licensing.kernhaus.example/api/keys", {
    method: "POST",
    body: JSON.stringify({ licenseeId, family, seats }),
  });
  return ((await r.json()) as { key: string }).key;
});

export const main = workflow(async (licenseeId: string, families: string[], seats: number) => { // expect: WAC005
  const keys: string[] = [];
  for (const family of families) {
    keys.push(await issueKey(licenseeId, family, seats));
  }
  return { licenseeId, keys };
}) as GrantLicense;
