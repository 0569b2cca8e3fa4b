/**
 * The keeper's site settings (`config/site.yaml`): title, description, public address, page
 * size and home country. Edited without touching src/; a missing file means the defaults.
 */
import { inPackage } from "../package-root.ts";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { readYamlFile } from "./yaml-file.ts";

export const siteSettingsSchema = z
  .object({
    title: z.string().trim().min(1, "must not be empty").default("실록 뉴스 아카이브"),
    description: z.string().trim().default("한국 뉴스 기사 기록 보관소"),
    /** Public address without the path prefix, e.g. https://news.example.org; feeds and the sitemap need it. */
    url: z
      .url({ protocol: /^https?$/, message: "must be an http(s) address such as https://news.example.org" })
      .transform((url) => url.replace(/\/+$/, ""))
      .nullable()
      .default(null),
    pageSize: z.int("must be a whole number").min(5, "must be at least 5").max(200, "must be at most 200").default(20),
    /** ISO code of the archive's home country: left out of the map's colour scale and listed apart. */
    homeCountry: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as "KR"')
      .transform((code) => code.toUpperCase())
      .nullable()
      .default("KR"),
  })
  .strict();
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** Reads `config/site.yaml` (or `path`); an empty or absent default file gives the defaults. */
export function loadSiteSettings(path?: string): SiteSettings {
  const file = path ?? defaultSiteSettingsPath();
  if (!path && !existsSync(file)) return siteSettingsSchema.parse({});
  const { data } = readYamlFile(file, siteSettingsSchema.nullable().transform((value) => value ?? siteSettingsSchema.parse({})), "site settings file");
  return data;
}

/** `config/site.yaml` in the working folder, else the one shipped with sillok. */
export function defaultSiteSettingsPath(): string {
  const local = resolve(process.cwd(), "config/site.yaml");
  return existsSync(local) ? local : inPackage("config", "site.yaml");
}
