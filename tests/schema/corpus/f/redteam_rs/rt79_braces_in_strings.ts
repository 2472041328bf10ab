export async function main(a = "{", b = "}", c = ["]"], d = { "}": "{" }, e: string = "=>") {
  return a;
}
