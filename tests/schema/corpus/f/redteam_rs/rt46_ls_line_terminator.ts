export async function main(a = 1, b = "after LS") {
  return a;
}
