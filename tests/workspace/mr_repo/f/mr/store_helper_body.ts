import { workflow } from "windmill-client";
import * as store from "../common/store.ts";

export const main = workflow(async (key: string) => {
  const value = store.label(key);
  await store.remember(key, value); // expect: WAC101
  return value;
});
