-- GET /api/{user_id}/tasks?limit=50 at its best as the data grows: the 50 newest of a random
-- seeded user's tasks, then their count, as two statements (bench/list-scale.sh's ceiling P).
\set n random(1, :users)
SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at"
FROM "tasks"
WHERE "user_id" = (SELECT id FROM bench_users WHERE n = :n)
ORDER BY "created_at" DESC, "id" DESC
LIMIT 50 OFFSET 0;
SELECT count(*) FROM "tasks" WHERE "user_id" = (SELECT id FROM bench_users WHERE n = :n);
