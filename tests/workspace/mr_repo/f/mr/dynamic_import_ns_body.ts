import { workflow } from "windmill-client";

export const main = workflow(async (url: string) => {
  const net = await import("../common/net.ts");
  const target = net.joinUrl(url, "events");
  return await net.postJson(target, { ok: true }); // expect: WAC101
});
