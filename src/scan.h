/*
 * src/scan.h
 *		What the five text parsers share (materials, weibull, lifetable,
 *		material_flows, and the values of staged import rows): one error,
 *		one decimal scanner, one case-insensitive word match, one skip of
 *		white space, one UTF-8-safe excerpt of the input, and one text of a
 *		float8 for messages, which the server's messages use too.
 *
 * Standard C only, no server headers: the fuzz targets link the parsers
 * with this file alone.
 *
 * The scanning functions read s[0..len) and no further.  A NUL byte matches
 * nothing they look for (no space, digit, sign, letter), so a NUL-terminated
 * string may be scanned with len SCAN_UNTIL_NUL.
 */
#ifndef CIRCULAR_ICT_SCAN_H
#define CIRCULAR_ICT_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* printf-style checking of the format (argument fmt) and arguments (from first) */
#if defined(__GNUC__) || defined(__clang__)
#define SCAN_PRINTF(fmt, first) __attribute__((format(printf, fmt, first)))
#else
#define SCAN_PRINTF(fmt, first)
#endif

/* len of a NUL-terminated string whose length the scan need not know */
#define SCAN_UNTIL_NUL SIZE_MAX

/* What went wrong; the server maps each kind to a SQLSTATE */
typedef enum ScanErrorKind
{
	SCAN_OK = 0,
	SCAN_SYNTAX,				/* 22P02: not the grammar */
	SCAN_INVALID_VALUE,			/* 22P02 (or the caller's): grammatical, not an
								 * allowed value */
	SCAN_OUT_OF_RANGE,			/* 22003: a number outside what the type holds */
	SCAN_INCONSISTENT			/* 22023: values that no valid input gives
								 * together */
} ScanErrorKind;

/* room for each text of a ScanError, NUL included */
#define SCAN_TEXT_LEN 400

/* An error of a parser or of a check, in the server's terms */
typedef struct ScanError
{
	ScanErrorKind kind;
	char		message[SCAN_TEXT_LEN]; /* errmsg, or "" if the caller writes it */
	char		detail[SCAN_TEXT_LEN];	/* errdetail: a full sentence */
	char		hint[SCAN_TEXT_LEN];	/* errhint, or "" */
} ScanError;

/* Sets err to no error, all texts empty */
extern void scan_error_clear(ScanError *err);

/* Sets kind, hint (NULL for none) and a printf-style detail; returns false */
extern bool scan_fail(ScanError *err, ScanErrorKind kind, const char *hint,
					  const char *fmt,...) SCAN_PRINTF(4, 5);

/* Sets the message of err, printf-style */
extern void scan_set_message(ScanError *err, const char *fmt,...) SCAN_PRINTF(2, 3);

/* Is c white space as PostgreSQL's scanner knows it? */
extern bool scan_is_space(char c);

/* Can c continue a word: an ASCII letter, a digit or "_"? */
extern bool scan_is_word_char(char c);

/* How many bytes of white space s[0..len) starts with */
extern size_t scan_space(const char *s, size_t len);

/*
 * Does s[0..len) start with word (lower-case ASCII) in any case, not
 * followed by a letter, a digit or "_"?  Its length if so, else 0.
 */
extern size_t scan_word(const char *s, size_t len, const char *word);

/*
 * Copies s[0..len) into dst (SCAN_EXCERPT_SIZE(max) bytes), cut to at most
 * max bytes at the start of a UTF-8 character and ended by "..." when cut,
 * so that a message quoting it stays valid UTF-8.  Returns dst.
 */
#define SCAN_EXCERPT_SIZE(max) ((max) + 4)
extern char *scan_excerpt(char *dst, const char *s, size_t len, size_t max);

/* Grammar options of scan_decimal, where the parsers' grammars differ */
#define SCAN_DECIMAL_COMMA	0x01	/* "," is a decimal separator as "." is */
#define SCAN_NAN_INFINITY	0x02	/* NaN, Infinity and Inf (any case, after
									 * an optional sign) are numbers */

/* Exponents beyond this in magnitude are read as this: the float8 is 0 or infinite */
#define SCAN_EXPONENT_MAX 1000000

/* A decimal number that scan_decimal found */
typedef struct ScanDecimal
{
	size_t		length;			/* bytes, sign and exponent included */
	bool		negative;		/* a "-" sign */
	bool		special;		/* NaN or Infinity (value holds it) */
	double		value;			/* of a special: NaN or +-Infinity */
	size_t		mantissa_start; /* offset of the digits, after the sign */
	size_t		mantissa_end;	/* offset after the last digit of the mantissa */
	size_t		digits;			/* digits in the mantissa */
	bool		nonzero;		/* some digit of the mantissa is not 0 */
	long		exponent;		/* the value of the exponent, within
								 * +-SCAN_EXPONENT_MAX */
} ScanDecimal;

/*
 * Scans a decimal number at the start of s[0..len):
 *		[+-] (digits [. digits] | . digits) [(e|E) [+-] digits]
 * with the options in flags.  An "e" without digits is not part of the
 * number: whether "1e" is 1 followed by "e" (a unit) or no number at all is
 * the caller's grammar.  Fills *d and returns its length, or returns
 * 0 when s does not start with a number.
 */
extern size_t scan_decimal(const char *s, size_t len, int flags, ScanDecimal *d);

/* What scan_decimal_value made of a number */
typedef enum ScanNumberStatus
{
	SCAN_NUMBER_OK = 0,
	SCAN_NUMBER_OVERFLOW,		/* beyond the largest float8 */
	SCAN_NUMBER_UNDERFLOW		/* above 0 but rounds to 0 (denormals are
								 * taken) */
} ScanNumberStatus;

/*
 * The float8 nearest to the number d found in s, times 10^shift (a unit),
 * rounded once from the exact decimal.  A special stands for itself.
 */
extern ScanNumberStatus scan_decimal_value(const char *s, const ScanDecimal *d,
										   int shift, double *value);

/*
 * The text of a float8 in messages, as float8out writes it with
 * extra_float_digits > 0: the shortest decimal that reads back as the same
 * float8, fixed notation for decimal exponents -4 to 14, else 1.5e+20;
 * NaN, Infinity, -Infinity, -0.  buf holds SCAN_DOUBLE_LEN bytes; returns it.
 */
#define SCAN_DOUBLE_LEN 32
extern char *scan_format_double(double value, char *buf);

#ifdef PG_VERSION_NUM
/* In the server: scan_format_double's text of a float8, palloc'd */
static inline char *
float8_message_text(double value)
{
	char	   *buf = palloc(SCAN_DOUBLE_LEN);

	return scan_format_double(value, buf);
}
#endif

#endif							/* CIRCULAR_ICT_SCAN_H */
