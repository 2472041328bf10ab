// SDK: windmill-client 1.818.0 new Date(0), Date.UTC and new Date(input) are deterministic; the clock is read only inside step; Intl.DateTimeFormat with an explicit locale and timeZone
import { sleep, step, task, workflow } from "windmill-client";

type Hearing = { caseNo: string; courtroom: string; startsAt: string; judge: string };

const EPOCH = new Date(0);
const fmt = new Intl.DateTimeFormat("en-US", { timeZone: "America/Chicago", dateStyle: "medium", timeStyle: "short" });

function describe(h: Hearing): string {
  return `${h.caseNo} before ${h.judge} in ${h.courtroom} at ${fmt.format(new Date(h.startsAt))}`;
}

function sinceEpochDays(iso: string): number {
  return Math.floor((Date.parse(iso) - EPOCH.getTime()) / 86_400_000);
}

const fetchHearings = task(async (attorneyId: string, fromIso: string) => {
  const res = await fetch(`https://calendar.courts.example/attorneys/${attorneyId}/hearings?from=${fromIso}`);
  return (await res.json()) as Hearing[];
});

const sendDigest = task(async (attorneyId: string, lines: string[]) => {
  await fetch("https://notify.lawfirm.example/digest", { method: "POST", body: JSON.stringify({ attorneyId, lines }) });
  return lines.length;
});

export const main = workflow(async (attorneyId: string, year: number, month: number, digestHourUtc = 12) => {
  const monthStart = new Date(Date.UTC(year, month - 1, 1)).toISOString();
  const hearings = await fetchHearings(attorneyId, monthStart);
  const lines = hearings
    .toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((h) => `[day ${sinceEpochDays(h.startsAt)}] ${describe(h)}`);
  const nowMs = await step("now_ms", () => Date.now());
  const target = new Date(nowMs);
  target.setUTCHours(digestHourUtc, 0, 0, 0);
  const waitSeconds = Math.max(0, Math.round((target.getTime() - nowMs) / 1000));
  if (waitSeconds > 0) await sleep(waitSeconds);
  return { sent: await sendDigest(attorneyId, lines) };
});
