/* Logging through one macro; the level is checked before formatting.
 * Output: one key=value line per event on stderr. */
#ifndef LC_LOG_H
#define LC_LOG_H

enum { LC_LOG_ERROR = 0, LC_LOG_WARN = 1, LC_LOG_INFO = 2, LC_LOG_DEBUG = 3 };

extern int lc_log_level;
void lc_log_init_from_env(void); /* LITECODE_LOG=error|warn|info|debug */
void lc_log_write(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define LC_LOG(level, ...)                                                                         \
    do {                                                                                           \
        if ((level) <= lc_log_level)                                                               \
            lc_log_write((level), __VA_ARGS__);                                                    \
    } while (0)
#define LC_ERROR(...) LC_LOG(LC_LOG_ERROR, __VA_ARGS__)
#define LC_WARN(...) LC_LOG(LC_LOG_WARN, __VA_ARGS__)
#define LC_INFO(...) LC_LOG(LC_LOG_INFO, __VA_ARGS__)
#define LC_DEBUG(...) LC_LOG(LC_LOG_DEBUG, __VA_ARGS__)

#endif
