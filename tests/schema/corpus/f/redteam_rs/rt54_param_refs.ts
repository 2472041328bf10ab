export async function main(a = 1, b = a, c = a + 1, d = [a], e = `${a}`) {
  return a;
}
