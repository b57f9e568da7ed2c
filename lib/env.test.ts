import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

const base = { DATABASE_URL: "postgresql://app@db.example.org:5432/pressroom" };

describe("DATABASE_REPLICA_URL", () => {
  it("is a list: unset or empty means no replicas, commas separate several", () => {
    expect(loadEnv(base).DATABASE_REPLICA_URL).toEqual([]);
    expect(loadEnv({ ...base, DATABASE_REPLICA_URL: "" }).DATABASE_REPLICA_URL).toEqual([]);
    expect(
      loadEnv({
        ...base,
        DATABASE_REPLICA_URL: "postgresql://app@replica-1:5432/pressroom, postgres://app@replica-2/pressroom",
      }).DATABASE_REPLICA_URL,
    ).toEqual(["postgresql://app@replica-1:5432/pressroom", "postgres://app@replica-2/pressroom"]);
  });

  it("refuses what is not a PostgreSQL URL, naming the variable", () => {
    expect(() => loadEnv({ ...base, DATABASE_REPLICA_URL: "postgresql://ok/db,mysql://replica/db" })).toThrow(
      /DATABASE_REPLICA_URL\.1: each of the comma-separated DATABASE_REPLICA_URL entries must be a postgresql:\/\/ URL/,
    );
  });

  it("cannot be used with the embedded database", () => {
    expect(() => loadEnv({ ...base, EMBEDDED_DATABASE: "1", DATABASE_REPLICA_URL: "postgresql://replica/db" })).toThrow(
      /embedded database has no replicas/,
    );
  });
});
