import { describe, expect, it } from "vitest";
import { actingCountries, countryOfCapital, findCountryMentions, preferredCountryName, withArticle } from "./countries";

describe("countries", () => {
  it("maps names, formal names and adjectives to ISO codes", () => {
    const text =
      "The People's Republic of China and Azerbaijani officials met Turkish, Georgian and Kazakh delegations.";
    expect(actingCountries(text)).toEqual(["CN", "AZ", "TR", "GE", "KZ"]);
  });

  it("covers at least sixty countries", async () => {
    const { COUNTRIES } = await import("./countries");
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
  });

  it("does not count a country inside another proper name", () => {
    expect(actingCountries("Azerbaijan Airlines opened a route to Tokyo.")).toEqual([]);
    expect(actingCountries("The Azerbaijan-China partnership grows.")).toEqual(["AZ", "CN"]);
    expect(actingCountries("Italy's Adriatica Energia signed.")).toEqual(["IT"]);
  });

  it("is case-sensitive: porcelain and birds are not countries", () => {
    expect(actingCountries("They served turkey on fine china.")).toEqual([]);
  });

  it("does not read Latin America as the United States", () => {
    expect(actingCountries("Exports to Latin America rose.")).toEqual([]);
    expect(actingCountries("American investors arrived.")).toEqual(["US"]);
  });

  it("uses the formal name the text writes", () => {
    const text = "Azerbaijan and the Republic of Azerbaijan's partner China.";
    const mentions = findCountryMentions(text);
    expect(preferredCountryName("AZ", mentions)).toBe("Republic of Azerbaijan");
    expect(preferredCountryName("CN", mentions)).toBe("China");
    expect(withArticle("Republic of Korea")).toBe("the Republic of Korea");
    expect(withArticle("Georgia")).toBe("Georgia");
  });

  it("knows the smaller states too, but not a first name that is also a country's", () => {
    expect(actingCountries("Fiji, Jamaica and the Republic of Mauritius met in Apia.")).toEqual(["FJ", "JM", "MU"]);
    expect(actingCountries("Chad Miller, chief executive of Ovel, spoke.")).toEqual([]);
    expect(actingCountries("The Chadian delegation arrived.")).toEqual(["TD"]);
    expect(preferredCountryName("TD", [])).toBe("Republic of Chad");
    expect(countryOfCapital("Port Louis")).toBe("MU");
  });

  it("knows capitals", () => {
    expect(countryOfCapital("Baku")).toBe("AZ");
    expect(countryOfCapital("Springfield")).toBeNull();
  });
});
