// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; a missing `requestedAt` is read from the clock inside `step("requested_at", ...)`, checkpointed, and the feature flags are read with `getVariable` inside `step("flags", ...)`, so every round sees the same values
// Pilot dispatch for a port authority: a long main, zod-parsed input, config built from the input and feature flags, a hand-written retry loop with the suspension guard.
import { getVariable, sleep, step, task, taskScript, waitForApproval, workflow } from "windmill-client";
import { z } from "zod";

type VesselClass = "tanker" | "container" | "cruise" | "bulk";

type Movement =
  | { kind: "arrival"; berth: string; eta: string }
  | { kind: "departure"; berth: string; etd: string }
  | { kind: "shift"; from: string; to: string };

type PilotPlan = {
  pilots: number;
  tugs: number;
  escort: boolean;
  notes: string[];
};

type Flags = {
  nightPilotage: boolean;
  dualPilotOver: number;
  escortTankers: boolean;
};

const PilotRequest = z.object({
  imo: z.string().regex(/^\d{7}$/),
  name: z.string().min(1),
  vesselClass: z.enum(["tanker", "container", "cruise", "bulk"]),
  lengthM: z.number().positive(),
  draughtM: z.number().positive(),
  movement: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("arrival"), berth: z.string(), eta: z.string() }),
    z.object({ kind: z.literal("departure"), berth: z.string(), etd: z.string() }),
    z.object({ kind: z.literal("shift"), from: z.string(), to: z.string() }),
  ]),
  requestedAt: z.string().optional(),
  agentEmail: z.string().email(),
});

type PilotRequestInput = z.input<typeof PilotRequest>;

const DEFAULT_FLAGS: Flags = { nightPilotage: true, dualPilotOver: 300, escortTankers: true };

async function loadFlags(): Promise<Flags> {
  const raw = await getVariable("f/harbour/pilot_flags");
  try {
    return { ...DEFAULT_FLAGS, ...(JSON.parse(raw) as Partial<Flags>) };
  } catch {
    return DEFAULT_FLAGS;
  }
}

function berthOf(m: Movement): string {
  switch (m.kind) {
    case "arrival":
    case "departure":
      return m.berth;
    case "shift":
      return m.to;
  }
}

function planFor(vesselClass: VesselClass, lengthM: number, flags: Flags): PilotPlan {
  const notes: string[] = [];
  const pilots = lengthM >= flags.dualPilotOver ? 2 : 1;
  if (pilots === 2) notes.push(`dual pilotage over ${flags.dualPilotOver} m`);
  const tugs = lengthM > 250 ? 3 : lengthM > 150 ? 2 : 1;
  const escort = vesselClass === "tanker" && flags.escortTankers;
  if (escort) notes.push("tanker escort required");
  return { pilots, tugs, escort, notes };
}

function isSuspend(e: unknown): boolean {
  return e instanceof Error && e.name === "StepSuspend";
}

const checkTide = task(async function checkTide(berth: string, draughtM: number) {
  const r = await fetch(`https://tides.harbour.example/api/berths/${berth}?draught=${draughtM}`);
  if (!r.ok) throw new Error(`tide service ${r.status}`);
  return (await r.json()) as { safe: boolean; nextWindow: string };
});

const rosterPilots = task(async function rosterPilots(imo: string, count: number, at: string) {
  const r = await fetch("https://roster.harbour.example/api/pilots/assign", {
    method: "POST",
    body: JSON.stringify({ imo, count, at }),
  });
  if (!r.ok) throw new Error(`roster ${r.status}`);
  return (await r.json()) as { pilotIds: string[] };
});

const orderTugs = task(async function orderTugs(imo: string, tugs: number, berth: string) {
  const r = await fetch("https://tugs.harbour.example/api/orders", {
    method: "POST",
    body: JSON.stringify({ imo, tugs, berth }),
  });
  return (await r.json()) as { orderId: string };
}, { timeout: 300, retry: { attempts: 3, delay: 30 } });

const notifyAgent = taskScript("f/harbour/notify_agent");

const escortBoat = task(async function escortBoat(imo: string, berth: string) {
  const r = await fetch("https://marine.harbour.example/api/escorts", {
    method: "POST",
    body: JSON.stringify({ imo, berth }),
  });
  return (await r.json()) as { escortId: string };
});

export const main = workflow(async (request: PilotRequestInput) => {
  const input = PilotRequest.parse(request);
  const requestedAt = input.requestedAt ?? (await step("requested_at", () => new Date().toISOString()));
  const flags = await step("flags", () => loadFlags());
  const berth = berthOf(input.movement);
  const plan = planFor(input.vesselClass, input.lengthM, flags);

  let tide = await checkTide(berth, input.draughtM);
  let waits = 0;
  while (!tide.safe && waits < 4) {
    waits++;
    await sleep(30 * 60);
    tide = await checkTide(berth, input.draughtM);
  }
  if (!tide.safe) {
    await notifyAgent({
      to: input.agentEmail,
      subject: `${input.name}: no tide window`,
      body: `Next window ${tide.nextWindow}`,
    });
    return { status: "deferred", nextWindow: tide.nextWindow };
  }

  if (plan.pilots > 1 || plan.escort) {
    const approval = await waitForApproval({ timeout: 4 * 3600 });
    if (!approval.approved) {
      return { status: "rejected", by: approval.approver };
    }
  }

  let pilotIds: string[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      ({ pilotIds } = await rosterPilots(input.imo, plan.pilots, requestedAt));
      break;
    } catch (e) {
      if (isSuspend(e)) throw e;
      if (attempt === 3) throw e;
      await sleep(120 * attempt);
    }
  }

  const tugs = await orderTugs(input.imo, plan.tugs, berth);
  const escort = plan.escort ? await escortBoat(input.imo, berth) : null;

  const summary = await step("summary", () => ({
    imo: input.imo,
    berth,
    pilots: pilotIds,
    tugOrder: tugs.orderId,
    escort: escort?.escortId ?? null,
    notes: plan.notes,
  }));

  await notifyAgent({
    to: input.agentEmail,
    subject: `${input.name}: pilotage confirmed`,
    body: JSON.stringify(summary),
  });

  return { status: "confirmed", ...summary };
});
