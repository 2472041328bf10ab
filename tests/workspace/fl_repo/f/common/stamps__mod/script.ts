import { format } from "./format.ts";

export function stampNow(): string {
  return format(Date.now());
}

export async function main() {
  return stampNow();
}
