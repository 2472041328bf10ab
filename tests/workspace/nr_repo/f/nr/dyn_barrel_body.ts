import { workflow } from "windmill-client";

export const main = workflow(async (url: string) => {
  const { postEvent } = await import("/f/lib/barrel_top.ts");
  await postEvent(url, { kind: "start" }); // expect: WAC101
  return url;
});
