-- PATCH /api/{user_id}/tasks/{id}/complete at its best: one UPDATE that flips the flag and
-- returns the row (a random seeded task).
\set n random(1, :tasks)
UPDATE "tasks" t SET "completed" = NOT t."completed", "updated_at" = clock_timestamp()
FROM bench_tasks b
WHERE b.n = :n AND t."id" = b.id AND t."user_id" = b.user_id
RETURNING t."id", t."user_id", t."title", t."description", t."completed", t."created_at", t."updated_at";
