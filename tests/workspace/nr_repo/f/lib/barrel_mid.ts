export * from "./net_impl.ts";

export async function main() {
  return "mid";
}
