// SDK: windmill-client 1.818.0 client.mjs: twitter-api-v2's `v2.tweet` posts when called; in the body each replay posts again.
import { TwitterApi } from "twitter-api-v2";
import { task, workflow } from "windmill-client";

const draft = task(async (topic: string) => `New post about ${topic}`);

export const main = workflow(async (topic: string, token: string) => {
  const text = await draft(topic);
  const client = new TwitterApi(token);
  const posted = await client.v2.tweet(text); // expect: WAC101
  return { id: posted.data.id };
});
