// SDK: windmill-client 1.818.0 client.mjs: once the step is checkpointed, `_runInlineStep` returns the stored value without calling `fn`, so the static counter the callback bumps stays 0 on every later replay
import { task, step, sleep, workflow } from "windmill-client";
import pino from "pino";

const log = pino({ name: "docket-watch" });

type DocketEntry = { seq: number; filedAt: string; text: string; party: string };

class DocketMetrics {
  static newEntries = 0;
  static polls = 0;
}

const pullDocket = task(async (court: string, caseNumber: string, afterSeq: number): Promise<DocketEntry[]> => {
  const r = await fetch(`https://pacer-proxy.courtfile.example/${court}/cases/${encodeURIComponent(caseNumber)}/docket?after=${afterSeq}`);
  return (await r.json()) as DocketEntry[];
});

const alertTeam = task(async (caseNumber: string, entries: DocketEntry[]) => {
  await fetch("https://hooks.teams.example/webhook/litigation", {
    method: "POST",
    body: JSON.stringify({ title: `New docket activity: ${caseNumber}`, lines: entries.map((e) => `#${e.seq} ${e.text}`) }),
  });
  return entries.length;
});

export const main = workflow(async (court: string, caseNumber: string, polls = 8, everyMinutes = 60) => {
  let lastSeq = 0;
  let alerted = 0;
  for (let i = 0; i < polls; i++) {
    const entries = await pullDocket(court, caseNumber, lastSeq);
    const fresh = await step("filter_fresh", () => {
      const out = entries.filter((e) => e.seq > lastSeq && !/^NOTICE OF APPEARANCE/i.test(e.text));
      DocketMetrics.newEntries += out.length; // expect: WAC104
      return out;
    });
    DocketMetrics.polls++;
    if (entries.length) lastSeq = Math.max(...entries.map((e) => e.seq));
    if (fresh.length) alerted += await alertTeam(caseNumber, fresh);
    await sleep(everyMinutes * 60);
  }
  log.info({ polls: DocketMetrics.polls, newEntries: DocketMetrics.newEntries }, "docket watch done");
  return { caseNumber, alerted, newEntries: DocketMetrics.newEntries };
});
