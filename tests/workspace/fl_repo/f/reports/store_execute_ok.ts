import { workflow } from "windmill-client";
import { db } from "../common/store.ts";

export const main = workflow(async (sql: string) => {
  // `execute` is the workspace's own method, which does nothing outside
  return db.execute(sql);
});
