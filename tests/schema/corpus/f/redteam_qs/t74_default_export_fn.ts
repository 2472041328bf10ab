export default async function main(a: string, b = 2) {
  return a;
}
