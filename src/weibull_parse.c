/*
 * src/weibull_parse.c
 *		Text parser of the weibull type, and the float scanner the lifetable
 *		parser shares.  Standard C only (see weibull_parse.h).
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "weibull_parse.h"

/* Longest number text shown back in a message */
#define SHOWN_MAX 40

/* Marks err as no error */
void
parse_error_clear(ParseError *err)
{
	err->kind = PARSE_OK;
	err->detail[0] = '\0';
	err->hint[0] = '\0';
}

/* Fills err with a kind, a detail and a hint; returns 0 */
int
parse_fail(ParseError *err, ParseErrorKind kind, const char *hint,
		   const char *fmt,...)
{
	va_list		args;

	err->kind = kind;
	va_start(args, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, args);
	va_end(args);
	snprintf(err->hint, sizeof(err->hint), "%s", hint ? hint : "");
	return 0;
}

/* How many of the len bytes at s to quote, at most max, not cutting a UTF-8 character */
int
parse_excerpt_length(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return (int) len;
	while (max > 0 && ((unsigned char) s[max] & 0xC0) == 0x80)
		max--;
	return (int) max;
}

/* The first character at or after p that is not ASCII white space */
const char *
parse_skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
		   *p == '\f' || *p == '\v')
		p++;
	return p;
}

/* Case-insensitive match of an ASCII word at p; returns its length or 0 */
size_t
parse_match_word(const char *p, const char *word)
{
	size_t		n = strlen(word);
	size_t		i;

	for (i = 0; i < n; i++)
		if (tolower((unsigned char) p[i]) != word[i])
			return 0;
	return n;
}

/* Length of the decimal number at p by the grammar, 0 if none */
static size_t
scan_decimal(const char *p)
{
	const char *s = p;
	size_t		digits = 0;

	if (*s == '+' || *s == '-')
		s++;
	while (isdigit((unsigned char) *s))
		s++, digits++;
	if (*s == '.')
	{
		s++;
		while (isdigit((unsigned char) *s))
			s++, digits++;
	}
	if (digits == 0)
		return 0;
	if (*s == 'e' || *s == 'E')
	{
		const char *e = s + 1;

		if (*e == '+' || *e == '-')
			e++;
		if (isdigit((unsigned char) *e))
		{
			while (isdigit((unsigned char) *e))
				e++;
			s = e;
		}
	}
	return (size_t) (s - p);
}

/* Reads one float8 at *p (grammar in weibull_parse.h) */
int
parse_float8(const char **p, double *value, const char *what, ParseError *err)
{
	const char *s = *p;
	const char *body = s;
	double		sign = 1.0;
	size_t		n;
	size_t		special;

	if (*body == '+' || *body == '-')
	{
		sign = (*body == '-') ? -1.0 : 1.0;
		body++;
	}
	if ((special = parse_match_word(body, "nan")) > 0 && !isalnum((unsigned char) body[special]))
	{
		*value = NAN;
		*p = body + special;
		return 1;
	}
	if (((special = parse_match_word(body, "infinity")) > 0 ||
		 (special = parse_match_word(body, "inf")) > 0) &&
		!isalnum((unsigned char) body[special]))
	{
		*value = sign * INFINITY;
		*p = body + special;
		return 1;
	}

	n = scan_decimal(s);
	if (n == 0)
	{
		if (*s == '\0')
			return parse_fail(err, PARSE_SYNTAX, NULL,
							  "The %s is missing at the end of the input.", what);
	{
		size_t		shown = strcspn(s, ",)}; \t\n");

		if (shown == 0)
			shown = 1;
		return parse_fail(err, PARSE_SYNTAX, NULL,
						  "The %s must be a number, not \"%.*s\".",
						  what, parse_excerpt_length(s, shown, SHOWN_MAX), s);
	}
	}
	else
	{
		char	   *end;
		double		v;

		errno = 0;
		v = strtod(s, &end);
		if (end != s + n)
		{
			size_t		shown = strcspn(s, ",)}; \t\n");

			return parse_fail(err, PARSE_SYNTAX,
							  "Numbers are written in decimal, e.g. 1.5 or 2e-3.",
							  "The %s \"%.*s\" is not a decimal number.",
							  what, parse_excerpt_length(s, shown, SHOWN_MAX), s);
		}
		/* like float8in: overflow and underflow to zero are out of range */
		if (errno == ERANGE && (v == 0.0 || isinf(v)))
			return parse_fail(err, PARSE_OUT_OF_RANGE,
							  "Numbers must lie within double precision, about 1e-308 to 1e308 in magnitude.",
							  "The %s \"%.*s%s\" is out of range for double precision.",
							  what, (int) (n > SHOWN_MAX ? SHOWN_MAX : n), s,
							  n > SHOWN_MAX ? "..." : "");
		*value = v;
		*p = s + n;
		return 1;
	}
}

/* Writes v as PostgreSQL spells it: NaN, Infinity, or %g */
static const char *
format_double(char *buf, size_t size, double v)
{
	if (isnan(v))
		snprintf(buf, size, "NaN");
	else if (isinf(v))
		snprintf(buf, size, "%sInfinity", v < 0 ? "-" : "");
	else
		snprintf(buf, size, "%g", v);
	return buf;
}

/* Which parameter a name at p denotes (0 shape, 1 scale, -1 none); sets len */
static int
parameter_name(const char *p, size_t *len)
{
	static const struct
	{
		const char *name;
		int			param;
	}			names[] = {{"shape", 0}, {"scale", 1}, {"lambda", 1}, {"k", 0}};
	size_t		i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		size_t		n = parse_match_word(p, names[i].name);

		if (n > 0 && !isalnum((unsigned char) p[n]) && p[n] != '_')
		{
			*len = n;
			return names[i].param;
		}
	}
	return -1;
}

/* Parses the text form of a weibull (grammar in weibull_parse.h) */
int
weibull_parse(const char *str, double *shape, double *scale, ParseError *err)
{
	static const char *const pname[2] = {"shape", "scale"};
	const char *p = parse_skip_space(str);
	double		value[2] = {0.0, 0.0};
	int			seen[2] = {0, 0};
	int			i;
	size_t		n;

	parse_error_clear(err);
	if ((n = parse_match_word(p, "weibull")) > 0)
		p = parse_skip_space(p + n);
	if (*p != '(')
		return parse_fail(err, PARSE_SYNTAX,
						  "Write it as weibull(shape=1.5, scale=5.2).",
						  "Expected \"(\" at character %d.", (int) (p - str) + 1);
	p++;
	for (i = 0; i < 2; i++)
	{
		int			param;
		char		shown[32];

		p = parse_skip_space(p);
		param = parameter_name(p, &n);
		if (param < 0)
			return parse_fail(err, PARSE_SYNTAX,
							  "The parameters are shape (or k) and scale (or lambda).",
							  "Expected a parameter name at character %d.",
							  (int) (p - str) + 1);
		if (seen[param])
			return parse_fail(err, PARSE_SYNTAX,
							  "Give the shape and the scale once each.",
							  "The %s is given twice.", pname[param]);
		seen[param] = 1;
		p = parse_skip_space(p + n);
		if (*p != '=')
			return parse_fail(err, PARSE_SYNTAX, NULL,
							  "Expected \"=\" after the %s name at character %d.",
							  pname[param], (int) (p - str) + 1);
		p = parse_skip_space(p + 1);
		if (!parse_float8(&p, &value[param], pname[param], err))
			return 0;
		if (!(value[param] > 0.0) || isinf(value[param]))
			return parse_fail(err, PARSE_INVALID_VALUE,
							  "The shape and the scale are finite numbers greater than 0.",
							  "The %s must be a finite number greater than 0, not %s.",
							  pname[param],
							  format_double(shown, sizeof(shown), value[param]));
		p = parse_skip_space(p);
		if (i == 0)
		{
			if (*p != ',')
				return parse_fail(err, PARSE_SYNTAX,
								  "Write it as weibull(shape=1.5, scale=5.2).",
								  "Expected \",\" and the %s at character %d.",
								  pname[1 - param], (int) (p - str) + 1);
			p++;
		}
	}
	if (*p != ')')
		return parse_fail(err, PARSE_SYNTAX, NULL,
						  "Expected \")\" at character %d.", (int) (p - str) + 1);
	p = parse_skip_space(p + 1);
	if (*p != '\0')
		return parse_fail(err, PARSE_SYNTAX, NULL,
						  "Unexpected text after \")\" at character %d.",
						  (int) (p - str) + 1);
	*shape = value[0];
	*scale = value[1];
	return 1;
}
