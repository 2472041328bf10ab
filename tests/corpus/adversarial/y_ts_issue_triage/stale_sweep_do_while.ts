// SDK: windmill-client 1.818.0 reruns the body from the top each round; a loop condition that calls the API runs again on every replay
import { task, workflow } from "windmill-client";

type Page = { issues: { number: number; updatedAt: string }[]; cursor: string | null };

const GQL = "https://api.github.com/graphql";

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(GQL, {
    method: "POST",
    headers: { authorization: `bearer ${process.env.GITHUB_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: T }).data;
}

const listPage = task(async (owner: string, repo: string, cursor: string | null): Promise<Page> => {
  const data = await gql<any>(
    `query($owner:String!,$repo:String!,$cursor:String){repository(owner:$owner,name:$repo){issues(first:50,after:$cursor,states:OPEN){nodes{number updatedAt} pageInfo{hasNextPage endCursor}}}}`,
    { owner, repo, cursor },
  );
  const conn = data.repository.issues;
  return { issues: conn.nodes, cursor: conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null };
});

const markStale = task(async (owner: string, repo: string, numbers: number[]) => {
  for (const n of numbers) {
    await fetch(`https://api.github.com/repos/${owner}/${repo}/issues/${n}/labels`, {
      method: "POST",
      headers: { authorization: `bearer ${process.env.GITHUB_TOKEN}` },
      body: JSON.stringify({ labels: ["stale"] }),
    });
  }
  return numbers.length;
});

async function rateLimitLeft(): Promise<number> {
  const res = await fetch("https://api.github.com/rate_limit", { headers: { authorization: `bearer ${process.env.GITHUB_TOKEN}` } });
  return ((await res.json()) as { rate: { remaining: number } }).rate.remaining;
}

export const main = workflow(async (owner: string, repo: string, staleBefore: string) => {
  const cutoff = Date.parse(staleBefore);
  let cursor: string | null = null;
  let marked = 0;
  do {
    const page: Page = await listPage(owner, repo, cursor);
    const stale = page.issues.filter((i) => Date.parse(i.updatedAt) < cutoff).map((i) => i.number);
    if (stale.length) marked += await markStale(owner, repo, stale);
    cursor = page.cursor;
  } while (cursor !== null && (await rateLimitLeft()) > 200); // expect: WAC101, WAC102
  return { owner, repo, marked };
});
