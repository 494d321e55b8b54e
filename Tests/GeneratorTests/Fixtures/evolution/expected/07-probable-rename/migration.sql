-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0005:
--   add column notes.hidden_at
--   DESTRUCTIVE: drop column notes.archived_at
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

ALTER TABLE "notes" ADD COLUMN "hidden_at" timestamp with time zone;

-- DESTRUCTIVE (acknowledged: drop column notes.archived_at): its values are deleted

ALTER TABLE "notes" DROP COLUMN "archived_at";
