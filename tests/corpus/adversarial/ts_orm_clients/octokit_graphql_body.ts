// SDK: windmill-client 1.818.0 client.mjs: the body replays; @octokit/graphql sends the mutation on every replay.
import { graphql } from "@octokit/graphql";
import { task, workflow } from "windmill-client";

const gh = graphql.defaults({ headers: { authorization: "token x" } });

const title = task(async (n: number) => `Release ${n}`);

export const main = workflow(async (repoId: string, n: number) => {
  const t = await title(n);
  await gh(`mutation($r: ID!, $t: String!) { createIssue(input: {repositoryId: $r, title: $t}) { issue { id } } }`, { r: repoId, t }); // expect: WAC101
  return t;
});
