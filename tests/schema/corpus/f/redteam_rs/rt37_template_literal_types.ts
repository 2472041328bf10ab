type Prefixed = `pre_${string}`;
type Sizes = `${"s" | "m"}-${"x" | "y"}`;

export async function main(p: Prefixed = "pre_a", s: Sizes, u: Uppercase<"a">) {
  return p;
}
