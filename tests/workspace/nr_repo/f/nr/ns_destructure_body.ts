import { workflow } from "windmill-client";
import * as net from "/f/lib/net_impl.ts";

const { postEvent, eventName } = net;

export const main = workflow(async (url: string) => {
  await postEvent(url, { name: eventName("x") }); // expect: WAC101
  return url;
});
