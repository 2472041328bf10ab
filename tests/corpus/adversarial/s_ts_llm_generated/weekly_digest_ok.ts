// SDK: windmill-client 1.818.0 client.mjs StepSuspend (the same object rethrown keeps its name), workflow()
import { task, workflow } from "windmill-client";

/**
 * Input parameters for the digest.
 */
interface DigestOptions {
  teamId: string;
  channel: string;
  includeClosed?: boolean;
}

const fetchIssues = task(async (teamId: string, includeClosed: boolean) => {
  const res = await fetch("https://api.linear.app/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: process.env.LINEAR_API_KEY ?? "" },
    body: JSON.stringify({
      query: `query($team: String!, $closed: Boolean!) { team(id: $team) { issues(includeArchived: $closed) { nodes { identifier title } } } }`,
      variables: { team: teamId, closed: includeClosed },
    }),
  });
  const json = (await res.json()) as { data: { team: { issues: { nodes: { identifier: string; title: string }[] } } } };
  return json.data.team.issues.nodes;
});

const postDigest = task(async (channel: string, text: string) => {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.SLACK_TOKEN}` },
    body: JSON.stringify({ channel, text }),
  });
  return ((await res.json()) as { ts: string }).ts;
});

export const main = workflow(async (options: DigestOptions) => {
  const { teamId, channel, includeClosed = false } = options;
  try {
    const issues = await fetchIssues(teamId, includeClosed);
    if (issues.length === 0) return { posted: false, reason: "no issues" };
    const text = issues.map((i) => `• ${i.identifier} ${i.title}`).join("\n");
    const ts = await postDigest(channel, text);
    return { posted: true, ts, count: issues.length };
  } catch (error) {
    // Log for context, then let the error (or the SDK's suspension) propagate unchanged.
    console.error(`Weekly digest for team ${teamId} stopped:`, error instanceof Error ? error.message : error);
    throw error;
  }
});
