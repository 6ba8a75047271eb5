/*
 * src/weibull_parse.h
 *		Text parser of the weibull type (and the float scanner the lifetable
 *		parser shares), without the server: only standard C headers, so that
 *		it can be fuzzed on its own.
 */
#ifndef CIRCULAR_ICT_WEIBULL_PARSE_H
#define CIRCULAR_ICT_WEIBULL_PARSE_H

#include <stddef.h>

/* What went wrong; the server maps each kind to a SQLSTATE */
typedef enum ParseErrorKind
{
	PARSE_OK = 0,
	PARSE_SYNTAX,				/* 22P02: not the grammar */
	PARSE_INVALID_VALUE,		/* 22P02: grammatical, but not an allowed value */
	PARSE_OUT_OF_RANGE			/* 22003: a number beyond double precision */
} ParseErrorKind;

#define PARSE_TEXT_MAX 256

typedef struct ParseError
{
	ParseErrorKind kind;
	char		detail[PARSE_TEXT_MAX];	/* a full sentence */
	char		hint[PARSE_TEXT_MAX];	/* a full sentence, or empty */
} ParseError;

/* Case-insensitive match of an ASCII word (lower case) at p: its length, or 0 */
extern size_t parse_match_word(const char *p, const char *word);

/* Sets err to OK */
extern void parse_error_clear(ParseError *err);

/* Fills err (printf-style detail; hint may be NULL) and returns 0 */
extern int	parse_fail(ParseError *err, ParseErrorKind kind, const char *hint,
					   const char *fmt,...)
#ifdef __GNUC__
			__attribute__((format(printf, 4, 5)))
#endif
			;

/*
 * Reads one float8 at *p: [+-] digits [. digits] [e [+-] digits], or
 * NaN / Infinity / Inf (any case).  No hexadecimal, no leading spaces.
 * On success stores it, moves *p past it and returns 1; a number beyond
 * double precision (overflow, or underflow to zero) fails with
 * PARSE_OUT_OF_RANGE; no number at all fails with PARSE_SYNTAX.  "what"
 * names the number in the message.
 */
extern int	parse_float8(const char **p, double *value, const char *what,
						 ParseError *err);

/*
 * How many of the len bytes at s a message quotes, at most max: a cut backs
 * off to the start of a UTF-8 character, so that the message stays valid
 */
extern int	parse_excerpt_length(const char *s, size_t len, size_t max);

/* Skips ASCII white space */
extern const char *parse_skip_space(const char *p);

/*
 * weibull text:  [weibull] ( name = number , name = number )
 * names shape or k, and scale or lambda, any case, each once, either order;
 * white space anywhere between the tokens.  Both numbers finite and > 0.
 */
extern int	weibull_parse(const char *str, double *shape, double *scale,
						  ParseError *err);

#endif							/* CIRCULAR_ICT_WEIBULL_PARSE_H */
