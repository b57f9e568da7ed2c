import { describe, it, expect } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("turns the seed headline into its public URL slug", () => {
    expect(slugify("Azerbaijan and China raise relations to strategic partnership")).toBe(
      "azerbaijan-and-china-raise-relations-to-strategic-partnership",
    );
  });

  it("strips accents rather than dropping the letters", () => {
    expect(slugify("Türkiye and Côte d’Ivoire sign accord")).toBe("turkiye-and-cote-divoire-sign-accord");
    expect(slugify("Ministère des Affaires étrangères")).toBe("ministere-des-affaires-etrangeres");
    expect(slugify("São Paulo")).toBe("sao-paulo");
  });

  it("drops straight and curly apostrophes instead of splitting the word", () => {
    expect(slugify("People's Republic of China")).toBe("peoples-republic-of-china");
    expect(slugify("People’s Republic of China")).toBe("peoples-republic-of-china");
  });

  it("collapses punctuation and spaces into single hyphens, none at the ends", () => {
    expect(slugify("  Azerbaijan & China: a new era!  ")).toBe("azerbaijan-china-a-new-era");
    expect(slugify('"Belt and Road" -- (2024) / update?')).toBe("belt-and-road-2024-update");
    expect(slugify("China-Europe Railway Express")).toBe("china-europe-railway-express");
  });

  it("is ASCII lower-case letters, digits and single inner hyphens only", () => {
    const slug = slugify("Ünïcödé — HEADLINE №1: 100% «quoted» & more…");
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("keeps digits", () => {
    expect(slugify("G20 summit 2024")).toBe("g20-summit-2024");
  });

  it("falls back to 'release' when nothing usable is left", () => {
    expect(slugify("")).toBe("release");
    expect(slugify("   ")).toBe("release");
    expect(slugify("!!! ??? ...")).toBe("release");
    expect(slugify("北京")).toBe("release");
  });

  it("leaves a headline of exactly 80 slug characters whole", () => {
    const headline = `${"a".repeat(39)} ${"b".repeat(40)}`; // 39 + 1 + 40 = 80
    expect(slugify(headline)).toBe(`${"a".repeat(39)}-${"b".repeat(40)}`);
  });

  it("cuts a long headline at a word boundary, at most 80 characters", () => {
    const headline =
      "Memorandum of Understanding on the development of Trans-Caspian International Transport Routes for the China-Europe Railway Express";
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe("memorandum-of-understanding-on-the-development-of-trans-caspian-international");
    // Every word kept is whole: the slug is a prefix of the full slug ending at a hyphen.
    const full =
      "memorandum-of-understanding-on-the-development-of-trans-caspian-international-transport-routes-for-the-china-europe-railway-express";
    expect(full.startsWith(`${slug}-`)).toBe(true);
  });

  it("never ends a cut slug with a hyphen", () => {
    for (let n = 60; n <= 120; n++) {
      const slug = slugify(`word ${"x".repeat((n % 7) + 1)} `.repeat(30).slice(0, n + 40));
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(slug).not.toMatch(/-$/);
      expect(slug).not.toMatch(/^-/);
    }
  });

  it("hard-cuts a single giant word at 80 characters", () => {
    expect(slugify("x".repeat(200))).toBe("x".repeat(80));
  });
});

describe("uniqueSlug", () => {
  it("keeps the base when it is free", () => {
    expect(uniqueSlug("summit", new Set())).toBe("summit");
    expect(uniqueSlug("summit", new Set(["summit-2", "other"]))).toBe("summit");
  });

  it("adds -2 for the second release with the same headline", () => {
    expect(uniqueSlug("summit", new Set(["summit"]))).toBe("summit-2");
  });

  it("takes the first free number", () => {
    expect(uniqueSlug("summit", new Set(["summit", "summit-2", "summit-3"]))).toBe("summit-4");
    expect(uniqueSlug("summit", new Set(["summit", "summit-3"]))).toBe("summit-2");
  });

  it("is not confused by slugs that merely share a prefix", () => {
    expect(uniqueSlug("summit", new Set(["summit-talks", "summits"]))).toBe("summit");
  });
});
