import * as wmill from "windmill-client";

export async function main(permit_id: string, checks: { zone: string; violations: any[] }) {
  const urls = await wmill.getResumeUrls("engineer");
  const teams = await wmill.getResource("f/permits/teams_webhook");
  await fetch(teams.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      text: `Permit ${permit_id} (zone ${checks.zone}): ${checks.violations.length} open issue(s). Review: ${urls.approvalPage}`,
    }),
  });
  return { permit_id, sent: true };
}
