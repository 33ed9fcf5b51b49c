/* The store through its public interface (lc_store_open + the ops table):
 * the SQLite dialect on a temporary database file, or — when LC_TEST_PG_URL
 * names a PostgreSQL server (tests/postgres/with_postgres.sh) — the
 * PostgreSQL dialect on a database of its own per test. The same tests run
 * on both; the few that look at one engine's catalog say which. */
#include "store/store.h"
#include <criterion/criterion.h>

#include <libpq-fe.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];
static char dbpath[128];
static char url[512];   /* what the store is opened with */
static char pgdb[64];   /* PostgreSQL: this test's database */
static const char *pg_base; /* LC_TEST_PG_URL, or NULL for SQLite */
static lc_store *st;

#define DAY_MS (86400LL * 1000)

static void rm_db_files(void)
{
    char p[160];
    static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        snprintf(p, sizeof p, "%s%s", dbpath, suffixes[i]);
        unlink(p);
    }
    snprintf(p, sizeof p, "%s/other.db", dir);
    unlink(p);
}

/* Runs sql on database db of the PostgreSQL server; the first row's first
 * value (malloc'd, or NULL). */
static char *pg_admin(const char *db, const char *sql)
{
    char u[512];
    snprintf(u, sizeof u, "%s%s", pg_base, db);
    PGconn *c = PQconnectdb(u);
    cr_assert_eq(PQstatus(c), CONNECTION_OK, "%s", PQerrorMessage(c));
    PGresult *r = PQexec(c, sql);
    ExecStatusType t = PQresultStatus(r);
    cr_assert(t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK, "%s: %s", sql, PQerrorMessage(c));
    char *v = t == PGRES_TUPLES_OK && PQntuples(r) > 0 ? strdup(PQgetvalue(r, 0, 0)) : NULL;
    PQclear(r);
    PQfinish(c);
    return v;
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/lc-store-test-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    snprintf(dbpath, sizeof dbpath, "%s/test.db", dir);
    pg_base = getenv("LC_TEST_PG_URL");
    if (pg_base && *pg_base) {
        static int seq;
        snprintf(pgdb, sizeof pgdb, "lc_test_%d_%d", (int)getpid(), seq++);
        char sql[128];
        snprintf(sql, sizeof sql, "CREATE DATABASE %s", pgdb);
        free(pg_admin("postgres", sql));
        snprintf(url, sizeof url, "%s%s", pg_base, pgdb);
    } else {
        pg_base = NULL;
        snprintf(url, sizeof url, "sqlite:%s", dbpath);
    }
    lc_err e = {0};
    cr_assert_eq(lc_store_open(url, &st, &e), LC_OK, "%s", e.msg);
}

static void teardown(void)
{
    lc_store_close(st);
    st = NULL;
    if (pg_base) {
        char sql[128];
        snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", pgdb);
        free(pg_admin("postgres", sql));
    }
    rm_db_files();
    char p[160];
    snprintf(p, sizeof p, "%s/test.db-wal", dir);
    unlink(p);
    rmdir(dir);
}

TestSuite(store, .init = setup, .fini = teardown);

/* ---- helpers ------------------------------------------------------------------------------ */

static int64_t mk_user(const char *name, const char *email)
{
    lc_user u = {.username = (char *)name, .email = (char *)email, .password_hash = "$argon2id$x"};
    int64_t id = 0;
    lc_err e = {0};
    cr_assert_eq(st->ops->user_create(st, &u, &id, &e), LC_OK, "%s", e.msg);
    cr_assert_gt(id, 0);
    return id;
}

static int64_t put_problem(const char *slug, const char *difficulty, const char *tags,
                           const char *hash, bool *changed)
{
    lc_problem p = {.slug = (char *)slug,
                    .title = (char *)slug,
                    .difficulty = (char *)difficulty,
                    .tags_json = (char *)tags,
                    .statement = "Do it.",
                    .package_hash = (char *)hash};
    lc_pkg_file f[] = {{.path = "problem.yaml", .data = "name: x\n", .len = 8}};
    int64_t id = 0;
    bool ch = false;
    lc_err e = {0};
    cr_assert_eq(st->ops->problem_put(st, &p, f, 1, &id, &ch, &e), LC_OK, "%s", e.msg);
    if (changed)
        *changed = ch;
    return id;
}

static int64_t mk_problem(const char *slug, const char *difficulty)
{
    return put_problem(slug, difficulty, "[]", "h1", NULL);
}

static void mk_sub_mode(const char *id, int64_t uid, int64_t pid, const char *lang,
                        const char *mode, int64_t created_at)
{
    lc_submission s = {.user_id = uid,
                       .problem_id = pid,
                       .language = (char *)lang,
                       .code = "int main(){}",
                       .mode = (char *)mode,
                       .created_at = created_at};
    snprintf(s.id, sizeof s.id, "%s", id);
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_create(st, &s, &e), LC_OK, "%s", e.msg);
}

static void mk_sub(const char *id, int64_t uid, int64_t pid, int64_t created_at)
{
    mk_sub_mode(id, uid, pid, "cpp", "submit", created_at);
}

static bool finish(const char *id, const char *status, const char *result, double runtime,
                   int64_t memory)
{
    lc_submission r = {.status = (char *)status,
                       .result = (char *)result,
                       .runtime = runtime,
                       .memory = memory,
                       .passed = 3,
                       .total = 3,
                       .details_json = "{\"tests\":[]}"};
    snprintf(r.id, sizeof r.id, "%s", id);
    bool applied = false;
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_finish(st, &r, &applied, &e), LC_OK, "%s", e.msg);
    return applied;
}

static void accept(const char *id, double runtime, int64_t memory)
{
    cr_assert(finish(id, "success", "Accepted", runtime, memory));
}

static lc_problem get_problem(const char *key, bool include_deleted, lc_code want)
{
    lc_problem p = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->problem_get(st, key, include_deleted, &p, &e), want, "%s: %s", key,
                 e.msg);
    return p;
}

static lc_list list_problems(lc_problem_filter f)
{
    lc_list l = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->problem_list(st, &f, &l, &e), LC_OK, "%s", e.msg);
    return l;
}

static lc_list list_subs(lc_sub_by by, int64_t uid, int64_t pid, int64_t page, int64_t limit)
{
    lc_list l = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_list(st, by, uid, pid, page, limit, &l, &e), LC_OK, "%s",
                 e.msg);
    return l;
}

static const char *sub_id(const lc_list *l, size_t i)
{
    return ((const lc_submission *)l->items)[i].id;
}

/* ---- open --------------------------------------------------------------------------------- */

Test(store, open_sets_schema_version_wal_and_foreign_keys)
{
    if (pg_base) {
        char *v = pg_admin(pgdb, "SELECT version FROM litecode_schema");
        cr_assert_str_eq(v, "1");
        free(v);
        v = pg_admin(pgdb, "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'submissions_by_%'");
        cr_assert_str_eq(v, "3");
        free(v);
    } else {
        sqlite3 *db;
        cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
        sqlite3_stmt *q;
        cr_assert_eq(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &q, NULL), SQLITE_OK);
        cr_assert_eq(sqlite3_step(q), SQLITE_ROW);
        cr_assert_eq(sqlite3_column_int(q, 0), 1);
        sqlite3_finalize(q);
        cr_assert_eq(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &q, NULL), SQLITE_OK);
        cr_assert_eq(sqlite3_step(q), SQLITE_ROW);
        cr_assert_str_eq((const char *)sqlite3_column_text(q, 0), "wal");
        sqlite3_finalize(q);
        cr_assert_eq(sqlite3_prepare_v2(db,
                                         "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                         " AND name LIKE 'submissions_by_%'",
                                         -1, &q, NULL),
                     SQLITE_OK);
        cr_assert_eq(sqlite3_step(q), SQLITE_ROW);
        cr_assert_eq(sqlite3_column_int(q, 0), 3);
        sqlite3_finalize(q);
        sqlite3_close(db);
    }

    /* Foreign keys are on: a submission for a user that does not exist is refused. */
    int64_t pid = mk_problem("fk", "easy");
    lc_submission s = {.user_id = 999, .problem_id = pid, .language = "c", .code = "x"};
    snprintf(s.id, sizeof s.id, "fk-1");
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_create(st, &s, &e), LC_ERR_NOTFOUND);
}

Test(store, open_accepts_bare_db_path_and_reopens_with_data)
{
    mk_user("alice", "alice@example.com");
    lc_store_close(st);
    st = NULL;
    lc_err e = {0};
    /* SQLite: a bare path ending in .db */
    cr_assert_eq(lc_store_open(pg_base ? url : dbpath, &st, &e), LC_OK, "%s", e.msg);
    lc_user u = {0};
    cr_assert_eq(st->ops->user_find(st, "alice", &u, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(u.username, "alice");
    lc_user_free(&u);
    cr_assert_eq(st->ops->ping(st, &e), LC_OK);
}

Test(store, open_rejects_unknown_scheme_naming_it)
{
    lc_store *s2 = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_store_open("mongodb://localhost/x", &s2, &e), LC_ERR_INVALID);
    cr_assert_null(s2);
    cr_assert_not_null(strstr(e.msg, "mongodb"), "%s", e.msg);
    cr_assert_eq(lc_store_open("./no-scheme-here", &s2, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_store_open("", &s2, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_store_open("sqlite:", &s2, &e), LC_ERR_INVALID);
    cr_assert_null(s2);
}

Test(store, open_refuses_newer_schema_and_unopenable_paths)
{
    lc_store_close(st);
    st = NULL;
    if (pg_base) {
        free(pg_admin(pgdb, "UPDATE litecode_schema SET version = 99"));
    } else {
        sqlite3 *db;
        cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
        cr_assert_eq(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
        sqlite3_close(db);
    }
    lc_err e = {0};
    lc_store *s2 = NULL;
    cr_assert_eq(lc_store_open(url, &s2, &e), LC_ERR_INVALID);
    cr_assert_not_null(strstr(e.msg, "99"), "%s", e.msg);
    cr_assert_eq(lc_store_open("sqlite:/nonexistent-dir-lc/x.db", &s2, &e), LC_ERR_IO);
    cr_assert_null(s2);
    /* a server that is not there (port 1), and a bad pool size */
    cr_assert_eq(lc_store_open("postgresql://nobody@127.0.0.1:1/x", &s2, &e), LC_ERR_IO);
    cr_assert_not_null(strstr(e.msg, "PostgreSQL"), "%s", e.msg);
    cr_assert_eq(lc_store_open("postgresql://nobody@127.0.0.1:1/x?pool=0", &s2, &e),
                 LC_ERR_INVALID);
    cr_assert_null(s2);
}

/* ---- users -------------------------------------------------------------------------------- */

Test(store, user_create_get_find)
{
    int64_t id = mk_user("bob", "Bob@Example.com");
    lc_user u = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->user_get(st, id, &u, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(u.id, id);
    cr_assert_str_eq(u.username, "bob");
    cr_assert_str_eq(u.email, "Bob@Example.com");
    cr_assert_str_eq(u.password_hash, "$argon2id$x");
    cr_assert_not(u.is_admin);
    cr_assert_gt(u.created_at, 0);
    lc_user_free(&u);
    cr_assert_eq(st->ops->user_find(st, "bob@example.com", &u, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(u.id, id);
    lc_user_free(&u);
    cr_assert_eq(st->ops->user_find(st, "bob", &u, &e), LC_OK);
    cr_assert_eq(u.id, id);
    lc_user_free(&u);
}

Test(store, user_duplicates_conflict_saying_which)
{
    mk_user("carol", "carol@example.com");
    lc_err e = {0};
    int64_t id = 0;
    lc_user u = {.username = "carol", .email = "other@example.com", .password_hash = "h"};
    cr_assert_eq(st->ops->user_create(st, &u, &id, &e), LC_ERR_CONFLICT);
    cr_assert_not_null(strstr(e.msg, "username"), "%s", e.msg);
    lc_user v = {.username = "carol2", .email = "CAROL@example.COM", .password_hash = "h"};
    cr_assert_eq(st->ops->user_create(st, &v, &id, &e), LC_ERR_CONFLICT);
    cr_assert_not_null(strstr(e.msg, "email"), "%s", e.msg);
}

Test(store, users_without_email_coexist)
{
    int64_t a = mk_user("noemail1", NULL);
    int64_t b = mk_user("noemail2", "");
    cr_assert_neq(a, b);
    lc_user u = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->user_get(st, b, &u, &e), LC_OK);
    cr_assert_null(u.email);
    lc_user_free(&u);
}

Test(store, user_unknown_is_notfound)
{
    lc_user u = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->user_get(st, 42, &u, &e), LC_ERR_NOTFOUND);
    cr_assert_eq(st->ops->user_find(st, "ghost", &u, &e), LC_ERR_NOTFOUND);
    cr_assert_eq(st->ops->user_find(st, "", &u, &e), LC_ERR_NOTFOUND);
    lc_user_stats s;
    cr_assert_eq(st->ops->user_stats(st, 42, 0, &s, &e), LC_ERR_NOTFOUND);
}

Test(store, hostile_username_is_just_data)
{
    const char *evil = "'; DROP TABLE users; --";
    int64_t id = mk_user(evil, "x' OR '1'='1");
    mk_user("dave", NULL);
    lc_user u = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->user_find(st, evil, &u, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(u.id, id);
    cr_assert_str_eq(u.username, evil);
    lc_user_free(&u);
    /* An injection through the login would have matched someone. */
    cr_assert_eq(st->ops->user_find(st, "' OR 1=1 --", &u, &e), LC_ERR_NOTFOUND);
    cr_assert_eq(st->ops->user_find(st, "dave", &u, &e), LC_OK); /* the table is still there */
    lc_user_free(&u);
}

/* ---- sessions ----------------------------------------------------------------------------- */

Test(store, session_create_get_revoke)
{
    int64_t uid = mk_user("erin", NULL);
    lc_err e = {0};
    cr_assert_eq(st->ops->session_create(st, "hash-1", uid, 2000, &e), LC_OK, "%s", e.msg);
    int64_t got = 0, exp = 0;
    cr_assert_eq(st->ops->session_get(st, "hash-1", 1000, &got, &exp, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(got, uid);
    cr_assert_eq(exp, 2000);
    cr_assert_eq(st->ops->session_create(st, "hash-1", uid, 3000, &e), LC_ERR_CONFLICT);
    cr_assert_eq(st->ops->session_create(st, "hash-2", 9999, 3000, &e), LC_ERR_NOTFOUND);
    cr_assert_eq(st->ops->session_revoke(st, "hash-1", &e), LC_OK);
    cr_assert_eq(st->ops->session_get(st, "hash-1", 1000, &got, &exp, &e), LC_ERR_NOTFOUND);
    cr_assert_eq(st->ops->session_revoke(st, "hash-1", &e), LC_OK); /* idempotent */
}

Test(store, session_expires_at_its_time)
{
    int64_t uid = mk_user("frank", NULL);
    lc_err e = {0};
    cr_assert_eq(st->ops->session_create(st, "t", uid, 5000, &e), LC_OK);
    int64_t got = 0, exp = 0;
    cr_assert_eq(st->ops->session_get(st, "t", 4999, &got, &exp, &e), LC_OK);
    cr_assert_eq(st->ops->session_get(st, "t", 5000, &got, &exp, &e), LC_ERR_NOTFOUND);
    cr_assert_eq(st->ops->session_get(st, "t", 4999, &got, &exp, &e), LC_ERR_NOTFOUND,
                 "an expired session is gone for good");
    cr_assert_eq(st->ops->session_get(st, "nope", 0, &got, &exp, &e), LC_ERR_NOTFOUND);
}

/* ---- problems ----------------------------------------------------------------------------- */

Test(store, problem_put_get_by_id_or_slug)
{
    bool changed = false;
    int64_t id = put_problem("two-sum", "easy", "[\"arrays\", \"hash-table\"]", "abc", &changed);
    cr_assert(changed, "a new problem is changed");
    lc_problem p = get_problem("two-sum", false, LC_OK);
    cr_assert_eq(p.id, id);
    cr_assert_str_eq(p.title, "two-sum");
    cr_assert_str_eq(p.difficulty, "easy");
    cr_assert_str_eq(p.statement, "Do it.");
    cr_assert_str_eq(p.package_hash, "abc");
    cr_assert_null(p.function_json);
    cr_assert_eq(p.submissions, 0);
    cr_assert_not(p.deleted);
    lc_problem_free(&p);
    char key[32];
    snprintf(key, sizeof key, "%lld", (long long)id);
    p = get_problem(key, false, LC_OK);
    cr_assert_str_eq(p.slug, "two-sum");
    lc_problem_free(&p);
    snprintf(key, sizeof key, "%lldx", (long long)id);
    p = get_problem(key, false, LC_ERR_NOTFOUND); /* not all digits: a slug */
    p = get_problem("99999999999999999999999", false, LC_ERR_NOTFOUND);
    p = get_problem("", false, LC_ERR_NOTFOUND);
}

Test(store, problem_put_detects_changes_and_replaces_files)
{
    bool changed = false;
    int64_t id = put_problem("p", "medium", "[]", "h1", &changed);
    cr_assert(changed);
    int64_t id2 = put_problem("p", "hard", "[]", "h1", &changed);
    cr_assert_eq(id2, id);
    cr_assert_not(changed, "same package hash");
    lc_problem p = get_problem("p", false, LC_OK);
    cr_assert_str_eq(p.difficulty, "hard", "metadata is updated anyway");
    lc_problem_free(&p);

    lc_problem np = {.slug = "p", .title = "P", .difficulty = "hard", .package_hash = "h2"};
    char bin[] = {'a', '\0', 'b', '\xff'};
    lc_pkg_file files[] = {{.path = "data/secret/02.in", .data = bin, .len = sizeof bin},
                           {.path = "data/secret/01.in", .data = "1 2\n", .len = 4}};
    lc_err e = {0};
    cr_assert_eq(st->ops->problem_put(st, &np, files, 2, &id2, &changed, &e), LC_OK, "%s", e.msg);
    cr_assert(changed);
    lc_pkg_file *got = NULL;
    size_t n = 0;
    cr_assert_eq(st->ops->problem_files(st, id, &got, &n, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(n, 2, "problem.yaml from the first put is gone");
    cr_assert_str_eq(got[0].path, "data/secret/01.in");
    cr_assert_eq(got[0].len, 4);
    cr_assert_str_eq(got[0].data, "1 2\n");
    cr_assert_eq(got[1].len, sizeof bin);
    cr_assert_eq(memcmp(got[1].data, bin, sizeof bin), 0);
    lc_pkg_files_free(got, n);
    cr_assert_eq(st->ops->problem_files(st, 777, &got, &n, &e), LC_ERR_NOTFOUND);
}

Test(store, problem_put_rejects_bad_input_atomically)
{
    lc_err e = {0};
    int64_t id;
    bool ch;
    lc_problem bad = {.slug = "b", .title = "B", .difficulty = "impossible"};
    cr_assert_eq(st->ops->problem_put(st, &bad, NULL, 0, &id, &ch, &e), LC_ERR_INVALID);
    lc_problem badtags = {
        .slug = "b", .title = "B", .difficulty = "easy", .tags_json = "{\"a\":1}"};
    cr_assert_eq(st->ops->problem_put(st, &badtags, NULL, 0, &id, &ch, &e), LC_ERR_INVALID);
    badtags.tags_json = "[not json";
    cr_assert_eq(st->ops->problem_put(st, &badtags, NULL, 0, &id, &ch, &e), LC_ERR_INVALID);
    lc_problem dup = {.slug = "b", .title = "B", .difficulty = "easy", .package_hash = "x"};
    lc_pkg_file files[] = {{.path = "a", .data = "1", .len = 1},
                           {.path = "a", .data = "2", .len = 1}};
    cr_assert_eq(st->ops->problem_put(st, &dup, files, 2, &id, &ch, &e), LC_ERR_INVALID);
    get_problem("b", true, LC_ERR_NOTFOUND); /* rolled back: nothing half-written */
}

Test(store, soft_delete_hides_and_restore_shows)
{
    int64_t a = mk_problem("a", "easy");
    mk_problem("b", "easy");
    lc_err e = {0};
    cr_assert_eq(st->ops->problem_set_deleted(st, a, true, &e), LC_OK);
    get_problem("a", false, LC_ERR_NOTFOUND);
    lc_problem p = get_problem("a", true, LC_OK);
    cr_assert(p.deleted);
    lc_problem_free(&p);
    lc_list l = list_problems((lc_problem_filter){0});
    cr_assert_eq(l.total, 1);
    cr_assert_eq(l.n, 1);
    cr_assert_str_eq(((lc_problem *)l.items)[0].slug, "b");
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.include_deleted = true});
    cr_assert_eq(l.total, 2);
    lc_list_free_problems(&l);
    /* A re-import keeps it deleted. */
    put_problem("a", "easy", "[]", "h2", NULL);
    get_problem("a", false, LC_ERR_NOTFOUND);
    cr_assert_eq(st->ops->problem_set_deleted(st, a, false, &e), LC_OK);
    p = get_problem("a", false, LC_OK);
    cr_assert_not(p.deleted);
    lc_problem_free(&p);
    cr_assert_eq(st->ops->problem_set_deleted(st, 999, true, &e), LC_ERR_NOTFOUND);
}

Test(store, problem_list_paginates_with_totals)
{
    char slug[16];
    for (int i = 0; i < 25; i++) {
        snprintf(slug, sizeof slug, "p%02d", i);
        mk_problem(slug, "easy");
    }
    lc_list l = list_problems((lc_problem_filter){.page = 3, .limit = 10});
    cr_assert_eq(l.total, 25);
    cr_assert_eq(l.n, 5);
    cr_assert_str_eq(((lc_problem *)l.items)[0].slug, "p20", "ordered by id");
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.page = 4, .limit = 10});
    cr_assert_eq(l.total, 25);
    cr_assert_eq(l.n, 0);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.page = 0, .limit = 0}); /* defaults: page 1, 20 */
    cr_assert_eq(l.n, 20);
    cr_assert_str_eq(((lc_problem *)l.items)[0].slug, "p00");
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.page = 1, .limit = 100000}); /* clamped to 100 */
    cr_assert_eq(l.n, 25);
    lc_list_free_problems(&l);
}

Test(store, problem_list_filters_difficulty_and_tag)
{
    put_problem("a", "easy", "[\"arrays\"]", "1", NULL);
    put_problem("b", "hard", "[\"arrays\", \"dp\"]", "1", NULL);
    put_problem("c", "hard", "[\"graphs\"]", "1", NULL);
    lc_list l = list_problems((lc_problem_filter){.difficulty = "hard"});
    cr_assert_eq(l.total, 2);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.tag = "arrays"});
    cr_assert_eq(l.total, 2);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.tag = "Arrays", .difficulty = "hard"});
    cr_assert_eq(l.total, 1);
    cr_assert_str_eq(((lc_problem *)l.items)[0].slug, "b");
    lc_list_free_problems(&l);
    /* Retagging replaces the problem's tags. */
    put_problem("b", "hard", "[\"dp\"]", "1", NULL);
    l = list_problems((lc_problem_filter){.tag = "arrays"});
    cr_assert_eq(l.total, 1);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.tag = "'; DROP TABLE tags; --"});
    cr_assert_eq(l.total, 0);
    lc_list_free_problems(&l);
}

Test(store, problem_search_escapes_like_metacharacters)
{
    lc_problem p1 = {.slug = "percent", .title = "100% Sure", .difficulty = "easy"};
    lc_problem p2 = {.slug = "under_score", .title = "Plain", .difficulty = "easy"};
    lc_problem p3 = {.slug = "other", .title = "Two Sum", .difficulty = "easy"};
    lc_err e = {0};
    int64_t id;
    bool ch;
    cr_assert_eq(st->ops->problem_put(st, &p1, NULL, 0, &id, &ch, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(st->ops->problem_put(st, &p2, NULL, 0, &id, &ch, &e), LC_OK);
    cr_assert_eq(st->ops->problem_put(st, &p3, NULL, 0, &id, &ch, &e), LC_OK);
    lc_list l = list_problems((lc_problem_filter){.search = "%"});
    cr_assert_eq(l.total, 1, "%% matches only a literal percent sign");
    cr_assert_str_eq(((lc_problem *)l.items)[0].slug, "percent");
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.search = "_"});
    cr_assert_eq(l.total, 1, "_ matches only a literal underscore");
    cr_assert_str_eq(((lc_problem *)l.items)[0].slug, "under_score");
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.search = "two sUM"});
    cr_assert_eq(l.total, 1, "case-insensitive on the title");
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.search = "' OR 1=1; DROP TABLE problems; --"});
    cr_assert_eq(l.total, 0);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.search = "\\"});
    cr_assert_eq(l.total, 0);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){0});
    cr_assert_eq(l.total, 3, "the table survived");
    lc_list_free_problems(&l);
}

Test(store, problem_list_by_status_and_solved_status)
{
    int64_t u = mk_user("gina", NULL);
    int64_t solved = mk_problem("solved", "easy");
    int64_t attempted = mk_problem("attempted", "easy");
    mk_problem("todo", "easy");
    int64_t runonly = mk_problem("runonly", "easy");
    mk_sub("s1", u, solved, 1000);
    finish("s1", "success", "Wrong Answer", 0.1, 100);
    mk_sub("s2", u, solved, 2000);
    accept("s2", 0.1, 100);
    mk_sub("s3", u, attempted, 3000);
    finish("s3", "compilation_error", "Compilation Error", 0, 0);
    mk_sub_mode("r1", u, runonly, "cpp", "run", 4000); /* a run is not an attempt */

    const char *want[][2] = {{"solved", "solved"}, {"attempted", "attempted"}};
    for (size_t i = 0; i < 2; i++) {
        lc_list l = list_problems((lc_problem_filter){.user_id = u, .status = want[i][0]});
        cr_assert_eq(l.total, 1, "%s", want[i][0]);
        cr_assert_str_eq(((lc_problem *)l.items)[0].slug, want[i][1]);
        lc_list_free_problems(&l);
    }
    lc_list l = list_problems((lc_problem_filter){.user_id = u, .status = "todo"});
    cr_assert_eq(l.total, 2);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.user_id = 0, .status = "solved"});
    cr_assert_eq(l.total, 4, "status needs a user");
    lc_list_free_problems(&l);
    lc_problem_filter bad = {.user_id = u, .status = "mastered"};
    lc_err e = {0};
    cr_assert_eq(st->ops->problem_list(st, &bad, &l, &e), LC_ERR_INVALID);

    const char *s = NULL;
    cr_assert_eq(st->ops->problem_solved_status(st, u, solved, &s, &e), LC_OK);
    cr_assert_str_eq(s, "solved");
    cr_assert_eq(st->ops->problem_solved_status(st, u, attempted, &s, &e), LC_OK);
    cr_assert_str_eq(s, "attempted");
    cr_assert_eq(st->ops->problem_solved_status(st, u, runonly, &s, &e), LC_OK);
    cr_assert_str_eq(s, "todo");
}

/* ---- tags --------------------------------------------------------------------------------- */

Test(store, tags_from_problems_and_admin)
{
    put_problem("a", "easy", "[\"dp\", \"arrays\", \"dp\", \"  \", 7]", "1", NULL);
    lc_err e = {0};
    int64_t id = 0;
    cr_assert_eq(st->ops->tag_create(st, "bfs", &id, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(st->ops->tag_create(st, "BFS", &id, &e), LC_ERR_CONFLICT);
    cr_assert_eq(st->ops->tag_create(st, "dp", &id, &e), LC_ERR_CONFLICT);
    cr_assert_eq(st->ops->tag_create(st, "", &id, &e), LC_ERR_INVALID);
    char **names = NULL;
    int64_t *ids = NULL;
    size_t n = 0;
    cr_assert_eq(st->ops->tag_list(st, &names, &ids, &n, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(n, 3);
    cr_assert_str_eq(names[0], "arrays");
    cr_assert_str_eq(names[1], "bfs");
    cr_assert_str_eq(names[2], "dp");
    int64_t dp = ids[2];
    lc_tags_free(names, ids, n);
    cr_assert_eq(st->ops->tag_delete(st, dp, &e), LC_OK);
    cr_assert_eq(st->ops->tag_delete(st, dp, &e), LC_ERR_NOTFOUND);
    lc_list l = list_problems((lc_problem_filter){.tag = "dp"});
    cr_assert_eq(l.total, 0);
    lc_list_free_problems(&l);
    l = list_problems((lc_problem_filter){.tag = "arrays"});
    cr_assert_eq(l.total, 1);
    lc_list_free_problems(&l);
}

/* ---- submissions -------------------------------------------------------------------------- */

Test(store, submission_create_get_and_duplicates)
{
    int64_t u = mk_user("hank", NULL);
    int64_t p = mk_problem("p", "easy");
    lc_submission s = {.user_id = u,
                       .problem_id = p,
                       .language = "python",
                       .code = "print('\\'; DROP TABLE submissions; --')",
                       .mode = "run",
                       .input = "1 2\n",
                       .status = "success" /* ignored: a new submission is pending */};
    snprintf(s.id, sizeof s.id, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_create(st, &s, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(st->ops->submission_create(st, &s, &e), LC_ERR_CONFLICT);
    lc_submission g = {0};
    cr_assert_eq(st->ops->submission_get(st, s.id, &g, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(g.id, s.id);
    cr_assert_eq(g.user_id, u);
    cr_assert_eq(g.problem_id, p);
    cr_assert_str_eq(g.language, "python");
    cr_assert_str_eq(g.code, s.code);
    cr_assert_str_eq(g.mode, "run");
    cr_assert_str_eq(g.input, "1 2\n");
    cr_assert_str_eq(g.status, "pending");
    cr_assert_null(g.result);
    cr_assert_gt(g.created_at, 1600000000000LL, "created_at defaults to now in ms");
    cr_assert_eq(g.finished_at, 0);
    lc_submission_free(&g);
    cr_assert_eq(st->ops->submission_get(st, "nope", &g, &e), LC_ERR_NOTFOUND);
    s.problem_id = 999;
    snprintf(s.id, sizeof s.id, "other");
    cr_assert_eq(st->ops->submission_create(st, &s, &e), LC_ERR_NOTFOUND);
    s.problem_id = p;
    s.mode = "debug";
    cr_assert_eq(st->ops->submission_create(st, &s, &e), LC_ERR_INVALID);
}

Test(store, submission_start_flips_once)
{
    int64_t u = mk_user("ivy", NULL);
    int64_t p = mk_problem("p", "easy");
    mk_sub("s1", u, p, 1000);
    bool started = false;
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_start(st, "s1", &started, &e), LC_OK);
    cr_assert(started);
    cr_assert_eq(st->ops->submission_start(st, "s1", &started, &e), LC_OK);
    cr_assert_not(started, "someone else has it");
    lc_submission g = {0};
    cr_assert_eq(st->ops->submission_get(st, "s1", &g, &e), LC_OK);
    cr_assert_str_eq(g.status, "running");
    lc_submission_free(&g);
    cr_assert_eq(st->ops->submission_start(st, "missing", &started, &e), LC_ERR_NOTFOUND);
    cr_assert_not(started);
}

Test(store, submission_finish_is_idempotent_and_counts_once)
{
    int64_t u = mk_user("jack", NULL);
    int64_t p = mk_problem("p", "easy");
    mk_sub("s1", u, p, 1000);
    mk_sub("s2", u, p, 2000);
    bool started;
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_start(st, "s1", &started, &e), LC_OK);
    cr_assert(finish("s1", "success", "Accepted", 0.25, 2048));
    cr_assert_not(finish("s1", "success", "Wrong Answer", 9, 9), "applying twice changes nothing");
    cr_assert(finish("s2", "time_limit_exceeded", "Time Limit Exceeded", 2.0, 512));
    cr_assert_not(finish("s2", "success", "Accepted", 0.1, 1));
    lc_submission g = {0};
    cr_assert_eq(st->ops->submission_get(st, "s1", &g, &e), LC_OK);
    cr_assert_str_eq(g.status, "success");
    cr_assert_str_eq(g.result, "Accepted");
    cr_assert_float_eq(g.runtime, 0.25, 1e-9);
    cr_assert_eq(g.memory, 2048);
    cr_assert_eq(g.passed, 3);
    cr_assert_eq(g.total, 3);
    cr_assert_str_eq(g.details_json, "{\"tests\":[]}");
    cr_assert_gt(g.finished_at, 0);
    lc_submission_free(&g);
    lc_problem pr = get_problem("p", false, LC_OK);
    cr_assert_eq(pr.submissions, 2);
    cr_assert_eq(pr.accepted, 1);
    lc_problem_free(&pr);
}

Test(store, submission_finish_of_a_run_leaves_counters_and_rejects_bad_input)
{
    int64_t u = mk_user("kim", NULL);
    int64_t p = mk_problem("p", "easy");
    mk_sub_mode("r1", u, p, "cpp", "run", 1000);
    cr_assert(finish("r1", "success", "Accepted", 0.1, 10));
    lc_problem pr = get_problem("p", false, LC_OK);
    cr_assert_eq(pr.submissions, 0);
    cr_assert_eq(pr.accepted, 0);
    lc_problem_free(&pr);
    lc_submission r = {.status = "pending"};
    snprintf(r.id, sizeof r.id, "r1");
    bool applied = true;
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_finish(st, &r, &applied, &e), LC_ERR_INVALID);
    cr_assert_not(applied);
    r.status = "success";
    snprintf(r.id, sizeof r.id, "missing");
    cr_assert_eq(st->ops->submission_finish(st, &r, &applied, &e), LC_ERR_NOTFOUND);
    cr_assert_not(applied);
}

Test(store, submission_lists_three_ways_newest_first)
{
    int64_t u1 = mk_user("u1", NULL), u2 = mk_user("u2", NULL);
    int64_t p1 = mk_problem("p1", "easy"), p2 = mk_problem("p2", "easy");
    mk_sub("a", u1, p1, 1000);
    mk_sub("b", u2, p1, 2000);
    mk_sub("c", u1, p2, 3000);
    mk_sub("d", u1, p1, 4000);
    mk_sub("e", u1, p1, 4000); /* same millisecond: the later id is newer */
    mk_sub_mode("r", u1, p1, "cpp", "run", 5000); /* runs are not listed */

    lc_list l = list_subs(LC_SUB_BY_USER, u1, 0, 1, 20);
    cr_assert_eq(l.total, 4);
    cr_assert_eq(l.n, 4);
    const char *want_user[] = {"e", "d", "c", "a"};
    for (size_t i = 0; i < 4; i++)
        cr_assert_str_eq(sub_id(&l, i), want_user[i]);
    cr_assert_null(((lc_submission *)l.items)[0].code, "list items carry no code");
    cr_assert_str_eq(((lc_submission *)l.items)[0].status, "pending");
    lc_list_free_submissions(&l);

    l = list_subs(LC_SUB_BY_PROBLEM, 0, p1, 1, 20);
    cr_assert_eq(l.total, 4);
    const char *want_problem[] = {"e", "d", "b", "a"};
    for (size_t i = 0; i < 4; i++)
        cr_assert_str_eq(sub_id(&l, i), want_problem[i]);
    lc_list_free_submissions(&l);

    l = list_subs(LC_SUB_BY_PROBLEM_USER, u1, p1, 1, 20);
    cr_assert_eq(l.total, 3);
    const char *want_pu[] = {"e", "d", "a"};
    for (size_t i = 0; i < 3; i++)
        cr_assert_str_eq(sub_id(&l, i), want_pu[i]);
    lc_list_free_submissions(&l);

    l = list_subs(LC_SUB_BY_PROBLEM_USER, u2, p2, 1, 20);
    cr_assert_eq(l.total, 0);
    cr_assert_eq(l.n, 0);
    lc_list_free_submissions(&l);

    lc_err e = {0};
    cr_assert_eq(st->ops->submission_list(st, (lc_sub_by)7, u1, p1, 1, 20, &l, &e),
                 LC_ERR_INVALID);
}

Test(store, submission_list_paginates_with_totals)
{
    int64_t u = mk_user("leo", NULL);
    int64_t p = mk_problem("p", "easy");
    char id[16];
    for (int i = 0; i < 45; i++) {
        snprintf(id, sizeof id, "s%02d", i);
        mk_sub(id, u, p, 1000 + i);
    }
    lc_list l = list_subs(LC_SUB_BY_USER, u, 0, 2, 20);
    cr_assert_eq(l.total, 45);
    cr_assert_eq(l.n, 20);
    cr_assert_str_eq(sub_id(&l, 0), "s24");
    cr_assert_str_eq(sub_id(&l, 19), "s05");
    lc_list_free_submissions(&l);
    l = list_subs(LC_SUB_BY_PROBLEM, 0, p, 3, 20);
    cr_assert_eq(l.total, 45);
    cr_assert_eq(l.n, 5);
    cr_assert_str_eq(sub_id(&l, 4), "s00");
    lc_list_free_submissions(&l);
    l = list_subs(LC_SUB_BY_PROBLEM_USER, u, p, -5, 500); /* page 1, limit 100 */
    cr_assert_eq(l.n, 45);
    lc_list_free_submissions(&l);
}

Test(store, submission_list_uses_the_indexes)
{
    /* The three patterns are served by their indexes (no full scan, no sort). */
    if (pg_base) {
        /* PostgreSQL's planner prefers a scan of a near-empty table: with scans
         * priced out, each pattern must find its index usable without a sort */
        const char *q[] = {"user_id = 1", "problem_id = 1", "problem_id = 1 AND user_id = 1"};
        const char *idx[] = {"submissions_by_user", "submissions_by_problem ",
                             "submissions_by_problem_user"};
        for (size_t i = 0; i < 3; i++) {
            char sql[600];
            snprintf(sql, sizeof sql,
                     "SET enable_seqscan = off; SET enable_bitmapscan = off;"
                     " EXPLAIN (FORMAT JSON) SELECT id FROM submissions WHERE %s"
                     " AND mode = 'submit' ORDER BY created_at DESC, id DESC LIMIT 20",
                     q[i]);
            char *plan = pg_admin(pgdb, sql);
            char want[64];
            snprintf(want, sizeof want, "\"%.*s\"", (int)strcspn(idx[i], " "), idx[i]);
            cr_assert_not_null(strstr(plan, want), "%s", plan);
            cr_assert_null(strstr(plan, "\"Sort\""), "%s", plan);
            free(plan);
        }
        return;
    }
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
    const char *q[] = {
        "EXPLAIN QUERY PLAN SELECT id FROM submissions WHERE user_id = 1 AND mode = 'submit'"
        " ORDER BY created_at DESC, id DESC LIMIT 20",
        "EXPLAIN QUERY PLAN SELECT id FROM submissions WHERE problem_id = 1 AND mode = 'submit'"
        " ORDER BY created_at DESC, id DESC LIMIT 20",
        "EXPLAIN QUERY PLAN SELECT id FROM submissions WHERE problem_id = 1 AND user_id = 1"
        " AND mode = 'submit' ORDER BY created_at DESC, id DESC LIMIT 20",
    };
    const char *idx[] = {"submissions_by_user", "submissions_by_problem ",
                         "submissions_by_problem_user"};
    for (size_t i = 0; i < 3; i++) {
        sqlite3_stmt *s;
        cr_assert_eq(sqlite3_prepare_v2(db, q[i], -1, &s, NULL), SQLITE_OK);
        char plan[1024] = "";
        while (sqlite3_step(s) == SQLITE_ROW) {
            strncat(plan, (const char *)sqlite3_column_text(s, 3), sizeof plan - strlen(plan) - 2);
            strcat(plan, " ");
        }
        sqlite3_finalize(s);
        cr_assert_not_null(strstr(plan, idx[i]), "%s", plan);
        cr_assert_null(strstr(plan, "TEMP B-TREE"), "%s", plan);
    }
    sqlite3_close(db);
}

Test(store, submission_unfinished_oldest_first_with_code)
{
    int64_t u = mk_user("mia", NULL);
    int64_t p = mk_problem("p", "easy");
    mk_sub("late", u, p, 3000);
    mk_sub("done", u, p, 1000);
    mk_sub_mode("early", u, p, "cpp", "run", 500);
    mk_sub("mid", u, p, 2000);
    accept("done", 0.1, 1);
    bool started;
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_start(st, "mid", &started, &e), LC_OK);
    lc_list l = {0};
    cr_assert_eq(st->ops->submission_unfinished(st, &l, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(l.n, 3);
    cr_assert_str_eq(sub_id(&l, 0), "early");
    cr_assert_str_eq(sub_id(&l, 1), "mid");
    cr_assert_str_eq(sub_id(&l, 2), "late");
    cr_assert_str_eq(((lc_submission *)l.items)[1].status, "running");
    cr_assert_str_eq(((lc_submission *)l.items)[0].code, "int main(){}", "re-queuing needs code");
    lc_list_free_submissions(&l);
}

Test(store, submission_beats_percentages)
{
    int64_t u = mk_user("ned", NULL);
    int64_t p = mk_problem("p", "easy");
    /* Accepted cpp: runtimes 0.1 .. 0.4, memory 400 .. 100. */
    mk_sub("a1", u, p, 1);
    accept("a1", 0.1, 400);
    mk_sub("a2", u, p, 2);
    accept("a2", 0.2, 300);
    mk_sub("a3", u, p, 3);
    accept("a3", 0.3, 200);
    mk_sub("a4", u, p, 4);
    accept("a4", 0.4, 100);
    mk_sub("a5", u, p, 5); /* ties a2 on both: not strictly greater */
    accept("a5", 0.2, 300);
    /* Noise: another language, a wrong answer, a run. */
    mk_sub_mode("x1", u, p, "python", "submit", 5);
    accept("x1", 9.0, 9000);
    mk_sub("x2", u, p, 6);
    finish("x2", "success", "Wrong Answer", 9.0, 9000);
    mk_sub_mode("x3", u, p, "cpp", "run", 7);
    finish("x3", "success", "Accepted", 9.0, 9000);

    lc_submission g = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_get(st, "a2", &g, &e), LC_OK);
    double rt = -1, mem = -1;
    cr_assert_eq(st->ops->submission_beats(st, &g, &rt, &mem, &e), LC_OK, "%s", e.msg);
    cr_assert_float_eq(rt, 50.0, 1e-9, "a3 and a4 are slower: 2 of 4 others");
    cr_assert_float_eq(mem, 25.0, 1e-9, "a1 uses more memory: 1 of 4");
    lc_submission_free(&g);
    cr_assert_eq(st->ops->submission_get(st, "a4", &g, &e), LC_OK);
    cr_assert_eq(st->ops->submission_beats(st, &g, &rt, &mem, &e), LC_OK);
    cr_assert_float_eq(rt, 0.0, 1e-9);
    cr_assert_float_eq(mem, 100.0, 1e-9);
    lc_submission_free(&g);
    cr_assert_eq(st->ops->submission_get(st, "x1", &g, &e), LC_OK);
    cr_assert_eq(st->ops->submission_beats(st, &g, &rt, &mem, &e), LC_OK);
    cr_assert_float_eq(rt, 100.0, 1e-9, "alone in its language: 100");
    cr_assert_float_eq(mem, 100.0, 1e-9);
    lc_submission_free(&g);
}

Test(store, user_stats_counts_solved_by_difficulty)
{
    int64_t u = mk_user("olga", NULL), other = mk_user("pete", NULL);
    int64_t e1 = mk_problem("e1", "easy"), e2 = mk_problem("e2", "easy");
    int64_t m1 = mk_problem("m1", "medium"), h1 = mk_problem("h1", "hard");
    int64_t gone = mk_problem("gone", "hard");
    mk_sub("1", u, e1, 1000);
    accept("1", 0.1, 1);
    mk_sub("2", u, e1, 2000); /* solved twice: one problem */
    accept("2", 0.1, 1);
    mk_sub("3", u, e2, 3000);
    accept("3", 0.1, 1);
    mk_sub("4", u, m1, 4000);
    accept("4", 0.1, 1);
    mk_sub("5", u, h1, 5000);
    finish("5", "success", "Wrong Answer", 0.1, 1);
    mk_sub("6", u, gone, 6000);
    accept("6", 0.1, 1);
    mk_sub_mode("7", u, h1, "cpp", "run", 7000);
    accept("7", 0.1, 1);
    mk_sub("8", other, h1, 8000);
    accept("8", 0.1, 1);
    mk_sub("9", u, h1, 9000); /* pending: a submission, not accepted */
    lc_err e = {0};
    cr_assert_eq(st->ops->problem_set_deleted(st, gone, true, &e), LC_OK);
    lc_user_stats s;
    cr_assert_eq(st->ops->user_stats(st, u, 0, &s, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(s.solved_easy, 2);
    cr_assert_eq(s.solved_medium, 1);
    cr_assert_eq(s.solved_hard, 0, "the deleted hard problem does not count");
    cr_assert_eq(s.solved_total, 3);
    cr_assert_eq(s.submissions, 7, "submit mode only");
    cr_assert_eq(s.accepted, 5);
}

Test(store, user_stats_streak_counts_consecutive_utc_days)
{
    int64_t u = mk_user("quinn", NULL);
    int64_t p = mk_problem("p", "easy");
    int64_t today = 20000; /* days since the epoch */
    int64_t now = today * 86400 + 3600 * 10;
    /* Today, yesterday (twice), two days ago at 23:59:59.999, then a gap, then older. */
    mk_sub("t0", u, p, today * DAY_MS + 5);
    mk_sub("t1a", u, p, (today - 1) * DAY_MS);
    mk_sub("t1b", u, p, (today - 1) * DAY_MS + 7200000);
    mk_sub("t2", u, p, (today - 1) * DAY_MS - 1);
    mk_sub("t5", u, p, (today - 5) * DAY_MS);
    mk_sub("t6", u, p, (today - 6) * DAY_MS);
    mk_sub_mode("future", u, p, "cpp", "submit", (today + 3) * DAY_MS); /* clock skew */
    lc_user_stats s;
    lc_err e = {0};
    cr_assert_eq(st->ops->user_stats(st, u, now, &s, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(s.streak_days, 3);
    /* Seen from tomorrow: the streak ending yesterday (our today) still counts. */
    cr_assert_eq(st->ops->user_stats(st, u, now + 86400, &s, &e), LC_OK);
    cr_assert_eq(s.streak_days, 3);
    /* Seen from two days later: broken. */
    cr_assert_eq(st->ops->user_stats(st, u, now + 2 * 86400, &s, &e), LC_OK);
    cr_assert_eq(s.streak_days, 0);
    /* Seen from day today-4: the streak ending yesterday (today-5) is two days long. */
    cr_assert_eq(st->ops->user_stats(st, u, (today - 4) * 86400, &s, &e), LC_OK);
    cr_assert_eq(s.streak_days, 2);
}

Test(store, user_stats_streak_ignores_runs_and_is_zero_without_submissions)
{
    int64_t u = mk_user("rita", NULL);
    int64_t p = mk_problem("p", "easy");
    lc_user_stats s;
    lc_err e = {0};
    cr_assert_eq(st->ops->user_stats(st, u, 100 * 86400, &s, &e), LC_OK);
    cr_assert_eq(s.streak_days, 0);
    cr_assert_eq(s.submissions, 0);
    mk_sub_mode("r", u, p, "cpp", "run", 100 * DAY_MS);
    cr_assert_eq(st->ops->user_stats(st, u, 100 * 86400, &s, &e), LC_OK);
    cr_assert_eq(s.streak_days, 0);
    mk_sub("s", u, p, 100 * DAY_MS + 1);
    cr_assert_eq(st->ops->user_stats(st, u, 100 * 86400 + 5, &s, &e), LC_OK);
    cr_assert_eq(s.streak_days, 1);
}

Test(store, changed_package_marks_submissions_for_rejudging)
{
    int64_t u = mk_user("sam", NULL);
    bool changed;
    int64_t p = put_problem("p", "easy", "[]", "v1", &changed);
    mk_sub("acc", u, p, 1000);
    accept("acc", 0.1, 1);
    mk_sub("wa", u, p, 2000);
    finish("wa", "success", "Wrong Answer", 0.1, 1);
    mk_sub("pend", u, p, 3000);
    mk_sub_mode("run", u, p, "cpp", "run", 4000);
    finish("run", "success", "Accepted", 0.1, 1);

    put_problem("p", "easy", "[]", "v1", &changed);
    cr_assert_not(changed);
    lc_list l = {0};
    lc_err e = {0};
    cr_assert_eq(st->ops->submission_rejudge_list(st, 0, &l, &e), LC_OK);
    cr_assert_eq(l.n, 0, "same hash: nothing to rejudge");
    lc_list_free_submissions(&l);

    put_problem("p", "easy", "[]", "v2", &changed);
    cr_assert(changed);
    cr_assert_eq(st->ops->submission_rejudge_list(st, 0, &l, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(l.n, 2, "finished submit-mode submissions only");
    cr_assert_str_eq(sub_id(&l, 0), "acc");
    cr_assert_str_eq(sub_id(&l, 1), "wa");
    cr_assert(((lc_submission *)l.items)[0].needs_rejudge);
    cr_assert_str_eq(((lc_submission *)l.items)[0].result, "Accepted", "the old verdict stays");
    cr_assert_not_null(((lc_submission *)l.items)[0].code);
    lc_list_free_submissions(&l);

    /* The new tests flip both verdicts; counters follow; applying twice changes nothing. */
    cr_assert(finish("acc", "success", "Wrong Answer", 0.1, 1));
    cr_assert(finish("wa", "success", "Accepted", 0.1, 1));
    cr_assert_not(finish("wa", "success", "Wrong Answer", 0.1, 1));
    lc_problem pr = get_problem("p", false, LC_OK);
    cr_assert_eq(pr.submissions, 2, "a rejudge is not a new submission");
    cr_assert_eq(pr.accepted, 1);
    lc_problem_free(&pr);
    lc_submission g = {0};
    cr_assert_eq(st->ops->submission_get(st, "acc", &g, &e), LC_OK);
    cr_assert_not(g.needs_rejudge);
    cr_assert_str_eq(g.result, "Wrong Answer");
    lc_submission_free(&g);
    cr_assert_eq(st->ops->submission_rejudge_list(st, 0, &l, &e), LC_OK);
    cr_assert_eq(l.n, 0);
    lc_list_free_submissions(&l);
}

/* ---- concurrency -------------------------------------------------------------------------- */

typedef struct worker_arg {
    lc_store *s;
    int t;
    int64_t problem_id;
    int errors;
    char first[sizeof(lc_err){0}.msg]; /* the first error, for the assertion message */
} worker_arg;

static void fail(worker_arg *a, const lc_err *e)
{
    if (a->errors++ == 0)
        snprintf(a->first, sizeof a->first, "%s", e->msg);
}

static void *worker(void *p)
{
    worker_arg *a = p;
    for (int i = 0; i < 25; i++) {
        char name[32];
        snprintf(name, sizeof name, "t%d-u%d", a->t, i);
        lc_user u = {.username = name, .password_hash = "h"};
        int64_t uid = 0;
        lc_err e = {0};
        if (a->s->ops->user_create(a->s, &u, &uid, &e) != LC_OK) {
            fail(a, &e);
            continue;
        }
        lc_submission s = {.user_id = uid,
                           .problem_id = a->problem_id,
                           .language = "c",
                           .code = "x",
                           .created_at = 1000 + i};
        snprintf(s.id, sizeof s.id, "t%d-s%d", a->t, i);
        bool ok = false;
        if (a->s->ops->submission_create(a->s, &s, &e) != LC_OK ||
            a->s->ops->submission_start(a->s, s.id, &ok, &e) != LC_OK || !ok)
            fail(a, &e);
        s.status = "success";
        s.result = "Accepted";
        if (a->s->ops->submission_finish(a->s, &s, &ok, &e) != LC_OK || !ok)
            fail(a, &e);
        lc_list l = {0};
        if (a->s->ops->submission_list(a->s, LC_SUB_BY_PROBLEM, 0, a->problem_id, 1, 10, &l,
                                       &e) != LC_OK)
            fail(a, &e);
        lc_list_free_submissions(&l);
        /* A multi-statement transaction racing the others. */
        char slug[32], hash[32];
        snprintf(slug, sizeof slug, "shared-%d", i % 3);
        snprintf(hash, sizeof hash, "h%d-%d", a->t, i);
        lc_problem pr = {.slug = slug, .title = slug, .difficulty = "easy",
                         .tags_json = "[\"x\", \"y\"]", .package_hash = hash};
        lc_pkg_file f[] = {{.path = "a", .data = "1", .len = 1},
                           {.path = "b", .data = "2", .len = 1}};
        int64_t pid;
        bool ch;
        if (a->s->ops->problem_put(a->s, &pr, f, 2, &pid, &ch, &e) != LC_OK)
            fail(a, &e);
        lc_user_stats us;
        if (a->s->ops->user_stats(a->s, uid, 86400, &us, &e) != LC_OK || us.accepted != 1)
            fail(a, &e);
    }
    return NULL;
}

Test(store, four_threads_share_a_store_and_a_second_handle)
{
    int64_t p = mk_problem("p", "easy");
    /* Threads 0-2 share st; thread 3 uses its own connection to the same file
     * (as `litecode import` next to `litecode serve`). */
    lc_store *other = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_store_open(url, &other, &e), LC_OK, "%s", e.msg);
    pthread_t th[4];
    worker_arg args[4];
    for (int i = 0; i < 4; i++) {
        args[i] = (worker_arg){.s = i == 3 ? other : st, .t = i, .problem_id = p};
        cr_assert_eq(pthread_create(&th[i], NULL, worker, &args[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        cr_assert_eq(args[i].errors, 0, "thread %d: %s", i, args[i].first);
    }
    lc_store_close(other);
    lc_list l = list_subs(LC_SUB_BY_PROBLEM, 0, p, 1, 10);
    cr_assert_eq(l.total, 100);
    lc_list_free_submissions(&l);
    lc_problem pr = get_problem("p", false, LC_OK);
    cr_assert_eq(pr.submissions, 100);
    cr_assert_eq(pr.accepted, 100);
    lc_problem_free(&pr);
}

/* ---- group commit (submission_create_many) ------------------------------------------------ */

Test(store, create_many_commits_together_and_each_bad_one_fails_alone)
{
    int64_t u = mk_user("gc", "gc@x.io");
    int64_t p = mk_problem("gc-problem", "easy");
    mk_sub("gc-taken", u, p, 500);
    enum { N = 300 };
    static lc_submission subs[N];
    static lc_code rcs[N];
    static lc_err errs[N];
    int bad = 0;
    for (int i = 0; i < N; i++) {
        subs[i] = (lc_submission){.user_id = u, .problem_id = p, .language = "python",
                                  .code = "print(1)", .mode = "submit", .created_at = 1000 + i};
        snprintf(subs[i].id, sizeof subs[i].id, "gc-%d", i);
        if (i % 50 == 7) /* an id already stored */
            snprintf(subs[i].id, sizeof subs[i].id, "gc-taken");
        else if (i % 50 == 8) /* the same id twice in one batch */
            snprintf(subs[i].id, sizeof subs[i].id, "gc-%d", i - 2);
        else if (i % 50 == 9) /* a user that does not exist */
            subs[i].user_id = 999999;
        bad += i % 50 == 7 || i % 50 == 8 || i % 50 == 9;
    }
    lc_store_submission_create_many(st, subs, N, rcs, errs);
    int ok = 0;
    for (int i = 0; i < N; i++) {
        if (i % 50 == 7 || i % 50 == 8)
            cr_assert_eq(rcs[i], LC_ERR_CONFLICT, "%d: %s", i, errs[i].msg);
        else if (i % 50 == 9)
            cr_assert_eq(rcs[i], LC_ERR_NOTFOUND, "%d: %s", i, errs[i].msg);
        else
            cr_assert_eq(rcs[i], LC_OK, "%d: %s", i, errs[i].msg);
        ok += rcs[i] == LC_OK;
    }
    cr_assert_eq(ok, N - bad);
    /* every success is a row, and nothing else is: read back through a second handle */
    lc_store *other = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_store_open(url, &other, &e), LC_OK, "%s", e.msg);
    lc_list l = {0};
    cr_assert_eq(other->ops->submission_list(other, LC_SUB_BY_PROBLEM, 0, p, 1, 1, &l, &e), LC_OK,
                 "%s", e.msg);
    cr_assert_eq(l.total, ok + 1);
    lc_list_free_submissions(&l);
    lc_store_close(other);
    lc_submission s;
    cr_assert_eq(st->ops->submission_get(st, "gc-6", &s, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(s.status, "pending");
    lc_submission_free(&s);
}

typedef struct gc_arg {
    int t;
    int64_t uid, pid;
    int created;
    char first[600];
} gc_arg;

static void *gc_worker(void *arg)
{
    gc_arg *a = arg;
    for (int b = 0; b < 20; b++) {
        lc_submission subs[10];
        lc_code rcs[10];
        lc_err errs[10];
        for (int i = 0; i < 10; i++) {
            subs[i] = (lc_submission){.user_id = a->uid, .problem_id = a->pid, .language = "c",
                                      .code = "int main(){}", .mode = "run", .created_at = 1};
            snprintf(subs[i].id, sizeof subs[i].id, "t%d-%d-%d", a->t, b, i);
        }
        lc_store_submission_create_many(st, subs, 10, rcs, errs);
        for (int i = 0; i < 10; i++) {
            if (rcs[i] == LC_OK)
                a->created++;
            else if (!a->first[0])
                snprintf(a->first, sizeof a->first, "%.40s: %.500s", subs[i].id, errs[i].msg);
        }
        lc_submission one = subs[0];
        snprintf(one.id, sizeof one.id, "t%d-%d-single", a->t, b);
        if (st->ops->submission_create(st, &one, &errs[0]) == LC_OK)
            a->created++;
    }
    return NULL;
}

Test(store, create_many_from_many_threads_beside_single_creates)
{
    int64_t u = mk_user("gct", "gct@x.io");
    int64_t p = mk_problem("gct-problem", "easy");
    pthread_t th[8];
    gc_arg args[8];
    for (int i = 0; i < 8; i++) {
        args[i] = (gc_arg){.t = i, .uid = u, .pid = p};
        cr_assert_eq(pthread_create(&th[i], NULL, gc_worker, &args[i]), 0);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        cr_assert_eq(args[i].created, 20 * 11, "thread %d: %d created; %s", i, args[i].created,
                     args[i].first);
    }
}
