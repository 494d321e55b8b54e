-- Generated from spec/notes.yaml by `swift run generate` — do not edit.
-- Migration 0003:
--   add value blue to enum color
--   change type of notes.title from character varying(100) to character varying(200)
--   rename column notes.body to content
--   drop foreign key notes_owner_id_fkey
--   add foreign key notes_owner_id_fkey (on delete cascade)
--   add index notes_owner_id_idx
-- Applied in one transaction by the server at start-up, or by its `migrate` subcommand.

ALTER TYPE "color" ADD VALUE 'blue';

ALTER TABLE "notes" ALTER COLUMN "title" TYPE character varying(200);

ALTER TABLE "notes" RENAME COLUMN "body" TO "content";

ALTER TABLE "notes" DROP CONSTRAINT "notes_owner_id_fkey";

ALTER TABLE "notes" ADD CONSTRAINT "notes_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "owners" ("id") ON DELETE CASCADE;

CREATE INDEX "notes_owner_id_idx" ON "notes" ("owner_id");
