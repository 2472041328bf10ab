// SDK: windmill-client 1.818.0 client.mjs: `_waitForApproval` with a literal key allocates the same key on every replay; `getApprovalUrls(key)` addresses it
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

type HaulOut = { vessel: string; owner: string; tonnes: number; yardSlot: string };

const TRAVEL_LIFT_MAX_T = 75;

const bookTravelLift = task(async (vessel: string, yardSlot: string) => {
  const r = await fetch("https://yard.portobelo-marina.example/travel-lift/bookings", {
    method: "POST",
    body: JSON.stringify({ vessel, yardSlot }),
  });
  return (await r.json()) as { bookingId: string; liftAt: string };
});

const textOwner = task(async (owner: string, message: string) => {
  await fetch("https://sms.portobelo-marina.example/send", {
    method: "POST",
    body: JSON.stringify({ to: owner, message }),
  });
});

export const main = workflow(async (jobs: HaulOut[]) => {
  const heavy = jobs.filter((j) => j.tonnes > TRAVEL_LIFT_MAX_T * 0.8);
  if (heavy.length > 0) {
    const day = await step("day", () => new Date().toISOString().slice(0, 10));
    const urls = await step("approval_urls", () => getApprovalUrls("yard-manager"));
    await textOwner("yard-manager", `Heavy lifts pending for ${day}: ${urls.approvalPage}`);
    const decision = await waitForApproval({ key: "yard-manager", timeout: 8 * 3600 });
    if (!decision.approved) return { booked: 0, refused: heavy.map((j) => j.vessel) };
  }
  const bookings = [];
  for (const job of jobs) {
    const b = await bookTravelLift(job.vessel, job.yardSlot);
    await textOwner(job.owner, `${job.vessel} lifts at ${b.liftAt}`);
    bookings.push(b.bookingId);
  }
  return { booked: bookings.length, refused: [] as string[] };
});
