// ISO 3166-1 alpha-2 codes, validated and named from a maintained data set rather than a hand list.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** "AZ" → "Azerbaijan"; the code itself when unknown. */
export function countryName(code: string): string {
  return countries.getName(code, "en", { select: "official" }) ?? code;
}

/** "az, CN;tr" → ["AZ", "CN", "TR"] (order kept, duplicates dropped). Validity is checked separately. */
export function splitCountryCodes(input: string): string[] {
  const codes = input
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)];
}
