// SDK: windmill-client 1.818.0 taskScript with one object argument passes it as the script's args (invoice_id, lines, locale)
import { once, taskScript, workflow } from "/f/lib/wac.ts";
import { appendAudit, auditLine } from "./helpers.ts";

const render = taskScript("f/billing/render_invoice", { timeout: 120 });

export const main = workflow(async (invoice_id: string, lines: { sku: string; cents: number }[]) => {
  const rendered = await render({ invoice_id, lines, locale: "fr" });
  const line = auditLine(invoice_id, "rendered");
  await once("audit", () => appendAudit(line));
  return { rendered };
});
