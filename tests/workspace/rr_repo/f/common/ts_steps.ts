import { step } from "windmill-client";

export async function once<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return await step(name, fn);
}
