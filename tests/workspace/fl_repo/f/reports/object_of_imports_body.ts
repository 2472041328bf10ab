import { workflow } from "windmill-client";
import { http } from "../common/http_api.ts";

export const main = workflow(async (id: string) => {
  const user = await http.getUser(id); // expect: WAC101
  return { user, at: http.time() }; // expect: WAC102
});
