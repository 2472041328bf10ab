// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; neverthrow's `ok` / `err` / `Result.combine` here only validate the input in memory, and every task call is awaited outside them
import { task, workflow } from "windmill-client";
import { err, ok, Result } from "neverthrow";

type Ingredient = { sku: string; grams: number };
type RecipeError = { field: string; reason: string };

function checkIngredient(i: Ingredient): Result<Ingredient, RecipeError> {
  if (!/^[A-Z]{3}-\d{4}$/.test(i.sku)) return err({ field: i.sku, reason: "bad sku" });
  if (i.grams <= 0 || i.grams > 5000) return err({ field: i.sku, reason: "grams out of range" });
  return ok(i);
}

function checkRecipe(name: string, items: Ingredient[]): Result<{ name: string; items: Ingredient[] }, RecipeError> {
  if (name.trim().length < 3) return err({ field: "name", reason: "too short" });
  return Result.combine(items.map(checkIngredient)).map((checked) => ({ name: name.trim(), items: checked }));
}

const saveRecipe = task(async function saveRecipe(name: string, items: Ingredient[]) {
  const r = await fetch("https://plan.leafhouse.example/api/recipes", {
    method: "POST",
    body: JSON.stringify({ name, items }),
  });
  return (await r.json()) as { recipeId: string };
});

export const main = workflow(async (name: string, items: Ingredient[]) => {
  const checked = checkRecipe(name, items);
  if (checked.isErr()) {
    return { saved: false, error: checked.error };
  }
  const saved = await saveRecipe(checked.value.name, checked.value.items);
  return { saved: true, recipeId: saved.recipeId };
});
