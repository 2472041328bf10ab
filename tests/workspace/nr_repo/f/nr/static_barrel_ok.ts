import { task, workflow } from "windmill-client";
import { Api } from "/f/lib/static_barrel.ts";

const post = task(async (url: string) => Api.post(url, { at: "start" }));

export const main = workflow(async (base: string) => {
  return await post(Api.path(base, "events"));
});
