import { workflow } from "windmill-client";
import { getUser } from "../common/wrap.ts";

export const main = workflow(async (id: string) => {
  return await getUser(id); // expect: WAC101
});
