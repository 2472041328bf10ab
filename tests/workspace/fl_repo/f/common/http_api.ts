import { stamp } from "./clock.ts";
import { getUser } from "./wrap.ts";

// the workspace's helpers gathered in one object
export const http = { getUser, time: stamp };

export async function main() {
  return Object.keys(http);
}
