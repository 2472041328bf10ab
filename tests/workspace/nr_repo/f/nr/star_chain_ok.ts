import { task, workflow } from "windmill-client";
import { eventName, postEvent } from "/f/lib/barrel_top.ts";

const send = task(async (url: string, name: string) => postEvent(url, { name }));

export const main = workflow(async (url: string, kind: string) => {
  const name = eventName(kind);
  return await send(url, name);
});
