// one import for the workspace's helpers
export * as tools from "./tools.ts";
export { default as clock } from "./clock.ts";

export async function main() {
  return "barrel";
}
