import { step, workflow } from "windmill-client";

export const main = workflow(async (url: string) => {
  const net = await import("../common/net.ts");
  const { postJson: send, joinUrl } = await import("/f/common/net.ts");
  const target = joinUrl(net.joinUrl(url, "a"), "b");
  return await step("send", () => send(target, { ok: true }));
});
