export async function main(
  name: string,
  verbose? /* prints more */,
  data?  // optional, untyped
) {
  return name;
}
