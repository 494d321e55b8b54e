-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0002:
--   create enum color
--   add column notes.color
--   add column notes.archived_at
--   add unique constraint notes_owner_id_title_key
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

CREATE TYPE "color" AS ENUM ('red', 'green');

ALTER TABLE "notes" ADD COLUMN "color" "color" NOT NULL DEFAULT 'red'::"color";

ALTER TABLE "notes" ADD COLUMN "archived_at" timestamp with time zone;

ALTER TABLE "notes" ADD CONSTRAINT "notes_owner_id_title_key" UNIQUE ("owner_id", "title");
