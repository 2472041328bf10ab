export async function main(
  v: { kind: "a"; a: string } | { kind: "b"; b: number },
) {
  return v;
}
