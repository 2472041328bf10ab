import * as wmill from "windmill-client";

export async function main(vendor: string, amount_eur: number) {
  const urls = await wmill.getResumeUrls("controller");
  await fetch(process.env.CONTROLLERS_WEBHOOK ?? "", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `Approve €${amount_eur} to ${vendor}? ${urls.approvalPage}` }),
  });
  return { vendor, amount_eur, approval_page: urls.approvalPage };
}
