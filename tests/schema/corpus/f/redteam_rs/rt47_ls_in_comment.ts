export async function main(a = 1, // comment  b = 2
) {
  return a;
}
