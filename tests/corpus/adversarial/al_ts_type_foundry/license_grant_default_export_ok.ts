// SDK: windmill-client 1.818.0 index.js `workflow(fn)` returns `fn`; windmill-oracle `dag` draws `issueKey` and `sig` reads the three parameters of `export default workflow(async function ...)`
// Vercel Workflow DevKit port: the `"use workflow"` function becomes the default export.
import { task, workflow } from "windmill-client";

const issueKey = task(async function issueKey(licenseeId: string, family: string, seats: number) {
  const r = await fetch("https://licensing.kernhaus.example/api/keys", {
    method: "POST",
    body: JSON.stringify({ licenseeId, family, seats }),
  });
  return ((await r.json()) as { key: string }).key;
});

export default workflow(async function grantLicense(licenseeId: string, families: string[], seats: number) {
  const keys: string[] = [];
  for (const family of families) {
    keys.push(await issueKey(licenseeId, family, seats));
  }
  return { licenseeId, keys };
});
