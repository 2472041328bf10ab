// SDK: windmill-client 1.818.0: export default workflow(async function main ...) is the entry Windmill reads (windmill-oracle sig); waitForApproval({ key }) with a literal key used once; step values are JSON (the Date is turned into an ISO string inside the step); a helper object's pure methods run in the body and in tasks alike
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Trip = { id: string; crewId: string; credit: number; days: string[]; base: string };
type TradeRequest = { requestId: string; give: Trip; take: Trip; submittedBy: string };

const CREW = "https://crew.example-air.com/api/v3";

const rules = {
  overlaps(a: string[], b: string[]): boolean {
    const days = new Set(a);
    return b.some((d) => days.has(d));
  },
  creditDelta(give: Trip, take: Trip): number {
    return Math.round((take.credit - give.credit) * 100) / 100;
  },
  sameBase(give: Trip, take: Trip): boolean {
    return give.base === take.base;
  },
};

const scheduleOf = task(async (crewId: string, month: string): Promise<Trip[]> => {
  const r = await fetch(`${CREW}/crew/${crewId}/trips?month=${month}`);
  if (!r.ok) throw new Error(`trips ${r.status}`);
  const trips = (await r.json()) as Trip[];
  return trips.filter((t) => !rules.overlaps(t.days, []));
});

const legality = task(async (crewId: string, trips: Trip[]): Promise<{ legal: boolean; reason?: string }> => {
  const r = await fetch(`${CREW}/legality`, { method: "POST", body: JSON.stringify({ crewId, trips }) });
  return (await r.json()) as { legal: boolean; reason?: string };
});

const postToBoard = task(async (req: TradeRequest, resumeUrl: string, cancelUrl: string) => {
  await fetch(`${CREW}/boards/trades`, {
    method: "POST",
    body: JSON.stringify({ request: req.requestId, approve: resumeUrl, deny: cancelUrl }),
  });
});

const executeTrade = task(async (req: TradeRequest, decidedAt: string) => {
  const r = await fetch(`${CREW}/trades/${req.requestId}/execute`, {
    method: "POST",
    body: JSON.stringify({ decidedAt, give: req.give.id, take: req.take.id }),
  });
  if (!r.ok) throw new Error(`execute ${r.status}`);
  return (await r.json()) as { confirmation: string };
});

export default workflow(async function main(req: TradeRequest, month: string) {
  if (!rules.sameBase(req.give, req.take)) {
    return { requestId: req.requestId, status: "denied", reason: "different bases" };
  }
  const mine = await scheduleOf(req.submittedBy, month);
  const after = mine.filter((t) => t.id !== req.give.id);
  if (after.some((t) => rules.overlaps(t.days, req.take.days))) {
    return { requestId: req.requestId, status: "denied", reason: "overlap" };
  }
  const check = await legality(req.submittedBy, [...after, req.take]);
  if (!check.legal) return { requestId: req.requestId, status: "denied", reason: check.reason ?? "illegal" };

  const urls = await step("trade_urls", () => getApprovalUrls("crew_scheduling"));
  await postToBoard(req, urls.resume, urls.cancel);
  const decision = await waitForApproval({ key: "crew_scheduling", timeout: 48 * 3600 });
  const decidedAt = await step("decided_at", () => new Date().toISOString());
  if (!decision.approved) {
    return { requestId: req.requestId, status: "denied", reason: `by ${decision.approver}`, decidedAt };
  }
  const done = await executeTrade(req, decidedAt);
  return { requestId: req.requestId, status: "traded", creditDelta: rules.creditDelta(req.give, req.take), ...done };
});
