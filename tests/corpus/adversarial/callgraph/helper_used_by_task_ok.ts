// SDK: windmill-client 1.818.0 client.mjs task(): the task body runs in its own job when `_executingKey` matches, once per step key.
import { task, workflow } from "windmill-client";

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch("https://api.example.com/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T };
  return body.data;
}

const getProject = task(async (id: string) =>
  gql<{ project: { id: string; name: string } }>("query($id: ID!) { project(id: $id) { id name } }", { id }),
);

const archiveProject = task(async (id: string) =>
  gql<{ archive: boolean }>("mutation($id: ID!) { archive(id: $id) }", { id }),
);

export const main = workflow(async (id: string, confirm: boolean) => {
  const { project } = await getProject(id);
  if (!confirm) return { wouldArchive: project.name };
  const { archive } = await archiveProject(id);
  return { archived: archive, name: project.name };
});
