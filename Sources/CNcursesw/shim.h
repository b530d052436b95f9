#ifndef WORKSTATION_CNCURSESW_SHIM_H
#define WORKSTATION_CNCURSESW_SHIM_H
// Without these two defines get_wch and cchar_t are missing (TOOLCHAIN.md).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

// C globals and macros Swift 6 cannot import or rejects as not concurrency-safe.
static inline WINDOW *ws_stdscr(void) { return stdscr; }
static inline int ws_lines(void) { return LINES; }
static inline int ws_cols(void) { return COLS; }
static inline int ws_colors(void) { return COLORS; }
static inline int ws_key_f(int n) { return KEY_F(n); }
static inline attr_t ws_attr_normal(void) { return A_NORMAL; }
static inline attr_t ws_attr_bold(void) { return A_BOLD; }
static inline attr_t ws_attr_reverse(void) { return A_REVERSE; }
static inline attr_t ws_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t ws_attr_dim(void) { return A_DIM; }

/// Reads one key; returns OK, KEY_CODE_YES or ERR (timeout) like wget_wch.
static inline int ws_get_wch(unsigned int *out) {
  wint_t ch = 0;
  int rc = wget_wch(stdscr, &ch);
  *out = (unsigned int)ch;
  return rc;
}

/// Draws one grapheme (a base character plus up to four combining marks) at y, x.
static inline int ws_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

// The crash path. A signal handler must not call curses (not async-signal-safe), so the
// terminal is restored with tcsetattr and write, which are, and the signal is raised again.
static struct termios ws_saved_termios;
static int ws_saved_termios_valid = 0;

static void ws_crash_handler(int sig) {
  if (ws_saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &ws_saved_termios);
  static const char reset[] = "\033[0m\033[?25h\033[?1049l\r\n";
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  signal(sig, SIG_DFL);
  raise(sig);
}

/// Saves the terminal modes before curses changes them and installs the crash path.
static inline void ws_install_crash_restore(void) {
  if (tcgetattr(STDIN_FILENO, &ws_saved_termios) == 0) ws_saved_termios_valid = 1;
  int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    act.sa_handler = ws_crash_handler;
    sigemptyset(&act.sa_mask);
    sigaction(signals[i], &act, NULL);
  }
}
#endif
