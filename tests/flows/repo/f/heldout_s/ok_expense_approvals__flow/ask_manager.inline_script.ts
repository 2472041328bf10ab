import * as wmill from "windmill-client";

type Slack = { token: string };
type Report = { id: string; submitter: string; manager_slack_id: string; total: number; title: string };

export async function main(slack: Slack, report: Report) {
  const urls = await wmill.getResumeUrls();
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      channel: report.manager_slack_id,
      text: `${report.submitter} submitted "${report.title}" (${report.total} EUR). Review: ${urls.approvalPage}`,
    }),
  });
  return { report_id: report.id, asked: report.manager_slack_id };
}
