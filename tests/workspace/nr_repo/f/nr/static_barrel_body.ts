import { workflow } from "windmill-client";
import { Api } from "/f/lib/static_barrel.ts";

export const main = workflow(async (base: string) => {
  const url = Api.path(base, "events");
  return await Api.post(url, { at: "start" }); // expect: WAC101
});
