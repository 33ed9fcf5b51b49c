/* The SQL store: one implementation of every store operation (store_sql.c)
 * over two dialects, SQLite (store_sqlite.c, the embedded default) and
 * PostgreSQL (store_pg.c, the distributed deployment).
 *
 * The shared part owns everything that is the same: the schema's shape and
 * the migrations list, every query's text, the record mapping, validation,
 * transactions' boundaries, the statement cache. A dialect supplies only a
 * connection: prepare / bind / step / columns, transactions, the schema
 * version's storage, how its errors map to lc_code, and a few words of DDL.
 *
 * SQL text is written once, in the subset both engines speak: parameters are
 * numbered ?1..?N (every number used; PostgreSQL gets $1..$N), booleans are
 * integers 0/1, ids come back by RETURNING, upserts are ON CONFLICT. The
 * schema's few dialect words are written {ID}, {BLOB}, {NOCASE},
 * {NOROWID}, {PRE} and substituted from the dialect's word list. */
#ifndef LC_STORE_SQL_H
#define LC_STORE_SQL_H

#include "store.h"

#define LC_SQL_CACHE_MAX 160

typedef struct lc_sql_dialect lc_sql_dialect;

typedef enum lc_sql_txn {
    LC_SQL_READ,   /* reads only, one consistent snapshot */
    LC_SQL_INSERT, /* writes rows nobody reads back inside it (group commit) */
    /* Reads then writes what it read (problem_put, submission_finish): one
     * such transaction at a time (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
     * advisory lock every writer of this kind takes), so the read stays true. */
    LC_SQL_WRITE,
} lc_sql_txn;

/* A dialect's statement or connection starts with one of these. */
typedef struct lc_sql_stmt {
    const lc_sql_dialect *d;
} lc_sql_stmt;

typedef struct lc_sql_conn {
    const lc_sql_dialect *d;
    struct {
        char *sql;
        lc_sql_stmt *st;
    } cache[LC_SQL_CACHE_MAX]; /* prepared statements by their (shared) SQL text */
    size_t ncache;
} lc_sql_conn;

struct lc_sql_dialect {
    const char *name;
    const char *const *words; /* {"{ID}", "...", "{BLOB}", "...", ..., NULL} */
    /* PostgreSQL: a failed statement aborts its whole transaction, so a
     * statement that may fail alone runs inside a savepoint. */
    bool stmt_error_aborts_txn;

    /* sql uses ?N parameters; keep: it will be reused (cached) */
    lc_code (*prepare)(lc_sql_conn *c, const char *sql, bool keep, lc_sql_stmt **out, lc_err *e);
    void (*reset)(lc_sql_stmt *st); /* clears results and bindings: ready to run again */
    void (*finalize)(lc_sql_stmt *st);
    /* Bind errors are kept in the statement and reported by step. */
    void (*bind_i64)(lc_sql_stmt *st, int i, int64_t v);
    void (*bind_double)(lc_sql_stmt *st, int i, double v);
    void (*bind_text)(lc_sql_stmt *st, int i, const char *v); /* NULL: SQL NULL */
    void (*bind_blob)(lc_sql_stmt *st, int i, const void *v, size_t n);
    /* *row: a row to read; false: the statement is done. A failure's code
     * tells its kind: LC_ERR_CONFLICT (unique or primary key),
     * LC_ERR_NOTFOUND (foreign key), LC_ERR_INVALID (another constraint),
     * LC_ERR_BUSY, LC_ERR_IO, ...; its message is "store: WHAT: <the engine's>". */
    lc_code (*step)(lc_sql_conn *c, lc_sql_stmt *st, bool *row, const char *what, lc_err *e);
    int64_t (*changes)(lc_sql_conn *c, lc_sql_stmt *st); /* rows the last step changed */
    int64_t (*col_i64)(lc_sql_stmt *st, int i);
    double (*col_double)(lc_sql_stmt *st, int i);
    const char *(*col_text)(lc_sql_stmt *st, int i); /* NULL for SQL NULL; valid until the next step */
    const void *(*col_blob)(lc_sql_stmt *st, int i, size_t *len);

    /* Parameterless SQL, possibly several statements (DDL, SAVEPOINT ...). */
    lc_code (*exec)(lc_sql_conn *c, const char *sql, lc_err *e);
    lc_code (*begin)(lc_sql_conn *c, lc_sql_txn kind, lc_err *e);
    bool (*in_txn)(lc_sql_conn *c);
    lc_code (*version_get)(lc_sql_conn *c, int *v, lc_err *e);
    lc_code (*version_set)(lc_sql_conn *c, int v, lc_err *e);
};

/* A store over connections of one dialect; the dialect's open fills the
 * callbacks and calls lc_sql_store_init, its close calls lc_sql_store_fini. */
typedef struct lc_sql_store lc_sql_store;
struct lc_sql_store {
    lc_store base;
    /* A connection for one operation (an error when none can be had). */
    lc_code (*acquire)(lc_sql_store *s, lc_sql_conn **out, lc_err *e);
    void (*release)(lc_sql_store *s, lc_sql_conn *c);
    void (*destroy)(lc_sql_store *s);
};

extern const lc_store_ops lc_sql_store_ops;

/* Brings c's schema to this build's version (refusing a newer one). */
lc_code lc_sql_migrate(lc_sql_conn *c, lc_err *e);
/* Finalizes c's cached statements (before closing, or after a reconnect). */
void lc_sql_conn_clear(lc_sql_conn *c);

lc_code lc_store_sqlite_open(const char *rest, lc_store **out, lc_err *e);
lc_code lc_store_pg_open(const char *url, lc_store **out, lc_err *e);

#endif
