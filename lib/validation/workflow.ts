// Inputs of the workflow steps (reject, schedule, withdraw, force-publish), shared by their actions.
import { z } from "zod";
import { zonedToInstant } from "../domain/dateline";

const reason = (label: string) =>
  z.string().trim().min(1, `${label} is required`).max(2_000, `${label} must be at most 2,000 characters`);

export const remarkSchema = z.object({ remark: reason("Remark") });
export const reasonSchema = z.object({ reason: reason("Reason") });

export const scheduleSchema = z
  .object({
    publishDate: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as YYYY-MM-DD")
      .max(10, "Enter the date as YYYY-MM-DD"),
    publishTime: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the time as HH:MM (24-hour)")
      .max(5, "Enter the time as HH:MM (24-hour)"),
    publishZone: z
      .string()
      .trim()
      .min(1, "Enter a UTC offset such as +04:00 or a zone such as Asia/Baku")
      .max(64, "Enter a UTC offset such as +04:00 or a zone such as Asia/Baku (at most 64 characters)"),
  })
  .transform((v, ctx) => {
    const publishAt = zonedToInstant(v.publishDate, v.publishTime, v.publishZone);
    if (!publishAt) {
      ctx.addIssue({
        code: "custom",
        path: ["publishZone"],
        message: "Enter a UTC offset from -12:00 to +14:00 (e.g. +04:00) or a zone such as Asia/Baku, and a real date",
      });
      return z.NEVER;
    }
    return { publishAt, publishZone: v.publishZone };
  });

export type WorkflowActionState =
  | { status: "idle" }
  | {
      status: "error" | "conflict" | "invalid";
      message: string;
      fieldErrors?: Record<string, string>;
      values?: Record<string, string>;
    };
