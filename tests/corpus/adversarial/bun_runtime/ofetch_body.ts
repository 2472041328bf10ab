// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; ofetch performs the request again each round.
import { ofetch } from "ofetch";
import { task, workflow } from "windmill-client";

const classify = task(async (title: string) => ({ title, label: "bug" }));

export const main = workflow(async (issueUrl: string) => {
  const issue = await ofetch<{ title: string }>(issueUrl); // expect: WAC101
  return await classify(issue.title);
});
