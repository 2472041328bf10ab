export async function main(a = "\101") {
  return a;
}
