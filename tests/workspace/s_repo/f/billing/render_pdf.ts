// SDK: none; a plain script the billing workflows dispatch with taskScript("f/billing/render_pdf")
export async function main(invoice_id: string, locale: string = "en", watermark?: boolean) {
  const res = await fetch(`https://pdf.internal/render/${invoice_id}?locale=${locale}`, {
    method: "POST",
    body: JSON.stringify({ watermark: watermark ?? false }),
  });
  return { invoice_id, url: (await res.json()).url as string };
}
