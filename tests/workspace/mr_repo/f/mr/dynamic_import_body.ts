import { workflow } from "windmill-client";

export const main = workflow(async (url: string) => {
  const { postJson } = await import("/f/common/net.ts");
  return await postJson(url, { ok: true }); // expect: WAC101
});
