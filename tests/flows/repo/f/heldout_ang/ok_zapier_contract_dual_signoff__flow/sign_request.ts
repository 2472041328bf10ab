import * as wmill from "windmill-client";

export async function main(team: string, contract_id: string, vendor: string, annual_value: number) {
  const urls = await wmill.getResumeUrls(team);
  const slack = await wmill.getResource("f/heldout_ang/slack_legal");
  await fetch(slack.webhook_url, {
    method: "POST",
    body: JSON.stringify({ text: `${team}: please sign off contract ${contract_id} with ${vendor} (${annual_value} EUR/year): ${urls.approvalPage}` }),
  });
  return { requested: team };
}
