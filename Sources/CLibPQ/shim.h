#include <postgresql/libpq-fe.h>

/// Swallows server NOTICE messages, which libpq would otherwise print on stderr over the screen.
static inline void ws_ignore_notice(void *arg, const char *message) { (void)arg; (void)message; }
static inline void ws_silence_notices(PGconn *conn) { PQsetNoticeProcessor(conn, ws_ignore_notice, 0); }
