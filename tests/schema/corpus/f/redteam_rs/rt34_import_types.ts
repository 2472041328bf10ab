import type { Foo } from "./foo";
import { type Bar } from "./bar";
import * as lib from "./lib";

export async function main(
  foo: Foo,
  bar: Bar,
  baz: lib.Baz,
  qux: import("./qux").Qux,
  s: typeof import("./s"),
) {
  return foo;
}
