import slug from "../shared/slug.ts";
import { task, workflow } from "windmill-client";

const createProduct = task(async (handle: string, title: string) => ({ handle, title }));

export const main = workflow(async (title: string) => {
  return await createProduct(slug(title), title);
});
