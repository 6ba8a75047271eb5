/*
 * src/weibull_parse.h
 *		Text parser of the weibull type (and the float8 reader the lifetable
 *		parser shares), without the server: only standard C headers and
 *		scan.h, so that it can be fuzzed on its own.  Errors come back in a
 *		ScanError of kind SCAN_SYNTAX, SCAN_INVALID_VALUE or
 *		SCAN_OUT_OF_RANGE, without a message: the server writes it.
 */
#ifndef CIRCULAR_ICT_WEIBULL_PARSE_H
#define CIRCULAR_ICT_WEIBULL_PARSE_H

#include "scan.h"

/*
 * Reads one float8 at *p: [+-] digits [. digits] [e [+-] digits], or
 * NaN / Infinity / Inf (any case).  No leading spaces; a letter, digit or
 * "_" right after the number (0x1p3, 1e) makes it no decimal number.  On
 * success stores it, moves *p past it and returns 1; a number
 * beyond double precision (overflow, or underflow to zero) fails with
 * SCAN_OUT_OF_RANGE; no number at all fails with SCAN_SYNTAX.  "what"
 * names the number in the message.
 */
extern int	parse_float8(const char **p, double *value, const char *what,
						 ScanError *err);

/*
 * weibull text:  [weibull] ( name = number , name = number )
 * names shape or k, and scale or lambda, any case, each once, either order;
 * white space anywhere between the tokens.  Both numbers finite and > 0.
 */
extern int	weibull_parse(const char *str, double *shape, double *scale,
						  ScanError *err);

#endif							/* CIRCULAR_ICT_WEIBULL_PARSE_H */
