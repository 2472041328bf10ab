// SDK: windmill-client 1.818.0 index.js `sleep(seconds)` suspends for `Math.max(1, Math.round(seconds))` seconds; date-fns' `hoursToMilliseconds(h)` returns `h * 3_600_000`, so an 8-hour anneal sleeps 28.8 million seconds (about 333 days)
import { sleep, task, workflow } from "windmill-client";
import { hoursToMilliseconds } from "date-fns";

const startAnneal = task(async function startAnneal(kilnId: string, tempC: number) {
  const r = await fetch(`https://kilns.emberglass.example/api/kilns/${kilnId}/programs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ program: "anneal", tempC }),
  });
  return (await r.json()) as { runId: string };
});

const unloadKiln = task(async function unloadKiln(kilnId: string, runId: string) {
  await fetch(`https://kilns.emberglass.example/api/kilns/${kilnId}/runs/${runId}/unload`, { method: "POST" });
  return { unloaded: true };
});

export const main = workflow(async (kilnId: string, annealHours = 8, tempC = 482) => {
  const { runId } = await startAnneal(kilnId, tempC);
  await sleep(hoursToMilliseconds(annealHours)); // expect: WAC301
  await unloadKiln(kilnId, runId);
  return { kilnId, runId };
});
