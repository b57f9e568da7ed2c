// Mirrors the AgreementType enum in prisma/schema.prisma; kept here so client code and pure domain
// code can use it without importing Prisma.
export const AGREEMENT_TYPES = [
  "JOINT_DECLARATION",
  "MEMORANDUM_OF_UNDERSTANDING",
  "AGREEMENT",
  "TREATY",
  "CONTRACT",
  "PROTOCOL",
  "OTHER",
] as const;

export type AgreementTypeValue = (typeof AGREEMENT_TYPES)[number];

export const AGREEMENT_TYPE_LABELS: Record<AgreementTypeValue, string> = {
  JOINT_DECLARATION: "Joint Declaration",
  MEMORANDUM_OF_UNDERSTANDING: "Memorandum of Understanding",
  AGREEMENT: "Agreement",
  TREATY: "Treaty",
  CONTRACT: "Contract",
  PROTOCOL: "Protocol",
  OTHER: "Other",
};
