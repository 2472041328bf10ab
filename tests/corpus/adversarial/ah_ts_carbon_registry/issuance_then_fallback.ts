// SDK: windmill-client 1.818.0 client.mjs _nextStep(): a failed task's thenable calls only `reject` and returns nothing, so `.then(ok, onFail)` evaluates to undefined, not the fallback object, and `outcome.status` throws
import { task, workflow, sleep } from "windmill-client";

// Ported from Inngest: `const outcome = await step.invoke("publish", { function: publish, data })`
// wrapped in a try/catch that the team rewrote as a two-argument `.then`.

type Listing = { projectId: string; tonnes: number; pricePerTonneCents: number };

const publishListing = task(async (l: Listing) => {
  const r = await fetch("https://market.verdant.example/api/listings", { method: "POST", body: JSON.stringify(l) });
  if (!r.ok) throw new Error(`market rejected listing: ${r.status}`);
  return { status: "listed" as const, listingId: (await r.json()).id as string };
});

const parkListing = task(async (l: Listing, reason: string) => {
  await fetch("https://market.verdant.example/api/drafts", { method: "POST", body: JSON.stringify({ ...l, reason }) });
  return { status: "parked" as const };
});

export const main = workflow(async (listings: Listing[], cooldownSeconds = 120) => {
  const listed: string[] = [];
  const parked: string[] = [];
  for (const l of listings) {
    const outcome = await publishListing(l).then( // expect: WAC301
      (ok) => ok,
      (err) => ({ status: "failed" as const, error: String(err) }),
    );
    if (outcome.status === "listed") {
      listed.push(outcome.listingId);
    } else {
      await parkListing(l, "publish failed");
      parked.push(l.projectId);
      await sleep(cooldownSeconds);
    }
  }
  return { listed, parked };
});
