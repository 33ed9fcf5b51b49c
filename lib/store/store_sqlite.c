/* The SQLite backend of the store: the embedded default ("sqlite:PATH").
 *
 * Theory of operation
 * - One connection, opened without SQLite's own mutex and guarded by ours:
 *   every operation takes s->mu for its whole duration, so a multi-statement
 *   operation (problem_put, submission_finish) is atomic for this process, and
 *   its BEGIN IMMEDIATE transaction makes it atomic against other processes
 *   (`litecode import` next to `litecode serve`); busy_timeout waits for them.
 * - WAL journal (readers never block the writer), synchronous=NORMAL, foreign
 *   keys on, defensive mode (no writes to the schema through SQL).
 * - Statements are prepared once and cached by their SQL text (all static
 *   strings, plus the bounded set of problem_list variants). Every value is a
 *   bound parameter; SQL text is never built from values.
 * - Schema: migrations[] below, one entry per version, applied in one
 *   transaction; PRAGMA user_version is the schema version. A database newer
 *   than this build is refused.
 * - Group commit (submission_create_many, what POST /submissions uses):
 *   submissions that arrive together are inserted in one transaction (a
 *   failing INSERT is backed out alone: the others stay); one commit (one
 *   WAL append) for all of them.
 * - Submission reads: the three list patterns are served by partial indexes on
 *   submit-mode rows ordered (created_at DESC, id DESC); ids are UUIDv7 text,
 *   so id breaks ties in the same millisecond in creation order.
 * - Rejudging: when problem_put sees a new package_hash for an existing
 *   problem, its submit-mode submissions that are not pending get
 *   needs_rejudge = 1 and keep their verdict. submission_finish applies a
 *   verdict to a pending/running row (first verdict: counters +1) or to a
 *   marked row (rejudge: clears the mark, corrects the accepted counter by the
 *   difference). A row running when its package changed keeps the mark after
 *   its first verdict, since that verdict came from the old tests.
 */
#include "store.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SQ_CACHE_MAX 160
#define SQ_BUSY_MS 5000
#define SQ_DEFAULT_LIMIT 20
#define SQ_MAX_LIMIT 100
#define SQ_MAX_SEARCH 256
#define SQ_REJUDGE_DEFAULT 100
#define SQ_REJUDGE_MAX 1000
#define SQ_MAX_PAGE ((int64_t)1 << 40)

typedef struct sq_cached {
    char *sql;
    sqlite3_stmt *st;
} sq_cached;

typedef struct sq_store {
    lc_store base; /* first: an lc_store * is an sq_store * */
    sqlite3 *db;
    pthread_mutex_t mu;
    sq_cached cache[SQ_CACHE_MAX];
    size_t ncache;
} sq_store;

/* ---- schema ------------------------------------------------------------------------------- */

/* migrations[v] takes the schema from version v to v + 1. Append only. */
static const char *const migrations[] = {
    /* 0 -> 1: the initial schema */
    "CREATE TABLE users ("
    "  id INTEGER PRIMARY KEY,"
    "  username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  email TEXT UNIQUE COLLATE NOCASE," /* NULL: none (`litecode user add NAME`) */
    "  password_hash TEXT NOT NULL,"
    "  is_admin INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL);"
    "CREATE TABLE sessions ("
    "  token_hash TEXT PRIMARY KEY,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  expires_at INTEGER NOT NULL);"
    "CREATE INDEX sessions_user ON sessions(user_id);"
    "CREATE INDEX sessions_expires ON sessions(expires_at);"
    "CREATE TABLE problems ("
    "  id INTEGER PRIMARY KEY,"
    "  slug TEXT NOT NULL UNIQUE,"
    "  title TEXT NOT NULL,"
    "  difficulty TEXT NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),"
    "  tags_json TEXT NOT NULL DEFAULT '[]',"
    "  statement TEXT NOT NULL DEFAULT '',"
    "  limits_json TEXT,"
    "  function_json TEXT,"
    "  starter_json TEXT,"
    "  examples_json TEXT,"
    "  package_hash TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0,"
    "  submissions INTEGER NOT NULL DEFAULT 0,"
    "  accepted INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE problem_files ("
    "  problem_id INTEGER NOT NULL REFERENCES problems(id) ON DELETE CASCADE,"
    "  path TEXT NOT NULL,"
    "  data BLOB NOT NULL,"
    "  PRIMARY KEY (problem_id, path)) WITHOUT ROWID;"
    "CREATE TABLE tags ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE);"
    "CREATE TABLE problem_tags ("
    "  problem_id INTEGER NOT NULL REFERENCES problems(id) ON DELETE CASCADE,"
    "  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    "  PRIMARY KEY (problem_id, tag_id)) WITHOUT ROWID;"
    "CREATE INDEX problem_tags_tag ON problem_tags(tag_id, problem_id);"
    "CREATE TABLE submissions ("
    "  id TEXT PRIMARY KEY," /* UUIDv7 text */
    "  user_id INTEGER NOT NULL REFERENCES users(id),"
    "  problem_id INTEGER NOT NULL REFERENCES problems(id),"
    "  language TEXT NOT NULL,"
    "  code TEXT NOT NULL,"
    "  mode TEXT NOT NULL DEFAULT 'submit' CHECK (mode IN ('submit', 'run')),"
    "  input TEXT,"
    "  status TEXT NOT NULL DEFAULT 'pending',"
    "  result TEXT,"
    "  runtime REAL NOT NULL DEFAULT 0,"
    "  memory INTEGER NOT NULL DEFAULT 0,"
    "  passed INTEGER NOT NULL DEFAULT 0,"
    "  total INTEGER NOT NULL DEFAULT 0,"
    "  details_json TEXT,"
    "  created_at INTEGER NOT NULL," /* unix ms */
    "  finished_at INTEGER NOT NULL DEFAULT 0,"
    "  needs_rejudge INTEGER NOT NULL DEFAULT 0);"
    /* The three read patterns (submit mode only: runs are never listed). */
    "CREATE INDEX submissions_by_user ON submissions(user_id, created_at DESC, id DESC)"
    "  WHERE mode = 'submit';"
    "CREATE INDEX submissions_by_problem ON submissions(problem_id, created_at DESC, id DESC)"
    "  WHERE mode = 'submit';"
    "CREATE INDEX submissions_by_problem_user"
    "  ON submissions(problem_id, user_id, created_at DESC, id DESC) WHERE mode = 'submit';"
    /* Re-queuing, rejudging and beats. */
    "CREATE INDEX submissions_unfinished ON submissions(created_at, id)"
    "  WHERE status IN ('pending', 'running');"
    "CREATE INDEX submissions_rejudge ON submissions(created_at, id) WHERE needs_rejudge = 1;"
    "CREATE INDEX submissions_accepted ON submissions(problem_id, language, runtime, memory)"
    "  WHERE mode = 'submit' AND result = 'Accepted';",
};
#define SQ_SCHEMA_VERSION ((int)(sizeof migrations / sizeof migrations[0]))

/* ---- helpers ------------------------------------------------------------------------------ */

static sq_store *sq(lc_store *s) { return (sq_store *)s; }

static int64_t now_s(void) { return (int64_t)time(NULL); }

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Maps the connection's last error to an lc_code, with SQLite's message.
 * Call before anything else touches the connection (ROLLBACK resets it). */
static lc_code sq_fail(sq_store *s, const char *what, lc_err *e)
{
    int ext = sqlite3_extended_errcode(s->db);
    lc_code code;
    switch (ext & 0xff) {
    case SQLITE_CONSTRAINT:
        if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
            code = LC_ERR_NOTFOUND;
        else if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
            code = LC_ERR_CONFLICT;
        else
            code = LC_ERR_INVALID;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = LC_ERR_BUSY; break;
    case SQLITE_NOMEM: code = LC_ERR_NOMEM; break;
    case SQLITE_TOOBIG: code = LC_ERR_LIMIT; break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_PERM: code = LC_ERR_IO; break;
    default: code = LC_ERR_INTERNAL; break;
    }
    return lc_err_set(e, code, "store: %s: %s", what, sqlite3_errmsg(s->db));
}

static lc_code oom(lc_err *e) { return lc_err_set(e, LC_ERR_NOMEM, "store: out of memory"); }

/* A ready statement for sql: cached by text while the cache has room, else a
 * fresh one; give it back with sq_done either way. */
static lc_code sq_prep(sq_store *s, const char *sql, sqlite3_stmt **out, lc_err *e)
{
    *out = NULL;
    for (size_t i = 0; i < s->ncache; i++)
        if (strcmp(s->cache[i].sql, sql) == 0) {
            *out = s->cache[i].st;
            return LC_OK;
        }
    bool keep = s->ncache < SQ_CACHE_MAX;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v3(s->db, sql, -1, keep ? SQLITE_PREPARE_PERSISTENT : 0, &st, NULL) !=
        SQLITE_OK)
        return sq_fail(s, "prepare", e);
    if (keep) {
        char *key = strdup(sql);
        if (!key) {
            sqlite3_finalize(st);
            return oom(e);
        }
        s->cache[s->ncache].sql = key;
        s->cache[s->ncache].st = st;
        s->ncache++;
    }
    *out = st;
    return LC_OK;
}

/* Resets a cached statement (releasing its read snapshot and bindings) or
 * finalizes an uncached one. */
static void sq_done(sq_store *s, sqlite3_stmt *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < s->ncache; i++)
        if (s->cache[i].st == st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            return;
        }
    sqlite3_finalize(st);
}

/* Runs a statement without results (BEGIN, COMMIT, a pragma). */
static lc_code sq_exec(sq_store *s, const char *sql, lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, sql, &st, e);
    if (rc)
        return rc;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW)
        ;
    if (r != SQLITE_DONE)
        rc = sq_fail(s, sql, e);
    sq_done(s, st);
    return rc;
}

static void sq_rollback(sq_store *s)
{
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Ends a transaction: COMMIT when rc is LC_OK, else ROLLBACK. Returns the final code. */
static lc_code sq_end(sq_store *s, lc_code rc, lc_err *e)
{
    if (rc == LC_OK) {
        rc = sq_exec(s, "COMMIT", e);
        if (rc == LC_OK)
            return LC_OK;
    }
    sq_rollback(s);
    return rc;
}

static int bind_text(sqlite3_stmt *st, int i, const char *v)
{
    return v ? sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

static int bind_named_text(sqlite3_stmt *st, const char *name, const char *v)
{
    int i = sqlite3_bind_parameter_index(st, name);
    return i > 0 ? bind_text(st, i, v) : SQLITE_OK;
}

static int bind_named_i64(sqlite3_stmt *st, const char *name, int64_t v)
{
    int i = sqlite3_bind_parameter_index(st, name);
    return i > 0 ? sqlite3_bind_int64(st, i, v) : SQLITE_OK;
}

static int64_t col_i64(sqlite3_stmt *st, int i) { return sqlite3_column_int64(st, i); }

/* A malloc'd copy of a text column, NULL for SQL NULL; sets *nomem on failure. */
static char *col_dup(sqlite3_stmt *st, int i, bool *nomem)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return NULL;
    const unsigned char *t = sqlite3_column_text(st, i);
    int n = sqlite3_column_bytes(st, i);
    char *p = t ? malloc((size_t)n + 1) : NULL;
    if (!p) {
        *nomem = true;
        return NULL;
    }
    memcpy(p, t, (size_t)n);
    p[n] = '\0';
    return p;
}

static void clamp_page(int64_t *page, int64_t *limit)
{
    if (*limit <= 0)
        *limit = SQ_DEFAULT_LIMIT;
    if (*limit > SQ_MAX_LIMIT)
        *limit = SQ_MAX_LIMIT;
    if (*page < 1)
        *page = 1;
    if (*page > SQ_MAX_PAGE)
        *page = SQ_MAX_PAGE;
}

/* Reads every remaining row of st into a growing array of item_size items. */
typedef lc_code (*sq_reader)(sqlite3_stmt *st, void *item, lc_err *e);
typedef void (*sq_freer)(void *item);

static lc_code read_rows(sq_store *s, sqlite3_stmt *st, size_t item_size, sq_reader rd,
                         sq_freer fr, lc_list *out, lc_err *e)
{
    char *items = NULL;
    size_t n = 0, cap = 0;
    lc_code rc = LC_OK;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char *p = realloc(items, ncap * item_size);
            if (!p) {
                rc = oom(e);
                break;
            }
            items = p;
            cap = ncap;
        }
        rc = rd(st, items + n * item_size, e);
        if (rc)
            break;
        n++;
    }
    if (!rc && r != SQLITE_DONE)
        rc = sq_fail(s, "read", e);
    if (rc) {
        for (size_t i = 0; i < n; i++)
            fr(items + i * item_size);
        free(items);
        return rc;
    }
    out->items = items;
    out->n = n;
    return LC_OK;
}

/* ---- records ------------------------------------------------------------------------------ */

#define USER_COLS "id, username, email, password_hash, is_admin, created_at"

static lc_code read_user(sqlite3_stmt *st, lc_user *u, lc_err *e)
{
    bool nomem = false;
    memset(u, 0, sizeof *u);
    u->id = col_i64(st, 0);
    u->username = col_dup(st, 1, &nomem);
    u->email = col_dup(st, 2, &nomem);
    u->password_hash = col_dup(st, 3, &nomem);
    u->is_admin = col_i64(st, 4) != 0;
    u->created_at = col_i64(st, 5);
    if (nomem) {
        lc_user_free(u);
        return oom(e);
    }
    return LC_OK;
}

#define PROBLEM_COLS                                                                               \
    "p.id, p.slug, p.title, p.difficulty, p.tags_json, p.statement, p.limits_json, "               \
    "p.function_json, p.starter_json, p.examples_json, p.package_hash, p.created_at, "             \
    "p.updated_at, p.deleted, p.submissions, p.accepted"

static lc_code read_problem(sqlite3_stmt *st, void *item, lc_err *e)
{
    lc_problem *p = item;
    bool nomem = false;
    memset(p, 0, sizeof *p);
    p->id = col_i64(st, 0);
    p->slug = col_dup(st, 1, &nomem);
    p->title = col_dup(st, 2, &nomem);
    p->difficulty = col_dup(st, 3, &nomem);
    p->tags_json = col_dup(st, 4, &nomem);
    p->statement = col_dup(st, 5, &nomem);
    p->limits_json = col_dup(st, 6, &nomem);
    p->function_json = col_dup(st, 7, &nomem);
    p->starter_json = col_dup(st, 8, &nomem);
    p->examples_json = col_dup(st, 9, &nomem);
    p->package_hash = col_dup(st, 10, &nomem);
    p->created_at = col_i64(st, 11);
    p->updated_at = col_i64(st, 12);
    p->deleted = col_i64(st, 13) != 0;
    p->submissions = col_i64(st, 14);
    p->accepted = col_i64(st, 15);
    if (nomem) {
        lc_problem_free(p);
        return oom(e);
    }
    return LC_OK;
}

static void free_problem(void *item) { lc_problem_free(item); }

/* Full records, and list items (no code, input or details). */
#define SUB_COLS                                                                                   \
    "id, user_id, problem_id, language, code, mode, input, status, result, runtime, memory, "     \
    "passed, total, details_json, created_at, finished_at, needs_rejudge"
#define SUB_COLS_LIST                                                                              \
    "id, user_id, problem_id, language, NULL, mode, NULL, status, result, runtime, memory, "      \
    "passed, total, NULL, created_at, finished_at, needs_rejudge"

static lc_code read_sub(sqlite3_stmt *st, void *item, lc_err *e)
{
    lc_submission *s = item;
    bool nomem = false;
    memset(s, 0, sizeof *s);
    const unsigned char *id = sqlite3_column_text(st, 0);
    snprintf(s->id, sizeof s->id, "%s", id ? (const char *)id : "");
    s->user_id = col_i64(st, 1);
    s->problem_id = col_i64(st, 2);
    s->language = col_dup(st, 3, &nomem);
    s->code = col_dup(st, 4, &nomem);
    s->mode = col_dup(st, 5, &nomem);
    s->input = col_dup(st, 6, &nomem);
    s->status = col_dup(st, 7, &nomem);
    s->result = col_dup(st, 8, &nomem);
    s->runtime = sqlite3_column_double(st, 9);
    s->memory = col_i64(st, 10);
    s->passed = col_i64(st, 11);
    s->total = col_i64(st, 12);
    s->details_json = col_dup(st, 13, &nomem);
    s->created_at = col_i64(st, 14);
    s->finished_at = col_i64(st, 15);
    s->needs_rejudge = col_i64(st, 16) != 0;
    if (nomem) {
        lc_submission_free(s);
        return oom(e);
    }
    return LC_OK;
}

static void free_sub(void *item) { lc_submission_free(item); }

/* ---- open / close ------------------------------------------------------------------------- */

static lc_code sq_migrate(sq_store *s, lc_err *e)
{
    lc_code rc = sq_exec(s, "BEGIN IMMEDIATE", e);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = sq_prep(s, "PRAGMA user_version", &st, e);
    if (rc)
        return sq_end(s, rc, e);
    int v = 0;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    else
        rc = sq_fail(s, "schema version", e);
    sq_done(s, st);
    if (!rc && v > SQ_SCHEMA_VERSION)
        rc = lc_err_set(e, LC_ERR_INVALID,
                        "store: database schema version %d is newer than this build's (%d)", v,
                        SQ_SCHEMA_VERSION);
    if (!rc && v < SQ_SCHEMA_VERSION) {
        for (; !rc && v < SQ_SCHEMA_VERSION; v++) {
            char *msg = NULL;
            if (sqlite3_exec(s->db, migrations[v], NULL, NULL, &msg) != SQLITE_OK) {
                rc = lc_err_set(e, LC_ERR_INTERNAL, "store: migrating schema %d -> %d: %s", v,
                                v + 1, msg ? msg : "failed");
            }
            sqlite3_free(msg);
        }
        if (!rc) {
            char sql[64]; /* a constant of ours: pragmas take no parameters */
            snprintf(sql, sizeof sql, "PRAGMA user_version = %d", SQ_SCHEMA_VERSION);
            if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
                rc = sq_fail(s, "schema version", e);
        }
    }
    return sq_end(s, rc, e);
}

static void sq_close(lc_store *base)
{
    sq_store *s = sq(base);
    if (!s)
        return;
    for (size_t i = 0; i < s->ncache; i++) {
        sqlite3_finalize(s->cache[i].st);
        free(s->cache[i].sql);
    }
    sqlite3_close(s->db);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

static lc_code sq_open(const char *rest, lc_store **out, lc_err *e)
{
    *out = NULL;
    const char *path = rest ? rest : "";
    if (strncmp(path, "//", 2) == 0) /* sqlite://relative, sqlite:///absolute */
        path += 2;
    if (!*path)
        return lc_err_set(e, LC_ERR_INVALID, "store: sqlite: needs a path (sqlite:PATH)");

    sq_store *s = calloc(1, sizeof *s);
    if (!s)
        return oom(e);
    s->base.ops = &lc_store_sqlite_ops;
    if (pthread_mutex_init(&s->mu, NULL) != 0) {
        free(s);
        return lc_err_set(e, LC_ERR_INTERNAL, "store: mutex init failed");
    }
    int r = sqlite3_open_v2(path, &s->db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            NULL);
    if (r != SQLITE_OK) {
        lc_code rc = lc_err_set(e, r == SQLITE_NOMEM ? LC_ERR_NOMEM : LC_ERR_IO,
                                "store: cannot open %.300s: %s", path,
                                s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(r));
        sq_close(&s->base);
        return rc;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, SQ_BUSY_MS);
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);

    lc_code rc = sq_exec(s, "PRAGMA foreign_keys = ON", e);
    if (!rc)
        rc = sq_exec(s, "PRAGMA journal_mode = WAL", e); /* ":memory:" stays "memory" */
    if (!rc)
        rc = sq_exec(s, "PRAGMA synchronous = NORMAL", e);
    if (!rc)
        rc = sq_migrate(s, e);
    if (rc) {
        if (e && strncmp(e->msg, "store: ", 7) == 0) {
            char msg[sizeof e->msg];
            snprintf(msg, sizeof msg, "%s", e->msg + 7);
            lc_err_set(e, rc, "store: %.200s: %s", path, msg);
        }
        sq_close(&s->base);
        return rc;
    }
    *out = &s->base;
    return LC_OK;
}

/* ---- operations (each runs under s->mu: see the *_l functions) ---------------------------- */

#define LOCKED(store, call)                                                                        \
    do {                                                                                           \
        sq_store *s_ = sq(store);                                                                  \
        pthread_mutex_lock(&s_->mu);                                                               \
        lc_code rc_ = (call);                                                                      \
        pthread_mutex_unlock(&s_->mu);                                                             \
        return rc_;                                                                                \
    } while (0)

static lc_code ping_l(sq_store *s, lc_err *e) { return sq_exec(s, "SELECT 1", e); }

/* users */

static lc_code user_create_l(sq_store *s, const lc_user *u, int64_t *id, lc_err *e)
{
    if (!u || !u->username || !*u->username || !u->password_hash)
        return lc_err_set(e, LC_ERR_INVALID, "store: a user needs a username and a password hash");
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s,
                         "INSERT INTO users (username, email, password_hash, is_admin, created_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5)",
                         &st, e);
    if (rc)
        return rc;
    const char *email = u->email && *u->email ? u->email : NULL;
    if (bind_text(st, 1, u->username) || bind_text(st, 2, email) ||
        bind_text(st, 3, u->password_hash) || sqlite3_bind_int(st, 4, u->is_admin ? 1 : 0) ||
        sqlite3_bind_int64(st, 5, u->created_at > 0 ? u->created_at : now_s())) {
        rc = sq_fail(s, "user_create", e);
    } else if (sqlite3_step(st) != SQLITE_DONE) {
        int ext = sqlite3_extended_errcode(s->db);
        if (ext == SQLITE_CONSTRAINT_UNIQUE)
            rc = lc_err_set(e, LC_ERR_CONFLICT, "%s",
                            strstr(sqlite3_errmsg(s->db), "users.email")
                                ? "email already registered"
                                : "username already taken");
        else
            rc = sq_fail(s, "user_create", e);
    } else if (id) {
        *id = sqlite3_last_insert_rowid(s->db);
    }
    sq_done(s, st);
    return rc;
}

static lc_code user_read_one(sq_store *s, sqlite3_stmt *st, lc_user *out, const char *what,
                             lc_err *e)
{
    lc_code rc;
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW)
        rc = read_user(st, out, e);
    else if (r == SQLITE_DONE)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such user%s", what);
    else
        rc = sq_fail(s, "user", e);
    sq_done(s, st);
    return rc;
}

static lc_code user_get_l(sq_store *s, int64_t id, lc_user *out, lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "SELECT " USER_COLS " FROM users WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    if (sqlite3_bind_int64(st, 1, id)) {
        rc = sq_fail(s, "user_get", e);
        sq_done(s, st);
        return rc;
    }
    return user_read_one(s, st, out, "", e);
}

static lc_code user_find_l(sq_store *s, const char *login, lc_user *out, lc_err *e)
{
    if (!login || !*login)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such user");
    sqlite3_stmt *st;
    /* A username match wins over another user's email. */
    lc_code rc = sq_prep(s,
                         "SELECT " USER_COLS " FROM users WHERE username = ?1 OR email = ?1"
                         " ORDER BY username = ?1 DESC LIMIT 1",
                         &st, e);
    if (rc)
        return rc;
    if (bind_text(st, 1, login)) {
        rc = sq_fail(s, "user_find", e);
        sq_done(s, st);
        return rc;
    }
    return user_read_one(s, st, out, "", e);
}

static lc_code user_exists(sq_store *s, int64_t id, lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "SELECT 1 FROM users WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    int r = sqlite3_bind_int64(st, 1, id) ? SQLITE_ERROR : sqlite3_step(st);
    if (r == SQLITE_DONE)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such user");
    else if (r != SQLITE_ROW)
        rc = sq_fail(s, "user", e);
    sq_done(s, st);
    return rc;
}

static lc_code user_stats_body(sq_store *s, int64_t id, int64_t now, lc_user_stats *out, lc_err *e)
{
    lc_code rc = user_exists(s, id, e);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    int r;

    /* Distinct problems solved, by difficulty (deleted problems are not shown, nor counted). */
    rc = sq_prep(s,
                 "SELECT p.difficulty, COUNT(DISTINCT s.problem_id) FROM submissions s"
                 " JOIN problems p ON p.id = s.problem_id"
                 " WHERE s.user_id = ?1 AND s.mode = 'submit' AND s.result = 'Accepted'"
                 " AND p.deleted = 0 GROUP BY p.difficulty",
                 &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        const char *d = (const char *)sqlite3_column_text(st, 0);
        int64_t n = col_i64(st, 1);
        if (d && strcmp(d, "easy") == 0)
            out->solved_easy = n;
        else if (d && strcmp(d, "medium") == 0)
            out->solved_medium = n;
        else if (d && strcmp(d, "hard") == 0)
            out->solved_hard = n;
        out->solved_total += n;
    }
    if (r != SQLITE_DONE)
        rc = sq_fail(s, "user_stats", e);
    sq_done(s, st);
    if (rc)
        return rc;

    rc = sq_prep(s,
                 "SELECT COUNT(*), COALESCE(SUM(result = 'Accepted'), 0) FROM submissions"
                 " WHERE user_id = ?1 AND mode = 'submit'",
                 &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        out->submissions = col_i64(st, 0);
        out->accepted = col_i64(st, 1);
    } else {
        rc = sq_fail(s, "user_stats", e);
    }
    sq_done(s, st);
    if (rc)
        return rc;

    /* Streak: distinct UTC days with a submission, newest first, up to today. */
    int64_t today = now / 86400;
    if (now < 0 && now % 86400)
        today--;
    rc = sq_prep(s,
                 "SELECT DISTINCT created_at / 86400000 AS day FROM submissions"
                 " WHERE user_id = ?1 AND mode = 'submit' AND created_at >= 0"
                 " AND created_at < ?2 ORDER BY day DESC",
                 &st, e);
    if (rc)
        return rc;
    int64_t end_ms = today < INT64_MAX / 86400000 - 1 ? (today + 1) * 86400000 : INT64_MAX;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, end_ms);
    int64_t expect = -1, streak = 0;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t day = col_i64(st, 0);
        if (expect < 0) {
            if (day != today && day != today - 1)
                break;
        } else if (day != expect) {
            break;
        }
        streak++;
        expect = day - 1;
    }
    if (r != SQLITE_DONE && r != SQLITE_ROW)
        rc = sq_fail(s, "user_stats", e);
    sq_done(s, st);
    out->streak_days = streak;
    return rc;
}

static lc_code user_stats_l(sq_store *s, int64_t id, int64_t now, lc_user_stats *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    lc_code rc = sq_exec(s, "BEGIN", e);
    if (rc)
        return rc;
    rc = user_stats_body(s, id, now, out, e);
    return sq_end(s, rc, e);
}

/* sessions */

static lc_code session_create_l(sq_store *s, const char *token_hash, int64_t user_id,
                                int64_t expires_at, lc_err *e)
{
    if (!token_hash || !*token_hash)
        return lc_err_set(e, LC_ERR_INVALID, "store: empty session token hash");
    sqlite3_stmt *st;
    lc_code rc = sq_prep(
        s, "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?1, ?2, ?3)", &st, e);
    if (rc)
        return rc;
    if (bind_text(st, 1, token_hash) || sqlite3_bind_int64(st, 2, user_id) ||
        sqlite3_bind_int64(st, 3, expires_at) || sqlite3_step(st) != SQLITE_DONE) {
        int ext = sqlite3_extended_errcode(s->db);
        if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
            rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such user");
        else if (ext == SQLITE_CONSTRAINT_PRIMARYKEY || ext == SQLITE_CONSTRAINT_UNIQUE)
            rc = lc_err_set(e, LC_ERR_CONFLICT, "session exists already");
        else
            rc = sq_fail(s, "session_create", e);
    }
    sq_done(s, st);
    return rc;
}

static lc_code session_get_l(sq_store *s, const char *token_hash, int64_t now, int64_t *user_id,
                             int64_t *expires_at, lc_err *e)
{
    if (!token_hash)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such session");
    sqlite3_stmt *st;
    lc_code rc =
        sq_prep(s, "SELECT user_id, expires_at FROM sessions WHERE token_hash = ?1", &st, e);
    if (rc)
        return rc;
    int64_t uid = 0, exp = 0;
    int r = bind_text(st, 1, token_hash) ? SQLITE_ERROR : sqlite3_step(st);
    if (r == SQLITE_ROW) {
        uid = col_i64(st, 0);
        exp = col_i64(st, 1);
    } else if (r == SQLITE_DONE) {
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such session");
    } else {
        rc = sq_fail(s, "session_get", e);
    }
    sq_done(s, st);
    if (rc)
        return rc;
    if (now >= exp) {
        /* Housekeeping: an expired session is never coming back. */
        if (sq_prep(s, "DELETE FROM sessions WHERE token_hash = ?1 AND expires_at <= ?2", &st,
                    NULL) == LC_OK) {
            bind_text(st, 1, token_hash);
            sqlite3_bind_int64(st, 2, now);
            sqlite3_step(st);
            sq_done(s, st);
        }
        return lc_err_set(e, LC_ERR_NOTFOUND, "session expired");
    }
    if (user_id)
        *user_id = uid;
    if (expires_at)
        *expires_at = exp;
    return LC_OK;
}

static lc_code session_revoke_l(sq_store *s, const char *token_hash, lc_err *e)
{
    if (!token_hash)
        return LC_OK;
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "DELETE FROM sessions WHERE token_hash = ?1", &st, e);
    if (rc)
        return rc;
    if (bind_text(st, 1, token_hash) || sqlite3_step(st) != SQLITE_DONE)
        rc = sq_fail(s, "session_revoke", e);
    sq_done(s, st);
    return rc;
}

/* problems */

static bool valid_difficulty(const char *d)
{
    return d && (strcmp(d, "easy") == 0 || strcmp(d, "medium") == 0 || strcmp(d, "hard") == 0);
}

/* Runs st (already bound) to completion; one row or none expected. */
static lc_code step_done(sq_store *s, sqlite3_stmt *st, const char *what, lc_err *e)
{
    lc_code rc = LC_OK;
    if (sqlite3_step(st) != SQLITE_DONE)
        rc = sq_fail(s, what, e);
    sq_done(s, st);
    return rc;
}

static lc_code problem_put_body(sq_store *s, const lc_problem *p, const lc_pkg_file *files,
                                size_t nfiles, int64_t *id_out, bool *changed_out, lc_err *e)
{
    const char *tags = p->tags_json ? p->tags_json : "[]";
    const char *hash = p->package_hash ? p->package_hash : "";
    int64_t now = now_s();
    sqlite3_stmt *st;
    lc_code rc;
    int r;

    /* tags_json must be an array (json_each would accept an object). */
    rc = sq_prep(s, "SELECT CASE WHEN json_valid(?1) THEN json_type(?1) END", &st, e);
    if (rc)
        return rc;
    bind_text(st, 1, tags);
    r = sqlite3_step(st);
    bool is_array = r == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL &&
                    strcmp((const char *)sqlite3_column_text(st, 0), "array") == 0;
    if (r != SQLITE_ROW)
        rc = sq_fail(s, "problem_put", e);
    sq_done(s, st);
    if (rc)
        return rc;
    if (!is_array)
        return lc_err_set(e, LC_ERR_INVALID, "store: tags_json must be a JSON array of strings");

    rc = sq_prep(s, "SELECT id, package_hash FROM problems WHERE slug = ?1", &st, e);
    if (rc)
        return rc;
    bind_text(st, 1, p->slug);
    int64_t id = 0;
    bool exists = false, changed = true;
    r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        exists = true;
        id = col_i64(st, 0);
        const char *old = (const char *)sqlite3_column_text(st, 1);
        changed = strcmp(old ? old : "", hash) != 0;
    } else if (r != SQLITE_DONE) {
        rc = sq_fail(s, "problem_put", e);
    }
    sq_done(s, st);
    if (rc)
        return rc;

    if (exists) {
        rc = sq_prep(s,
                     "UPDATE problems SET title = ?2, difficulty = ?3, tags_json = ?4,"
                     " statement = ?5, limits_json = ?6, function_json = ?7, starter_json = ?8,"
                     " examples_json = ?9, package_hash = ?10, updated_at = ?11 WHERE id = ?1",
                     &st, e);
        if (rc)
            return rc;
        sqlite3_bind_int64(st, 1, id);
    } else {
        rc = sq_prep(s,
                     "INSERT INTO problems (slug, title, difficulty, tags_json, statement,"
                     " limits_json, function_json, starter_json, examples_json, package_hash,"
                     " updated_at, created_at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                     &st, e);
        if (rc)
            return rc;
        bind_text(st, 1, p->slug);
        sqlite3_bind_int64(st, 12, p->created_at > 0 ? p->created_at : now);
    }
    if (bind_text(st, 2, p->title) || bind_text(st, 3, p->difficulty) || bind_text(st, 4, tags) ||
        bind_text(st, 5, p->statement ? p->statement : "") || bind_text(st, 6, p->limits_json) ||
        bind_text(st, 7, p->function_json) || bind_text(st, 8, p->starter_json) ||
        bind_text(st, 9, p->examples_json) || bind_text(st, 10, hash) ||
        sqlite3_bind_int64(st, 11, p->updated_at > 0 ? p->updated_at : now)) {
        rc = sq_fail(s, "problem_put", e);
        sq_done(s, st);
        return rc;
    }
    rc = step_done(s, st, "problem_put", e);
    if (rc)
        return rc;
    if (!exists)
        id = sqlite3_last_insert_rowid(s->db);

    if (exists && changed) {
        rc = sq_prep(s,
                     "UPDATE submissions SET needs_rejudge = 1 WHERE problem_id = ?1"
                     " AND mode = 'submit' AND status <> 'pending'",
                     &st, e);
        if (rc)
            return rc;
        sqlite3_bind_int64(st, 1, id);
        rc = step_done(s, st, "problem_put: marking submissions for rejudging", e);
        if (rc)
            return rc;
    }

    /* Files: replaced as a whole. */
    rc = sq_prep(s, "DELETE FROM problem_files WHERE problem_id = ?1", &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    rc = step_done(s, st, "problem_put: files", e);
    if (rc)
        return rc;
    if (nfiles) {
        rc = sq_prep(s, "INSERT INTO problem_files (problem_id, path, data) VALUES (?1, ?2, ?3)",
                     &st, e);
        if (rc)
            return rc;
        for (size_t i = 0; i < nfiles && !rc; i++) {
            if (!files[i].path || (!files[i].data && files[i].len) || files[i].len > INT32_MAX) {
                rc = lc_err_set(e, LC_ERR_INVALID, "store: bad package file #%zu", i);
                break;
            }
            if (sqlite3_bind_int64(st, 1, id) || bind_text(st, 2, files[i].path) ||
                sqlite3_bind_blob(st, 3, files[i].data ? files[i].data : "", (int)files[i].len,
                                  SQLITE_TRANSIENT) ||
                sqlite3_step(st) != SQLITE_DONE) {
                if (sqlite3_extended_errcode(s->db) == SQLITE_CONSTRAINT_PRIMARYKEY)
                    rc = lc_err_set(e, LC_ERR_INVALID, "store: duplicate package file %.200s",
                                    files[i].path);
                else
                    rc = sq_fail(s, "problem_put: files", e);
            }
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
        }
        sq_done(s, st);
        if (rc)
            return rc;
    }

    /* Tags: derived from tags_json (created when new; matched case-insensitively). */
    rc = sq_prep(s, "DELETE FROM problem_tags WHERE problem_id = ?1", &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    rc = step_done(s, st, "problem_put: tags", e);
    if (rc)
        return rc;
    rc = sq_prep(s,
                 "INSERT OR IGNORE INTO tags (name) SELECT trim(value) FROM json_each(?1)"
                 " WHERE type = 'text' AND trim(value) <> ''",
                 &st, e);
    if (rc)
        return rc;
    bind_text(st, 1, tags);
    rc = step_done(s, st, "problem_put: tags", e);
    if (rc)
        return rc;
    rc = sq_prep(s,
                 "INSERT OR IGNORE INTO problem_tags (problem_id, tag_id)"
                 " SELECT ?1, t.id FROM json_each(?2) j JOIN tags t ON t.name = trim(j.value)"
                 " WHERE j.type = 'text'",
                 &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    bind_text(st, 2, tags);
    rc = step_done(s, st, "problem_put: tags", e);
    if (rc)
        return rc;

    if (id_out)
        *id_out = id;
    if (changed_out)
        *changed_out = changed;
    return LC_OK;
}

static lc_code problem_put_l(sq_store *s, const lc_problem *p, const lc_pkg_file *files,
                             size_t nfiles, int64_t *id, bool *changed, lc_err *e)
{
    if (!p || !p->slug || !*p->slug || !p->title)
        return lc_err_set(e, LC_ERR_INVALID, "store: a problem needs a slug and a title");
    if (!valid_difficulty(p->difficulty))
        return lc_err_set(e, LC_ERR_INVALID, "store: difficulty must be easy, medium or hard");
    if (nfiles && !files)
        return lc_err_set(e, LC_ERR_INVALID, "store: no files");
    lc_code rc = sq_exec(s, "BEGIN IMMEDIATE", e);
    if (rc)
        return rc;
    rc = problem_put_body(s, p, files, nfiles, id, changed, e);
    return sq_end(s, rc, e);
}

static lc_code problem_get_l(sq_store *s, const char *key, bool include_deleted, lc_problem *out,
                             lc_err *e)
{
    if (!key || !*key)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
    bool digits = strspn(key, "0123456789") == strlen(key);
    int64_t id = 0;
    if (digits) {
        errno = 0;
        long long v = strtoll(key, NULL, 10);
        if (errno == ERANGE)
            return lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
        id = v;
    }
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s,
                         digits ? "SELECT " PROBLEM_COLS " FROM problems p"
                                  " WHERE p.id = ?1 AND (?2 OR p.deleted = 0)"
                                : "SELECT " PROBLEM_COLS " FROM problems p"
                                  " WHERE p.slug = ?1 AND (?2 OR p.deleted = 0)",
                         &st, e);
    if (rc)
        return rc;
    if ((digits ? sqlite3_bind_int64(st, 1, id) : bind_text(st, 1, key)) ||
        sqlite3_bind_int(st, 2, include_deleted ? 1 : 0)) {
        rc = sq_fail(s, "problem_get", e);
        sq_done(s, st);
        return rc;
    }
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW)
        rc = read_problem(st, out, e);
    else if (r == SQLITE_DONE)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
    else
        rc = sq_fail(s, "problem_get", e);
    sq_done(s, st);
    return rc;
}

/* "%text%" with LIKE's metacharacters escaped by '\'. */
static char *like_contains(const char *text)
{
    size_t n = strlen(text);
    char *p = malloc(2 * n + 3);
    if (!p)
        return NULL;
    size_t j = 0;
    p[j++] = '%';
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
            p[j++] = '\\';
        p[j++] = text[i];
    }
    p[j++] = '%';
    p[j] = '\0';
    return p;
}

#define SUB_SUBMIT "s.problem_id = p.id AND s.user_id = :uid AND s.mode = 'submit'"

static lc_code problem_list_body(sq_store *s, const lc_problem_filter *f, const char *pattern,
                                 const char *status, int64_t page, int64_t limit, lc_list *out,
                                 lc_err *e)
{
    /* The WHERE clause is assembled from fixed fragments; values are named parameters. */
    char where[1024] = " WHERE 1 = 1";
    if (!f->include_deleted)
        strcat(where, " AND p.deleted = 0");
    if (f->difficulty)
        strcat(where, " AND p.difficulty = :diff");
    if (f->tag)
        strcat(where, " AND EXISTS (SELECT 1 FROM problem_tags pt JOIN tags t ON t.id = pt.tag_id"
                      " WHERE pt.problem_id = p.id AND t.name = :tag)");
    if (pattern)
        strcat(where, " AND (p.title LIKE :search ESCAPE '\\' OR p.slug LIKE :search ESCAPE '\\')");
    if (status && strcmp(status, "solved") == 0)
        strcat(where, " AND EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT
                      " AND s.result = 'Accepted')");
    else if (status && strcmp(status, "attempted") == 0)
        strcat(where, " AND EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT ")"
                      " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT
                      " AND s.result = 'Accepted')");
    else if (status)
        strcat(where, " AND NOT EXISTS (SELECT 1 FROM submissions s WHERE " SUB_SUBMIT ")");

    char sql[2048];
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 0)
            snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM problems p%s", where);
        else
            snprintf(sql, sizeof sql,
                     "SELECT " PROBLEM_COLS " FROM problems p%s ORDER BY p.id"
                     " LIMIT :limit OFFSET :offset",
                     where);
        sqlite3_stmt *st;
        lc_code rc = sq_prep(s, sql, &st, e);
        if (rc)
            return rc;
        if (bind_named_text(st, ":diff", f->difficulty) || bind_named_text(st, ":tag", f->tag) ||
            bind_named_text(st, ":search", pattern) || bind_named_i64(st, ":uid", f->user_id) ||
            bind_named_i64(st, ":limit", limit) ||
            bind_named_i64(st, ":offset", (page - 1) * limit)) {
            rc = sq_fail(s, "problem_list", e);
        } else if (pass == 0) {
            if (sqlite3_step(st) == SQLITE_ROW)
                out->total = col_i64(st, 0);
            else
                rc = sq_fail(s, "problem_list", e);
        } else {
            rc = read_rows(s, st, sizeof(lc_problem), read_problem, free_problem, out, e);
        }
        sq_done(s, st);
        if (rc)
            return rc;
    }
    return LC_OK;
}

static lc_code problem_list_l(sq_store *s, const lc_problem_filter *fin, lc_list *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    lc_problem_filter f = {0};
    if (fin)
        f = *fin;
    int64_t page = f.page, limit = f.limit;
    clamp_page(&page, &limit);
    const char *status = f.user_id > 0 ? f.status : NULL;
    if (status && strcmp(status, "solved") != 0 && strcmp(status, "attempted") != 0 &&
        strcmp(status, "todo") != 0)
        return lc_err_set(e, LC_ERR_INVALID, "status must be solved, attempted or todo");
    char *pattern = NULL;
    if (f.search && *f.search) {
        if (strlen(f.search) > SQ_MAX_SEARCH)
            return lc_err_set(e, LC_ERR_LIMIT, "search is longer than %d bytes", SQ_MAX_SEARCH);
        pattern = like_contains(f.search);
        if (!pattern)
            return oom(e);
    }
    lc_code rc = sq_exec(s, "BEGIN", e);
    if (!rc) {
        rc = problem_list_body(s, &f, pattern, status, page, limit, out, e);
        rc = sq_end(s, rc, e);
        if (rc)
            lc_list_free_problems(out);
    }
    free(pattern);
    return rc;
}

static lc_code problem_set_deleted_l(sq_store *s, int64_t id, bool deleted, lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "UPDATE problems SET deleted = ?2, updated_at = ?3 WHERE id = ?1",
                         &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, deleted ? 1 : 0);
    sqlite3_bind_int64(st, 3, now_s());
    rc = step_done(s, st, "problem_set_deleted", e);
    if (!rc && sqlite3_changes(s->db) == 0)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
    return rc;
}

static lc_code problem_exists(sq_store *s, int64_t id, lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "SELECT 1 FROM problems WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    if (r == SQLITE_DONE)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such problem");
    else if (r != SQLITE_ROW)
        rc = sq_fail(s, "problem", e);
    sq_done(s, st);
    return rc;
}

static lc_code problem_files_body(sq_store *s, int64_t id, lc_pkg_file **files, size_t *n,
                                  lc_err *e)
{
    lc_code rc = problem_exists(s, id, e);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = sq_prep(s, "SELECT path, data FROM problem_files WHERE problem_id = ?1 ORDER BY path",
                 &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    lc_pkg_file *v = NULL;
    size_t cnt = 0, cap = 0;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        if (cnt == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            lc_pkg_file *p = realloc(v, ncap * sizeof *v);
            if (!p) {
                rc = oom(e);
                break;
            }
            v = p;
            cap = ncap;
        }
        bool nomem = false;
        lc_pkg_file *f = &v[cnt];
        f->path = col_dup(st, 0, &nomem);
        const void *blob = sqlite3_column_blob(st, 1);
        int len = sqlite3_column_bytes(st, 1);
        f->len = (size_t)len;
        f->data = malloc((size_t)len + 1); /* NUL-terminated for text files */
        if (f->data) {
            if (len)
                memcpy(f->data, blob, (size_t)len);
            f->data[len] = '\0';
        }
        if (nomem || !f->data) {
            free(f->path);
            free(f->data);
            rc = oom(e);
            break;
        }
        cnt++;
    }
    if (!rc && r != SQLITE_DONE)
        rc = sq_fail(s, "problem_files", e);
    sq_done(s, st);
    if (rc) {
        lc_pkg_files_free(v, cnt);
        return rc;
    }
    *files = v;
    *n = cnt;
    return LC_OK;
}

static lc_code problem_files_l(sq_store *s, int64_t id, lc_pkg_file **files, size_t *n, lc_err *e)
{
    *files = NULL;
    *n = 0;
    lc_code rc = sq_exec(s, "BEGIN", e);
    if (rc)
        return rc;
    rc = problem_files_body(s, id, files, n, e);
    return sq_end(s, rc, e);
}

static lc_code problem_solved_status_l(sq_store *s, int64_t user_id, int64_t problem_id,
                                       const char **status, lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s,
                         "SELECT COUNT(*), COALESCE(MAX(result = 'Accepted'), 0) FROM submissions"
                         " WHERE problem_id = ?1 AND user_id = ?2 AND mode = 'submit'",
                         &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, problem_id);
    sqlite3_bind_int64(st, 2, user_id);
    if (sqlite3_step(st) == SQLITE_ROW)
        *status = col_i64(st, 1) ? "solved" : col_i64(st, 0) ? "attempted" : "todo";
    else
        rc = sq_fail(s, "problem_solved_status", e);
    sq_done(s, st);
    return rc;
}

/* tags */

static lc_code tag_list_l(sq_store *s, char ***names_out, int64_t **ids_out, size_t *n_out,
                          lc_err *e)
{
    *names_out = NULL;
    *ids_out = NULL;
    *n_out = 0;
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "SELECT id, name FROM tags ORDER BY name, id", &st, e);
    if (rc)
        return rc;
    char **names = NULL;
    int64_t *ids = NULL;
    size_t n = 0, cap = 0;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char **pn = realloc(names, ncap * sizeof *pn);
            if (pn)
                names = pn;
            int64_t *pi = pn ? realloc(ids, ncap * sizeof *pi) : NULL;
            if (!pi) {
                rc = oom(e);
                break;
            }
            ids = pi;
            cap = ncap;
        }
        bool nomem = false;
        names[n] = col_dup(st, 1, &nomem);
        if (nomem) {
            rc = oom(e);
            break;
        }
        ids[n] = col_i64(st, 0);
        n++;
    }
    if (!rc && r != SQLITE_DONE)
        rc = sq_fail(s, "tag_list", e);
    sq_done(s, st);
    if (rc) {
        lc_tags_free(names, ids, n);
        return rc;
    }
    *names_out = names;
    *ids_out = ids;
    *n_out = n;
    return LC_OK;
}

static lc_code tag_create_l(sq_store *s, const char *name, int64_t *id, lc_err *e)
{
    if (!name || !*name)
        return lc_err_set(e, LC_ERR_INVALID, "store: empty tag name");
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "INSERT INTO tags (name) VALUES (?1)", &st, e);
    if (rc)
        return rc;
    if (bind_text(st, 1, name) || sqlite3_step(st) != SQLITE_DONE) {
        if (sqlite3_extended_errcode(s->db) == SQLITE_CONSTRAINT_UNIQUE)
            rc = lc_err_set(e, LC_ERR_CONFLICT, "tag exists already");
        else
            rc = sq_fail(s, "tag_create", e);
    } else if (id) {
        *id = sqlite3_last_insert_rowid(s->db);
    }
    sq_done(s, st);
    return rc;
}

static lc_code tag_delete_l(sq_store *s, int64_t id, lc_err *e)
{
    sqlite3_stmt *st;
    /* problem_tags rows go with it (ON DELETE CASCADE); tags_json keeps its text. */
    lc_code rc = sq_prep(s, "DELETE FROM tags WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    rc = step_done(s, st, "tag_delete", e);
    if (!rc && sqlite3_changes(s->db) == 0)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such tag");
    return rc;
}

/* submissions */

static bool valid_id(const char *id) { return id[0] && strnlen(id, 40) < 40; }

static bool final_status(const char *st)
{
    static const char *const finals[] = {
        "success",        "compilation_error",     "runtime_error",
        "time_limit_exceeded", "memory_limit_exceeded", "output_limit_exceeded",
        "internal_error",
    };
    for (size_t i = 0; st && i < sizeof finals / sizeof finals[0]; i++)
        if (strcmp(st, finals[i]) == 0)
            return true;
    return false;
}

static lc_code submission_create_l(sq_store *s, const lc_submission *sub, lc_err *e)
{
    if (!sub || !valid_id(sub->id) || !sub->language || !sub->code)
        return lc_err_set(e, LC_ERR_INVALID,
                          "store: a submission needs an id, a language and code");
    const char *mode = sub->mode ? sub->mode : "submit";
    if (strcmp(mode, "submit") != 0 && strcmp(mode, "run") != 0)
        return lc_err_set(e, LC_ERR_INVALID, "store: mode must be submit or run");
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s,
                         "INSERT INTO submissions (id, user_id, problem_id, language, code, mode,"
                         " input, status, created_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8)",
                         &st, e);
    if (rc)
        return rc;
    if (bind_text(st, 1, sub->id) || sqlite3_bind_int64(st, 2, sub->user_id) ||
        sqlite3_bind_int64(st, 3, sub->problem_id) || bind_text(st, 4, sub->language) ||
        bind_text(st, 5, sub->code) || bind_text(st, 6, mode) || bind_text(st, 7, sub->input) ||
        sqlite3_bind_int64(st, 8, sub->created_at > 0 ? sub->created_at : now_ms()) ||
        sqlite3_step(st) != SQLITE_DONE) {
        int ext = sqlite3_extended_errcode(s->db);
        if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
            rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such user or problem");
        else if (ext == SQLITE_CONSTRAINT_PRIMARYKEY || ext == SQLITE_CONSTRAINT_UNIQUE)
            rc = lc_err_set(e, LC_ERR_CONFLICT, "submission %s exists already", sub->id);
        else
            rc = sq_fail(s, "submission_create", e);
    }
    sq_done(s, st);
    return rc;
}

static lc_code submission_get_l(sq_store *s, const char *id, lc_submission *out, lc_err *e)
{
    if (!id)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "SELECT " SUB_COLS " FROM submissions WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    int r = bind_text(st, 1, id) ? SQLITE_ERROR : sqlite3_step(st);
    if (r == SQLITE_ROW)
        rc = read_sub(st, out, e);
    else if (r == SQLITE_DONE)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    else
        rc = sq_fail(s, "submission_get", e);
    sq_done(s, st);
    return rc;
}

static lc_code submission_exists(sq_store *s, const char *id, lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, "SELECT 1 FROM submissions WHERE id = ?1", &st, e);
    if (rc)
        return rc;
    int r = bind_text(st, 1, id) ? SQLITE_ERROR : sqlite3_step(st);
    if (r == SQLITE_DONE)
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    else if (r != SQLITE_ROW)
        rc = sq_fail(s, "submission", e);
    sq_done(s, st);
    return rc;
}

static lc_code submission_start_l(sq_store *s, const char *id, bool *started, lc_err *e)
{
    *started = false;
    if (!id)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    sqlite3_stmt *st;
    lc_code rc = sq_prep(
        s, "UPDATE submissions SET status = 'running' WHERE id = ?1 AND status = 'pending'", &st,
        e);
    if (rc)
        return rc;
    bind_text(st, 1, id);
    rc = step_done(s, st, "submission_start", e);
    if (rc)
        return rc;
    if (sqlite3_changes(s->db) == 1) {
        *started = true;
        return LC_OK;
    }
    return submission_exists(s, id, e);
}

static lc_code submission_finish_body(sq_store *s, const lc_submission *r, bool *applied,
                                      lc_err *e)
{
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s,
                         "SELECT status, result = 'Accepted', mode = 'submit', problem_id,"
                         " needs_rejudge FROM submissions WHERE id = ?1",
                         &st, e);
    if (rc)
        return rc;
    bind_text(st, 1, r->id);
    int step = sqlite3_step(st);
    bool first = false, rejudge = false, was_acc = false, submit = false;
    int64_t problem_id = 0;
    if (step == SQLITE_ROW) {
        const char *status = (const char *)sqlite3_column_text(st, 0);
        first = status && (strcmp(status, "pending") == 0 || strcmp(status, "running") == 0);
        was_acc = sqlite3_column_int(st, 1) != 0;
        submit = sqlite3_column_int(st, 2) != 0;
        problem_id = col_i64(st, 3);
        rejudge = !first && sqlite3_column_int(st, 4) != 0;
    } else if (step == SQLITE_DONE) {
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "no such submission");
    } else {
        rc = sq_fail(s, "submission_finish", e);
    }
    sq_done(s, st);
    if (rc || (!first && !rejudge))
        return rc; /* already has its verdict: nothing changes */

    rc = sq_prep(s,
                 "UPDATE submissions SET status = ?2, result = ?3, runtime = ?4, memory = ?5,"
                 " passed = ?6, total = ?7, details_json = ?8, finished_at = ?9,"
                 " needs_rejudge = CASE WHEN ?10 THEN 0 ELSE needs_rejudge END WHERE id = ?1",
                 &st, e);
    if (rc)
        return rc;
    if (bind_text(st, 1, r->id) || bind_text(st, 2, r->status) || bind_text(st, 3, r->result) ||
        sqlite3_bind_double(st, 4, r->runtime) || sqlite3_bind_int64(st, 5, r->memory) ||
        sqlite3_bind_int64(st, 6, r->passed) || sqlite3_bind_int64(st, 7, r->total) ||
        bind_text(st, 8, r->details_json) ||
        sqlite3_bind_int64(st, 9, r->finished_at > 0 ? r->finished_at : now_ms()) ||
        sqlite3_bind_int(st, 10, rejudge ? 1 : 0)) {
        rc = sq_fail(s, "submission_finish", e);
        sq_done(s, st);
        return rc;
    }
    rc = step_done(s, st, "submission_finish", e);
    if (rc)
        return rc;

    if (submit) {
        bool acc = r->result && strcmp(r->result, "Accepted") == 0;
        int64_t dsub = first ? 1 : 0;
        int64_t dacc = first ? (acc ? 1 : 0) : (int64_t)acc - (int64_t)was_acc;
        if (dsub || dacc) {
            rc = sq_prep(s,
                         "UPDATE problems SET submissions = submissions + ?2,"
                         " accepted = accepted + ?3 WHERE id = ?1",
                         &st, e);
            if (rc)
                return rc;
            sqlite3_bind_int64(st, 1, problem_id);
            sqlite3_bind_int64(st, 2, dsub);
            sqlite3_bind_int64(st, 3, dacc);
            rc = step_done(s, st, "submission_finish: counters", e);
            if (rc)
                return rc;
        }
    }
    *applied = true;
    return LC_OK;
}

static lc_code submission_finish_l(sq_store *s, const lc_submission *r, bool *applied, lc_err *e)
{
    *applied = false;
    if (!r || !valid_id(r->id))
        return lc_err_set(e, LC_ERR_INVALID, "store: a result needs a submission id");
    if (!final_status(r->status))
        return lc_err_set(e, LC_ERR_INVALID, "store: '%.40s' is not a verdict status",
                          r->status ? r->status : "(null)");
    lc_code rc = sq_exec(s, "BEGIN IMMEDIATE", e);
    if (rc)
        return rc;
    rc = submission_finish_body(s, r, applied, e);
    rc = sq_end(s, rc, e);
    if (rc)
        *applied = false;
    return rc;
}

static lc_code submission_list_body(sq_store *s, lc_sub_by by, int64_t user_id,
                                    int64_t problem_id, int64_t page, int64_t limit, lc_list *out,
                                    lc_err *e)
{
    static const char *const where[] = {
        [LC_SUB_BY_USER] = " WHERE user_id = ?1 AND mode = 'submit'",
        [LC_SUB_BY_PROBLEM] = " WHERE problem_id = ?2 AND mode = 'submit'",
        [LC_SUB_BY_PROBLEM_USER] = " WHERE problem_id = ?2 AND user_id = ?1 AND mode = 'submit'",
    };
    char sql[512];
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 0)
            snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM submissions%s", where[by]);
        else
            snprintf(sql, sizeof sql,
                     "SELECT " SUB_COLS_LIST " FROM submissions%s"
                     " ORDER BY created_at DESC, id DESC LIMIT ?3 OFFSET ?4",
                     where[by]);
        sqlite3_stmt *st;
        lc_code rc = sq_prep(s, sql, &st, e);
        if (rc)
            return rc;
        /* ?1 user, ?2 problem, ?3 limit, ?4 offset: bind the slots the statement has. */
        int np = sqlite3_bind_parameter_count(st);
        int64_t v[4] = {user_id, problem_id, limit, (page - 1) * limit};
        int brc = SQLITE_OK;
        for (int i = 0; i < np && i < 4 && brc == SQLITE_OK; i++)
            brc = sqlite3_bind_int64(st, i + 1, v[i]);
        if (brc != SQLITE_OK) {
            rc = sq_fail(s, "submission_list", e);
        } else if (pass == 0) {
            if (sqlite3_step(st) == SQLITE_ROW)
                out->total = col_i64(st, 0);
            else
                rc = sq_fail(s, "submission_list", e);
        } else {
            rc = read_rows(s, st, sizeof(lc_submission), read_sub, free_sub, out, e);
        }
        sq_done(s, st);
        if (rc)
            return rc;
    }
    return LC_OK;
}

static lc_code submission_list_l(sq_store *s, lc_sub_by by, int64_t user_id, int64_t problem_id,
                                 int64_t page, int64_t limit, lc_list *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    if (by != LC_SUB_BY_USER && by != LC_SUB_BY_PROBLEM && by != LC_SUB_BY_PROBLEM_USER)
        return lc_err_set(e, LC_ERR_INVALID, "store: unknown submission list");
    clamp_page(&page, &limit);
    lc_code rc = sq_exec(s, "BEGIN", e);
    if (rc)
        return rc;
    rc = submission_list_body(s, by, user_id, problem_id, page, limit, out, e);
    rc = sq_end(s, rc, e);
    if (rc)
        lc_list_free_submissions(out);
    return rc;
}

static lc_code sub_query_all(sq_store *s, const char *sql, int64_t limit, lc_list *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s, sql, &st, e);
    if (rc)
        return rc;
    if (sqlite3_bind_parameter_count(st) > 0)
        sqlite3_bind_int64(st, 1, limit);
    rc = read_rows(s, st, sizeof(lc_submission), read_sub, free_sub, out, e);
    sq_done(s, st);
    if (!rc)
        out->total = (int64_t)out->n;
    return rc;
}

static lc_code submission_unfinished_l(sq_store *s, lc_list *out, lc_err *e)
{
    return sub_query_all(s,
                         "SELECT " SUB_COLS " FROM submissions"
                         " WHERE status IN ('pending', 'running') ORDER BY created_at, id",
                         0, out, e);
}

static lc_code submission_rejudge_list_l(sq_store *s, int64_t limit, lc_list *out, lc_err *e)
{
    if (limit <= 0)
        limit = SQ_REJUDGE_DEFAULT;
    if (limit > SQ_REJUDGE_MAX)
        limit = SQ_REJUDGE_MAX;
    return sub_query_all(s,
                         "SELECT " SUB_COLS " FROM submissions"
                         " WHERE needs_rejudge = 1 ORDER BY created_at, id LIMIT ?1",
                         limit, out, e);
}

static lc_code submission_beats_l(sq_store *s, const lc_submission *sub, double *rt_pct,
                                  double *mem_pct, lc_err *e)
{
    *rt_pct = *mem_pct = 0;
    if (!sub || !sub->language)
        return lc_err_set(e, LC_ERR_INVALID, "store: beats needs a problem and a language");
    sqlite3_stmt *st;
    lc_code rc = sq_prep(s,
                         "SELECT COUNT(*), COALESCE(SUM(runtime > ?3), 0),"
                         " COALESCE(SUM(memory > ?4), 0) FROM submissions"
                         " WHERE problem_id = ?1 AND language = ?2 AND mode = 'submit'"
                         " AND result = 'Accepted' AND id <> ?5",
                         &st, e);
    if (rc)
        return rc;
    if (sqlite3_bind_int64(st, 1, sub->problem_id) || bind_text(st, 2, sub->language) ||
        sqlite3_bind_double(st, 3, sub->runtime) || sqlite3_bind_int64(st, 4, sub->memory) ||
        bind_text(st, 5, sub->id) || sqlite3_step(st) != SQLITE_ROW) {
        rc = sq_fail(s, "submission_beats", e);
    } else {
        int64_t n = col_i64(st, 0);
        if (n == 0) {
            *rt_pct = *mem_pct = 100.0; /* the only one: it beats everybody there is */
        } else {
            *rt_pct = 100.0 * (double)col_i64(st, 1) / (double)n;
            *mem_pct = 100.0 * (double)col_i64(st, 2) / (double)n;
        }
    }
    sq_done(s, st);
    return rc;
}

/* ---- the ops table ------------------------------------------------------------------------ */

static lc_code op_ping(lc_store *st, lc_err *e) { LOCKED(st, ping_l(s_, e)); }

static lc_code op_user_create(lc_store *st, const lc_user *u, int64_t *id, lc_err *e)
{
    LOCKED(st, user_create_l(s_, u, id, e));
}

static lc_code op_user_get(lc_store *st, int64_t id, lc_user *out, lc_err *e)
{
    LOCKED(st, user_get_l(s_, id, out, e));
}

static lc_code op_user_find(lc_store *st, const char *login, lc_user *out, lc_err *e)
{
    LOCKED(st, user_find_l(s_, login, out, e));
}

static lc_code op_user_stats(lc_store *st, int64_t id, int64_t now, lc_user_stats *out, lc_err *e)
{
    LOCKED(st, user_stats_l(s_, id, now, out, e));
}

static lc_code op_session_create(lc_store *st, const char *token_hash, int64_t user_id,
                                 int64_t expires_at, lc_err *e)
{
    LOCKED(st, session_create_l(s_, token_hash, user_id, expires_at, e));
}

static lc_code op_session_get(lc_store *st, const char *token_hash, int64_t now, int64_t *user_id,
                              int64_t *expires_at, lc_err *e)
{
    LOCKED(st, session_get_l(s_, token_hash, now, user_id, expires_at, e));
}

static lc_code op_session_revoke(lc_store *st, const char *token_hash, lc_err *e)
{
    LOCKED(st, session_revoke_l(s_, token_hash, e));
}

static lc_code op_problem_put(lc_store *st, const lc_problem *p, const lc_pkg_file *files,
                              size_t nfiles, int64_t *id, bool *changed, lc_err *e)
{
    LOCKED(st, problem_put_l(s_, p, files, nfiles, id, changed, e));
}

static lc_code op_problem_get(lc_store *st, const char *key, bool include_deleted,
                              lc_problem *out, lc_err *e)
{
    LOCKED(st, problem_get_l(s_, key, include_deleted, out, e));
}

static lc_code op_problem_list(lc_store *st, const lc_problem_filter *f, lc_list *out, lc_err *e)
{
    LOCKED(st, problem_list_l(s_, f, out, e));
}

static lc_code op_problem_set_deleted(lc_store *st, int64_t id, bool deleted, lc_err *e)
{
    LOCKED(st, problem_set_deleted_l(s_, id, deleted, e));
}

static lc_code op_problem_files(lc_store *st, int64_t id, lc_pkg_file **files, size_t *n,
                                lc_err *e)
{
    LOCKED(st, problem_files_l(s_, id, files, n, e));
}

static lc_code op_problem_solved_status(lc_store *st, int64_t user_id, int64_t problem_id,
                                        const char **status, lc_err *e)
{
    LOCKED(st, problem_solved_status_l(s_, user_id, problem_id, status, e));
}

static lc_code op_tag_list(lc_store *st, char ***names, int64_t **ids, size_t *n, lc_err *e)
{
    LOCKED(st, tag_list_l(s_, names, ids, n, e));
}

static lc_code op_tag_create(lc_store *st, const char *name, int64_t *id, lc_err *e)
{
    LOCKED(st, tag_create_l(s_, name, id, e));
}

static lc_code op_tag_delete(lc_store *st, int64_t id, lc_err *e)
{
    LOCKED(st, tag_delete_l(s_, id, e));
}

static lc_code op_submission_create(lc_store *st, const lc_submission *sub, lc_err *e)
{
    LOCKED(st, submission_create_l(s_, sub, e));
}

static void op_submission_create_many(lc_store *st, const lc_submission *subs, size_t n,
                                      lc_code *rcs, lc_err *errs)
{
    sq_store *s = sq(st);
    pthread_mutex_lock(&s->mu);
    if (n == 1 || sq_exec(s, "BEGIN IMMEDIATE", &errs[0]) != LC_OK) {
        /* one submission (or no transaction to be had): each on its own */
        for (size_t i = 0; i < n; i++)
            rcs[i] = submission_create_l(s, &subs[i], &errs[i]);
        pthread_mutex_unlock(&s->mu);
        return;
    }
    /* a failing INSERT (a constraint: a taken id, an unknown user) is backed
     * out by SQLite alone and leaves the transaction open for the others */
    for (size_t i = 0; i < n; i++)
        rcs[i] = submission_create_l(s, &subs[i], &errs[i]);
    lc_err ce = {0};
    if (sq_exec(s, "COMMIT", &ce) != LC_OK) {
        sq_exec(s, "ROLLBACK", NULL);
        for (size_t i = 0; i < n; i++)
            if (rcs[i] == LC_OK) {
                rcs[i] = ce.code ? ce.code : LC_ERR_IO;
                errs[i] = ce;
            }
    }
    pthread_mutex_unlock(&s->mu);
}

static lc_code op_submission_get(lc_store *st, const char *id, lc_submission *out, lc_err *e)
{
    LOCKED(st, submission_get_l(s_, id, out, e));
}

static lc_code op_submission_start(lc_store *st, const char *id, bool *started, lc_err *e)
{
    LOCKED(st, submission_start_l(s_, id, started, e));
}

static lc_code op_submission_finish(lc_store *st, const lc_submission *r, bool *applied,
                                    lc_err *e)
{
    LOCKED(st, submission_finish_l(s_, r, applied, e));
}

static lc_code op_submission_list(lc_store *st, lc_sub_by by, int64_t user_id,
                                  int64_t problem_id, int64_t page, int64_t limit, lc_list *out,
                                  lc_err *e)
{
    LOCKED(st, submission_list_l(s_, by, user_id, problem_id, page, limit, out, e));
}

static lc_code op_submission_unfinished(lc_store *st, lc_list *out, lc_err *e)
{
    LOCKED(st, submission_unfinished_l(s_, out, e));
}

static lc_code op_submission_beats(lc_store *st, const lc_submission *sub, double *rt,
                                   double *mem, lc_err *e)
{
    LOCKED(st, submission_beats_l(s_, sub, rt, mem, e));
}

static lc_code op_submission_rejudge_list(lc_store *st, int64_t limit, lc_list *out, lc_err *e)
{
    LOCKED(st, submission_rejudge_list_l(s_, limit, out, e));
}

const lc_store_ops lc_store_sqlite_ops = {
    .scheme = "sqlite",
    .open = sq_open,
    .close = sq_close,
    .ping = op_ping,
    .user_create = op_user_create,
    .user_get = op_user_get,
    .user_find = op_user_find,
    .user_stats = op_user_stats,
    .session_create = op_session_create,
    .session_get = op_session_get,
    .session_revoke = op_session_revoke,
    .problem_put = op_problem_put,
    .problem_get = op_problem_get,
    .problem_list = op_problem_list,
    .problem_set_deleted = op_problem_set_deleted,
    .problem_files = op_problem_files,
    .problem_solved_status = op_problem_solved_status,
    .tag_list = op_tag_list,
    .tag_create = op_tag_create,
    .tag_delete = op_tag_delete,
    .submission_create = op_submission_create,
    .submission_create_many = op_submission_create_many,
    .submission_get = op_submission_get,
    .submission_start = op_submission_start,
    .submission_finish = op_submission_finish,
    .submission_list = op_submission_list,
    .submission_unfinished = op_submission_unfinished,
    .submission_beats = op_submission_beats,
    .submission_rejudge_list = op_submission_rejudge_list,
};
