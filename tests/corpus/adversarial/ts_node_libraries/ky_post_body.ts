// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; ky.post in the body posts the comment again on every replay.
import ky from "ky";
import { task, workflow } from "windmill-client";

const review = task(async (pr: number) => ({ pr, verdict: "lgtm" }));

export const main = workflow(async (pr: number) => {
  const r = await review(pr);
  await ky.post(`https://api.github.com/repos/acme/app/issues/${pr}/comments`, { json: { body: r.verdict } }); // expect: WAC101
  return r;
});
