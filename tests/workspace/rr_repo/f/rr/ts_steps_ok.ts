import { workflow } from "windmill-client";

import { once } from "/f/common/ts_steps.ts";

export const main = workflow(async (url: string) => {
  const page = await once("fetch_page", async () => (await fetch(url)).text());
  return page.length;
});
