async function main(a: string = "late export", b?: number) {
  return a;
}

export { main };
