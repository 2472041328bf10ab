// SDK: windmill-client 1.818.0 client.mjs workflow(): "Branching on task results is fine (results are replayed from checkpoint)".
import { sleep, task, workflow } from "windmill-client";

type Verdict = "clean" | "suspicious" | "malicious";

const scanFile = task(async (url: string): Promise<Verdict> => {
  const res = await fetch("https://av.example.com/api/scan", { method: "POST", body: url });
  return ((await res.json()) as { verdict: Verdict }).verdict;
});
const quarantine = task(async (url: string) => ({ url, quarantined: true }));
const notifySecurity = task(async (url: string, verdict: Verdict) => ({ url, verdict }));

export const main = workflow(async (urls: string[]) => {
  const outcome: Record<string, string> = {};
  for (const url of urls) {
    let verdict = await scanFile(url);
    switch (verdict) {
      case "clean":
        outcome[url] = "ok";
        break;
      case "suspicious":
        await sleep(300);
        verdict = await scanFile(url);
        outcome[url] = verdict === "clean" ? "ok" : "review";
        break;
      default:
        await quarantine(url);
        await notifySecurity(url, verdict);
        outcome[url] = "quarantined";
    }
  }
  return outcome;
});
