// SDK: windmill-client 1.818.0 client.mjs StepSuspend (name "StepSuspend"; a new Error wrapping it is named "Error"), workflow() replays the body
import { task, workflow } from "windmill-client";

/**
 * Input parameters for the digest.
 */
interface DigestOptions {
  teamId: string;
  channel: string;
  includeClosed?: boolean;
}

/**
 * Fetches the week's issues for a team from Linear's GraphQL API.
 */
const fetchIssues = task(async (teamId: string, includeClosed: boolean) => {
  const res = await fetch("https://api.linear.app/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: process.env.LINEAR_API_KEY ?? "" },
    body: JSON.stringify({
      query: `query($team: String!, $closed: Boolean!) { team(id: $team) { issues(includeArchived: $closed) { nodes { identifier title state { name } } } } }`,
      variables: { team: teamId, closed: includeClosed },
    }),
  });
  const json = (await res.json()) as { data: { team: { issues: { nodes: { identifier: string; title: string; state: { name: string } }[] } } } };
  return json.data.team.issues.nodes;
});

/**
 * Posts the digest to Slack.
 */
const postDigest = task(async (channel: string, text: string) => {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.SLACK_TOKEN}` },
    body: JSON.stringify({ channel, text }),
  });
  return ((await res.json()) as { ts: string }).ts;
});

/**
 * Formats the issues into a Slack message.
 */
function formatDigest(issues: { identifier: string; title: string; state: { name: string } }[]): string {
  const byState = Object.groupBy(issues, (i) => i.state.name);
  return Object.entries(byState)
    .map(([state, list]) => `*${state}* (${list?.length ?? 0})\n${(list ?? []).map((i) => `• ${i.identifier} ${i.title}`).join("\n")}`)
    .join("\n\n");
}

export const main = workflow(async ({ teamId, channel, includeClosed = false }: DigestOptions) => { // expect: WAC902
  try {
    const issues = await fetchIssues(teamId, includeClosed);
    if (issues.length === 0) {
      return { posted: false, reason: "no issues" };
    }
    const ts = await postDigest(channel, formatDigest(issues));
    return { posted: true, ts, count: issues.length };
  } catch (error) { // expect: WAC202
    const message = error instanceof Error ? error.message : String(error);
    console.error("Failed to build weekly digest:", message);
    throw new Error(`Weekly digest failed for team ${teamId}: ${message}`);
  }
});
