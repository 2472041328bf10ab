// SDK: windmill-client 1.818.0 waitForApproval({ key }): each key used once; the campaign id is taken inside step()
import { stamp } from "/f/lib/collect.ts";
import { buildUrl, postJson } from "/f/lib/net.ts";
import { Gate, pricingGate } from "/f/lib/approvals.ts";
import { step, task, workflow } from "/f/lib/wac.ts";

const publishPromo = task(async function publishPromo(code: string, percentOff: number, campaign: string) {
  return await postJson(buildUrl("https://cms.internal.example.com", "promos"), { code, percentOff, campaign });
});

export const main = workflow(async (code: string, percentOff: number) => {
  const campaign = await step("campaign", () => stamp(`promo-${code}`));

  const legalOk = await new Gate("legal_review").open(`Promo ${code}: ${percentOff}% off`);
  if (!legalOk.approved) return { code, status: "legal_rejected" };

  const gate = percentOff > 40 ? new Gate("deep_discount_signoff", 24 * 3600) : pricingGate;
  const pricing = await gate.open(`${percentOff}% off, campaign ${campaign}`);
  if (!pricing.approved) return { code, status: "pricing_rejected" };

  const published = await publishPromo(code, percentOff, campaign);
  return { code, campaign, published };
});
