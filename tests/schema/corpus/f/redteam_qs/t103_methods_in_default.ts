export async function main(a = { get x() { return 1; } }, b = { f() { return 2; } }, c = () => 1, d = /re/g) {
  return a;
}
