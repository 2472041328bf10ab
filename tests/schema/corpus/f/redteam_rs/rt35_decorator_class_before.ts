function sealed(c: any) {
  return c;
}

@sealed
class Thing {
  x = 1;
}

export async function main(a: string = "after decorated class") {
  return new Thing();
}
