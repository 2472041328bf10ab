export async function main() {
  return "Hello world";
}
