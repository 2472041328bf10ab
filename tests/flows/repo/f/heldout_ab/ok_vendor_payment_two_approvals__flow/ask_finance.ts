import * as wmill from "windmill-client";

export async function main(invoice_id: string, amount_eur: number) {
  const urls = await wmill.getResumeUrls("finance");
  const teams = await wmill.getResource("f/finance/teams_webhook");
  await fetch(teams.url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      text: `Invoice ${invoice_id} (${amount_eur.toFixed(2)} EUR) needs two approvals: ${urls.approvalPage}`,
    }),
  });
  return { invoice_id, approval_page: urls.approvalPage };
}
