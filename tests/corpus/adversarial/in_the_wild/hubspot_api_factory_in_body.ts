// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a method of the object a factory of the file returns, when it calls fetch, posts again each round.
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

export const main = workflow(async (hubspot: Hubspot, company: string, seats: number) => {
  const crm = createHubspot(hubspot);
  const quote = await price(seats);
  const dealId = await crm.upsertDeal({ dealname: company, amount: quote.amount }); // expect: WAC101
  return { dealId, quote };
});
