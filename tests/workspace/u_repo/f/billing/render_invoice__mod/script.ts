// Renders one invoice as text; the billing workflows dispatch it with taskScript("f/billing/render_invoice").
import { lineText } from "./format.ts";

export async function main(invoice_id: string, lines: { sku: string; cents: number }[], locale: string = "en") {
  const body = lines.map((l) => lineText(l.sku, l.cents)).join("\n");
  return { invoice_id, locale, text: `Invoice ${invoice_id}\n${body}` };
}
