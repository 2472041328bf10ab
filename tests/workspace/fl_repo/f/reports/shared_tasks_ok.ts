import { workflow } from "windmill-client";
import { fetchOrg, fetchUser } from "../common/wrap.ts";

export const main = workflow(async (id: string) => {
  return [await fetchUser(id), await fetchOrg(id)];
});
