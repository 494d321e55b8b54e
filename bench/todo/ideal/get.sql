-- GET /api/{user_id}/tasks/{id} at its best: one row by its key and owner (a random seeded task).
\set n random(1, :tasks)
SELECT t."id", t."user_id", t."title", t."description", t."completed", t."created_at", t."updated_at"
FROM "tasks" t JOIN bench_tasks b ON t."id" = b.id AND t."user_id" = b.user_id
WHERE b.n = :n;
