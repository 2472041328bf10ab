import data from "./x.json" with { type: "json" };
const x = { a: 1 } satisfies object;
enum E { A = "a" }
await Promise.resolve();
export async function main(a: string) {
  return a?.length ?? /re+/g;
}
