/** validate: draft -> Article. Every zod issue becomes a problem naming the field. */
import { articleSchema, type Article, type Problem } from "../model/article.ts";

export function validate(draft: unknown): { article: Article | null; problems: Problem[] } {
  const parsed = articleSchema.safeParse(draft);
  if (parsed.success) return { article: parsed.data, problems: [] };
  return {
    article: null,
    problems: parsed.error.issues.map((issue) => ({
      severity: "error" as const,
      field: issue.path.join(".") || "article",
      message: `${issue.path.join(".") || "article"}: ${issue.message}`,
    })),
  };
}
