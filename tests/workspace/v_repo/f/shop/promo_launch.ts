// SDK: windmill-client 1.818.0 waitForApproval({ key }): reusing a key in one workflow throws; new Date() in the body changes on replay
import { stamp } from "/f/lib/collect.ts";
import { buildUrl, postJson } from "/f/lib/net.ts";
import { Gate, pricingGate } from "/f/lib/approvals.ts";
import { step, task, workflow } from "/f/lib/wac.ts";

const publishPromo = task(async function publishPromo(code: string, percentOff: number, campaign: string) {
  return await postJson(buildUrl("https://cms.internal.example.com", "promos"), { code, percentOff, campaign });
});

export const main = workflow(async (code: string, percentOff: number) => {
  const campaign = stamp(`promo-${code}`); // expect: WAC102

  const legal = new Gate("legal_review");
  const legalOk = await legal.open(`Promo ${code}: ${percentOff}% off`);
  if (!legalOk.approved) return { code, status: "legal_rejected" };

  const first = await pricingGate.open(`${percentOff}% off, campaign ${campaign}`);
  if (!first.approved) return { code, status: "pricing_rejected" };
  if (percentOff > 40) {
    const again = await pricingGate.open(`Deep discount: ${percentOff}%`); // expect: WAC303
    if (!again.approved) return { code, status: "pricing_rejected" };
  }

  const published = await publishPromo(code, percentOff, campaign);
  return await step("result", () => ({ code, campaign, published }));
});
