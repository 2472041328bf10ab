// SDK: windmill-client 1.818.0: getApprovalUrls(stepKey) addresses waitForApproval({ key }) with the same key (assertUsableStepKey: no "/" or ".."); sleep(seconds) suspends; the key is used once per run (the two approvals sit in exclusive branches); a catch that tests name === "StepSuspend" and rethrows keeps the suspension
import { getApprovalUrls, sleep, step, task, waitForApproval, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Standby = { crewId: string; name: string; phone: string; base: string; rank: "CPT" | "FO" | "FA"; reserveUntil: string };
type Callout = { flight: string; base: string; rank: Standby["rank"]; reportBy: string };

const ROSTER = "https://crew.example-air.com/api/v3";
const ACK_WAIT_SECONDS = 15 * 60;
const DUTY_MANAGER_KEY = "duty_manager";
const CHIEF_PILOT_KEY = "chief_pilot";

const reservesAt = task(async (base: string, rank: Standby["rank"]): Promise<Standby[]> => {
  const r = await fetch(`${ROSTER}/reserves?base=${base}&rank=${rank}`);
  if (!r.ok) throw new Error(`reserves ${r.status}`);
  return (await r.json()) as Standby[];
});

const page = task(async (s: Standby, c: Callout): Promise<string> => {
  const tw = await wmill.getResource("f/crew/twilio");
  const body = new URLSearchParams({ To: s.phone, From: tw.from, Body: `Callout ${c.flight}, report ${c.reportBy}. Reply Y/N` });
  const r = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${tw.sid}/Messages.json`, {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`${tw.sid}:${tw.token}`)}` },
    body,
  });
  return ((await r.json()) as { sid: string }).sid;
});

const ackFor = task(async (crewId: string, flight: string): Promise<"Y" | "N" | null> => {
  const r = await fetch(`${ROSTER}/callouts/${flight}/acks/${crewId}`);
  if (r.status === 404) return null;
  return ((await r.json()) as { answer: "Y" | "N" }).answer;
});

const assign = task(async (crewId: string, flight: string) => {
  const r = await fetch(`${ROSTER}/flights/${flight}/crew`, { method: "POST", body: JSON.stringify({ crewId }) });
  if (!r.ok) throw new Error(`assign ${r.status}`);
  return crewId;
});

const escalate = task(async (to: string, c: Callout, links: { resume: string; cancel: string; approvalPage: string }) => {
  await fetch("https://chat.example-air.com/hooks/ops", {
    method: "POST",
    body: JSON.stringify({ to, text: `No reserve for ${c.flight}. Cancel flight? ${links.approvalPage}` }),
  });
});

function byReserveEnd(a: Standby, b: Standby): number {
  return a.reserveUntil.localeCompare(b.reserveUntil) || a.crewId.localeCompare(b.crewId);
}

function isSuspension(e: unknown): boolean {
  return (e as { name?: unknown } | null)?.name === "StepSuspend";
}

export const main = workflow(async (callout: Callout) => {
  const reserves = (await reservesAt(callout.base, callout.rank)).sort(byReserveEnd);

  for (const s of reserves) {
    try {
      await page(s, callout);
    } catch (e) {
      if (isSuspension(e)) throw e;
      console.warn(`could not page ${s.crewId}`, e);
      continue;
    }
    await sleep(ACK_WAIT_SECONDS);
    const ack = await ackFor(s.crewId, callout.flight);
    if (ack === "Y") {
      const crewId = await assign(s.crewId, callout.flight);
      return { flight: callout.flight, assigned: crewId };
    }
  }

  if (callout.rank === "CPT") {
    const urls = await step("chief_pilot_urls", () => getApprovalUrls(CHIEF_PILOT_KEY));
    await escalate("chief-pilot", callout, urls);
    const d = await waitForApproval({ key: CHIEF_PILOT_KEY, timeout: 3600 });
    return { flight: callout.flight, assigned: null, cancel: d.approved, by: d.approver };
  }
  const urls = await step("duty_manager_urls", () => getApprovalUrls(DUTY_MANAGER_KEY));
  await escalate("duty-manager", callout, urls);
  const d = await waitForApproval({ key: DUTY_MANAGER_KEY, timeout: 3600 });
  return { flight: callout.flight, assigned: null, cancel: d.approved, by: d.approver };
});
