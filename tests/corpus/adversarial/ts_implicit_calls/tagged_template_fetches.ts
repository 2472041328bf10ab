// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a tagged template calls its tag function, and this one posts the query to the GraphQL API on each replay.
import { task, workflow } from "windmill-client";

const API = "https://api.example.com/graphql";

async function gql(strings: TemplateStringsArray, ...values: unknown[]) {
  const query = strings.reduce((q, s, i) => q + s + (i < values.length ? JSON.stringify(values[i]) : ""), "");
  const res = await fetch(API, { method: "POST", body: JSON.stringify({ query }) });
  return (await res.json()).data;
}

const archive = task(async (repoId: string, issues: number) => ({ repoId, issues }));

export const main = workflow(async (repoId: string) => {
  const data = await gql`query { repository(id: ${repoId}) { openIssues } }`; // expect: WAC101
  return await archive(repoId, data.repository.openIssues);
});
