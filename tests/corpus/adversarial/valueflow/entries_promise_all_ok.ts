// SDK: windmill-client 1.818.0 client.mjs: thenables built in an Object.entries(...).map and awaited with Promise.all are one parallel round, all consumed.
import { task, workflow } from "windmill-client";

const resizeTo = task(async (image: string, width: number) => `${image}?w=${width}`);

export const main = workflow(async (image: string, sizes: { small: number; medium: number; large: number }) => {
  const variants = await Promise.all(
    Object.entries(sizes).map(async ([label, width]) => [label, await resizeTo(image, width)] as const),
  );
  return Object.fromEntries(variants);
});
