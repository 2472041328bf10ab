import { workflow } from "windmill-client";
import { db } from "../common/store.ts";

export const main = workflow(async () => {
  return await db.query("select 1"); // expect: WAC101
});
