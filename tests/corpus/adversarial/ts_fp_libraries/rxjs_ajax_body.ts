// SDK: windmill-client 1.818.0 client.mjs: lastValueFrom subscribes to the ajax observable, which sends the request; in the body it runs every replay.
import { lastValueFrom } from "rxjs";
import { ajax } from "rxjs/ajax";
import { task, workflow } from "windmill-client";

const publishDigest = task(async (channel: string, items: string[]) => ({ channel, count: items.length }));

export const main = workflow(async (feedUrl: string, channel: string) => {
  const feed = await lastValueFrom(ajax.getJSON<{ items: { title: string }[] }>(feedUrl)); // expect: WAC101
  return await publishDigest(channel, feed.items.map((i) => i.title));
});
