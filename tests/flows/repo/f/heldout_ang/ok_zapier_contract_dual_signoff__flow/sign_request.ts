import * as wmill from "windmill-client";

export async function main(team: string, contract_id: string, vendor: string) {
  const urls = await wmill.getResumeUrls(team);
  const slack = await wmill.getResource("f/heldout_ang/slack_legal");
  await fetch(slack.webhook_url, {
    method: "POST",
    body: JSON.stringify({ text: `${team}: please sign off contract ${contract_id} with ${vendor}: ${urls.approvalPage}` }),
  });
  return { requested: team };
}
