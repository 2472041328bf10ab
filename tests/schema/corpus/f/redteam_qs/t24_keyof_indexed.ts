interface User {
  id: string;
  role: "admin" | "user";
  age: number;
}

export async function main(field: keyof User, role: User["role"], id: User["id"], ages: User["age"][]) {
  return field;
}
