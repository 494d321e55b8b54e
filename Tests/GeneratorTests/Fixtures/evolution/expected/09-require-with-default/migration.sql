-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0007:
--   change default of owners.email
--   forbid null in owners.email (existing nulls get the default)
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

ALTER TABLE "owners" ALTER COLUMN "email" SET DEFAULT 'unknown@example.com';

UPDATE "owners" SET "email" = 'unknown@example.com' WHERE "email" IS NULL;

ALTER TABLE "owners" ALTER COLUMN "email" SET NOT NULL;
