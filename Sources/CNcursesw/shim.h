#ifndef WORKSTATION_CNCURSESW_SHIM_H
#define WORKSTATION_CNCURSESW_SHIM_H
// Without these two defines get_wch and cchar_t are missing (TOOLCHAIN.md).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

// C globals and macros Swift 6 cannot import or rejects as not concurrency-safe.
static inline WINDOW *ws_stdscr(void) { return stdscr; }
static inline int ws_lines(void) { return LINES; }
static inline int ws_cols(void) { return COLS; }
static inline int ws_colors(void) { return COLORS; }
static inline int ws_key_f(int n) { return KEY_F(n); }
#include <langinfo.h>
#include <stdio.h>
/// Starts curses on the process's own terminal; NULL (not exit) when TERM is unknown.
static inline SCREEN *ws_newterm(void) { return newterm(NULL, stdout, stdin); }
/// True when the current locale's character set is UTF-8.
static inline int ws_locale_is_utf8(void) { return strcmp(nl_langinfo(CODESET), "UTF-8") == 0; }
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

#include <ncursesw/term.h>
/// The key code curses gives an extended key named in terminfo ("kLFT5" is ctrl+left), or 0
/// when this terminal does not describe it.
static inline int ws_extended_key(const char *capability) {
  char *sequence = tigetstr(capability);
  if (sequence == NULL || sequence == (char *)-1) return 0;
  int code = key_defined(sequence);
  return code > 0 ? code : 0;
}

#endif
