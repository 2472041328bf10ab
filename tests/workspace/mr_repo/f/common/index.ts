export { postJson as send, joinUrl } from "./net.ts";
export { default as notify } from "./notify.ts";
export * as vars from "./store.ts";

export async function main() {
  return "index";
}
