-- GET /api/{user_id}/tasks?limit=50 at its best: the 50 newest of a random seeded user's tasks,
-- and their count, in one statement (the user found by a random number in bench_users).
\set n random(1, :users)
SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", count(*) OVER () AS "total"
FROM "tasks"
WHERE "user_id" = (SELECT id FROM bench_users WHERE n = :n)
ORDER BY "created_at" DESC, "id" DESC
LIMIT 50 OFFSET 0;
