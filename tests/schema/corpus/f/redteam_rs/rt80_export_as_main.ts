async function run(a: string, b = 2) {
  return a;
}
export { run as main };
