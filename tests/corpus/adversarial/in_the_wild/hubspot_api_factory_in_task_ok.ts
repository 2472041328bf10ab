// SDK: windmill-client 1.818.0 client.mjs: building the client object in the body does no I/O (its methods are only defined); calling them inside a task runs the request once, in the task's job.
import { task, workflow } from "windmill-client";

type Hubspot = { token: string };

function createHubspot(res: Hubspot) {
  const headers = { Authorization: `Bearer ${res.token}`, "Content-Type": "application/json" };
  return {
    upsertDeal: async (deal: Record<string, unknown>) => {
      const r = await fetch("https://api.hubapi.com/crm/v3/objects/deals", {
        method: "POST",
        headers,
        body: JSON.stringify({ properties: deal }),
      });
      return (await r.json()).id as string;
    },
  };
}

const price = task(async (seats: number) => ({ amount: seats * 49, currency: "EUR" }));
const upsert = task(async (hubspot: Hubspot, company: string, amount: number) =>
  createHubspot(hubspot).upsertDeal({ dealname: company, amount }),
);

export const main = workflow(async (hubspot: Hubspot, company: string, seats: number) => {
  const quote = await price(seats);
  return { dealId: await upsert(hubspot, company, quote.amount), quote };
});
